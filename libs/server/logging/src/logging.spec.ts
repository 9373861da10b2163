import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACT_PATHS } from './index';

describe('logs', () => {
  it('never carry passwords, tokens, emails or GraphQL variables', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    log.info({ email: 'grace@example.org', password: 'hunter22hunter', token: 'cvs_secret', req: { headers: { authorization: 'Bearer cvs_secret', cookie: 'convene_session=cvs_secret' } }, input: { password: 'p4ssword-long', token: 'cvi_secret' }, variables: { x: 1 } }, 'request');
    const out = lines.join('');
    for (const secret of ['grace@example.org', 'hunter22hunter', 'cvs_secret', 'p4ssword-long', 'cvi_secret', '"x":1']) expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });
});
