import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// The inbound path of the production topology, checked by its structure (no Docker engine here).
interface Service {
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
}
const services = (parse(readFileSync(join(__dirname, 'compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> }).services;

describe('docker: email replies behind a relay', () => {
  it('publishes port 25 on the relay only, which hands the inbound domain to the worker on 2525', () => {
    const relay = services.relay;
    expect(relay.ports).toEqual(['25:25']);
    expect(services.worker.ports).toBeUndefined();
    expect(services.worker.environment).toMatchObject({ INBOUND_SMTP_PORT: '2525', INBOUND_SMTP_HOST: '0.0.0.0' });
    expect(relay.environment!.POSTMAP_transport).toMatch(/ smtp:\[worker\]:2525$/);
    expect(relay.environment!.POSTFIX_relay_domains).toBe(services.worker.environment!.INBOUND_DOMAIN);
  });

  it('is no open relay, and refuses unknown reply addresses at RCPT', () => {
    const env = services.relay.environment!;
    expect(env.POSTFIX_mynetworks).toBe('127.0.0.0/8');
    expect(env.POSTFIX_smtpd_recipient_restrictions).toMatch(/^reject_unauth_destination, reject_unverified_recipient$/);
    expect(Number(env.POSTFIX_message_size_limit)).toBe(10 * 1024 * 1024);
  });
});
