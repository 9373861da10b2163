import { createServer, type AddressInfo } from 'node:net';
import { Client, Pool } from 'pg';
import Redis from 'ioredis';
import { AppError, asServiceUnavailable, outageOf } from './index';

// The test runner's PostgreSQL (any database will do: nothing here touches a table).
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Errors as the real drivers raise them, not hand-made look-alikes. */
const failure = async (work: () => Promise<unknown>): Promise<unknown> => {
  try {
    await work();
  } catch (error: unknown) {
    return error;
  }
  throw new Error('expected a failure');
};

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('outageOf', () => {
  it('recognises PostgreSQL refusing, timing out and going away', async () => {
    const refused = new Client({ connectionString: `postgres://convene@127.0.0.1:${await closedPort()}/convene` });
    expect(outageOf(await failure(() => refused.connect()))).toBe('network');

    const pool = new Pool({ connectionString: DATABASE_URL, max: 1, connectionTimeoutMillis: 200 });
    pool.on('error', () => undefined);
    const held = await pool.connect();
    held.on('error', () => undefined); // a checked-out client also reports its end as an event
    expect(outageOf(await failure(() => pool.query('SELECT 1')))).toBe('postgres'); // the wait for a connection ran out
    const { rows } = await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const ended = failure(() => held.query('SELECT pg_sleep(5)'));
    const admin = new Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
    await admin.end();
    expect(outageOf(await ended)).toBe('postgres'); // 57P01 admin shutdown, or the connection ending under it
    held.release(true);
    await pool.end();
  });

  it('recognises Redis commands refused while it is away', async () => {
    const redis = new Redis(`redis://127.0.0.1:${await closedPort()}`, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null });
    redis.on('error', () => undefined);
    expect(outageOf(await failure(() => redis.get('x')))).toBe('redis');
    redis.disconnect();
  });

  it('leaves every other error alone', async () => {
    const client = new Client({ connectionString: DATABASE_URL });
    await client.connect();
    expect(outageOf(await failure(() => client.query('SELEC 1')))).toBeUndefined();
    expect(outageOf(await failure(() => client.query('SELECT 1 / 0')))).toBeUndefined();
    await client.end();
    expect(outageOf(new AppError('NOT_FOUND', 'Forum was not found.'))).toBeUndefined();
    expect(outageOf(new TypeError('x is undefined'))).toBeUndefined();
    const mistake = new Error('boom');
    expect(asServiceUnavailable(mistake)).toBe(mistake);
  });
});
