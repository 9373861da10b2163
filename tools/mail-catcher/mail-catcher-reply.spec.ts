import nodemailer from 'nodemailer';
import { startSmtpSink, type SmtpSink } from '@convene/testing';

const { startMailCatcher } = require('./index') as typeof import('./index');

/** The catcher's Reply form: a developer answers a caught email as its recipient, over real SMTP to the inbound service. */
describe('mail catcher replies', () => {
  let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
  let inbound: SmtpSink;

  beforeAll(async () => {
    inbound = await startSmtpSink();
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0, inboundSmtpUrl: inbound.url });
    const transport = nodemailer.createTransport({ url: catcher.smtpUrl } as never);
    await transport.sendMail({ from: 'Convene <no-reply@convene.localhost>', to: 'member@example.org', replyTo: 'reply+abc123@convene.localhost', subject: 'Agenda pack: Winter planning', text: 'Item 1', messageId: '<pack-1@convene.localhost>' });
    await transport.sendMail({ from: 'Convene <no-reply@convene.localhost>', to: 'member@example.org', subject: 'Reset your password', text: 'No reply address here' });
  });
  afterAll(async () => {
    await catcher.stop();
    await inbound.close();
  });

  it('shows a reply form only on email with a reply address, and sends what is typed as the recipient', async () => {
    const [reset, pack] = catcher.messages();
    expect(await (await fetch(`${catcher.httpUrl}/messages/${reset.id}`)).text()).not.toContain('Send reply');
    const page = await (await fetch(`${catcher.httpUrl}/messages/${pack.id}`)).text();
    expect(page).toContain('Send reply');
    expect(page).toContain('reply+abc123@convene.localhost');

    const res = await fetch(`${catcher.httpUrl}/messages/${pack.id}/reply`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ from: 'member@example.org', text: 'Apologies, on leave' }), redirect: 'manual' });
    expect(res.status).toBe(303);
    const [sent] = await inbound.waitFor(1);
    expect(sent.from!.value[0].address).toBe('member@example.org');
    expect([sent.to].flat()[0]!.value[0].address).toBe('reply+abc123@convene.localhost');
    expect(sent.inReplyTo).toBe('<pack-1@convene.localhost>');
    expect(sent.text).toContain('Apologies, on leave');
    expect(await (await fetch(`${catcher.httpUrl}${res.headers.get('location')}`)).text()).toContain('Reply sent');
  });
});
