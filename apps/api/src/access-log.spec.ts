import pino from 'pino';
import { logger } from '@convene/logging';
import { startApi, type ApiHarness } from './testing/api-harness';

/** The access log line carries paths, never the tokens some paths hold. */
describe('access log', () => {
  let api: ApiHarness;
  const lines: string[] = [];

  beforeAll(async () => {
    api = await startApi({ LOG_LEVEL: 'warn' });
    logger.level = 'info'; // after boot, so Nest's start-up lines stay quiet
    // The JSON lines exactly as pino would write them to stdout, kept here instead.
    const stream = (logger as unknown as Record<symbol, { write(line: string): boolean }>)[pino.symbols.streamSym];
    jest.spyOn(stream, 'write').mockImplementation((line: string) => (lines.push(line), true));
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
  });

  it('redacts calendar, unsubscribe and preferences tokens, whatever the case or query string', async () => {
    const token = 'cvu_SecretTokenThatMustNotBeLogged123';
    const paths = [`/email/unsubscribe/${token}`, `/email/preferences/${token}?from=mail`, `/calendar/${token}.ics`, `/CALENDAR/${token}.ics`, `/Email/Unsubscribe/${token}`];
    for (const path of paths) await (await fetch(`${api.url}${path}`)).text();
    await (await fetch(`${api.url}/email/unsubscribe/${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'all=yes' })).text();
    const requests = () => lines.map((line) => JSON.parse(line) as { msg: string; path: string }).filter((entry) => entry.msg === 'request');
    for (let i = 0; i < 50 && requests().length < paths.length + 1; i++) await new Promise((resolve) => setTimeout(resolve, 10));

    expect(requests().map((r) => r.path)).toEqual([
      '/email/unsubscribe/[redacted]',
      '/email/preferences/[redacted]',
      '/calendar/[redacted]',
      '/CALENDAR/[redacted]',
      '/Email/Unsubscribe/[redacted]',
      '/email/unsubscribe/[redacted]',
    ]);
    expect(lines.join('\n')).not.toContain('SecretToken');
  });
});
