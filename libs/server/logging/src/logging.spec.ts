import { Writable } from 'node:stream';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { loggerOptions } from './index';

/** A logger made exactly as ours are, writing its lines into `lines`. */
function capture(): { log: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: pino(loggerOptions(), sink), lines };
}

describe('logs', () => {
  // A plain TypeORM connection (this util lib may not import the testing lib), one session only,
  // so the temporary table below is there for every statement.
  const db = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', poolSize: 1 });
  beforeAll(() => db.initialize());
  afterAll(() => db.destroy());

  it('never carry passwords, tokens, emails or GraphQL variables', () => {
    const { log, lines } = capture();
    log.info({ email: 'grace@example.org', password: 'hunter22hunter', token: 'cvs_secret', req: { headers: { authorization: 'Bearer cvs_secret', cookie: 'convene_session=cvs_secret' } }, input: { password: 'p4ssword-long', token: 'cvi_secret' }, variables: { x: 1 } }, 'request');
    const out = lines.join('');
    for (const secret of ['grace@example.org', 'hunter22hunter', 'cvs_secret', 'p4ssword-long', 'cvi_secret', '"x":1']) expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });

  it('log a failed statement’s message, code and query, never its parameters', async () => {
    // A real failure from PostgreSQL through TypeORM: a duplicate key, whose detail names the value too.
    await db.query(`CREATE TEMP TABLE logged_failure (email text PRIMARY KEY)`);
    await db.query(`INSERT INTO logged_failure (email) VALUES ($1)`, ['grace@example.org']);
    const error = await db
      .query(`INSERT INTO logged_failure (email) VALUES ($1)`, ['grace@example.org'])
      .then(() => null, (e: unknown) => e as Error & { parameters?: unknown; driverError?: unknown });
    expect(error?.parameters).toEqual(['grace@example.org']);

    const { log, lines } = capture();
    log.error({ err: error, event: 'sign-in' }, 'statement failed');
    log.warn({ error }, 'statement failed again');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain('grace@example.org');
      const entry = JSON.parse(line) as Record<string, Record<string, unknown>>;
      const logged = entry.err ?? entry.error;
      expect(logged).toMatchObject({ code: '23505', query: 'INSERT INTO logged_failure (email) VALUES ($1)' });
      expect(logged.message).toMatch(/duplicate key/);
      expect(logged).not.toHaveProperty('parameters');
      expect(logged.driverError).toMatchObject({ code: '23505', constraint: 'logged_failure_pkey' });
    }
  });
});
