// @test-serial: times recovery from a fault by the clock, so `npm test` runs it alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { JOBS } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { createRedis, type Redis } from '@convene/redis';
import {
  createTestDatabase,
  openDataSource,
  seedPartnership,
  startSmtpSink,
  startTcpProxy,
  testRedis,
  type SmtpSink,
  type TcpProxy,
  type TestDatabase,
} from '@convene/testing';
import { addGroup, addMeeting, addMembers, perRecipient, publishAgenda, sleep, until } from './testing/mail-world';

const ROOT = join(__dirname, '../../..');

/** The worker as deployed (its main, in its own process), behind proxies to Redis and PostgreSQL. */
describe('the worker through Redis and PostgreSQL outages', () => {
  let database: TestDatabase;
  let db: DataSource;
  let smtp: SmtpSink;
  let postgres: TcpProxy;
  let redis: TcpProxy;
  let producer: Redis;
  let jobs: JobQueue;
  let worker: ChildProcess;
  let groupId: string;
  const stdout: string[] = [];
  let stderr = '';

  /** A meeting with a published agenda whose pack goes to `count` members once the job runs. */
  const agendaPack = async (slug: string, count: number) => {
    const members = await addMembers(db, (await db.query(`SELECT partnership_id AS id FROM "group" WHERE id = $1`, [groupId]))[0].id, groupId, count, slug);
    const meetingId = await addMeeting(db, groupId, new Date(Date.now() + 3 * 86_400_000), `Meeting ${slug}`);
    await publishAgenda(db, meetingId, 1);
    await jobs.add(JOBS.agendaPack, { meetingId, version: 1 });
    return members;
  };
  const packsTo = (members: { email: string }[]) => members.filter((m) => perRecipient(smtp.messages, 'Agenda pack:').get(m.email) === 1).length;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDataSource(database.url);
    const p = await seedPartnership(db, 'worker-outage');
    groupId = await addGroup(db, p.partnershipId, 'Outage steering group');
    smtp = await startSmtpSink();
    const queues = testRedis();
    postgres = await startTcpProxy(database.url);
    redis = await startTcpProxy(queues.url);
    producer = createRedis(queues.url);
    jobs = new JobQueue(producer, queues.prefix);
    worker = spawn(process.execPath, [join(ROOT, 'tools/test/run-ts.js'), join(ROOT, 'apps/worker/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: postgres.url, REDIS_URL: redis.url, REDIS_PREFIX: queues.prefix, SMTP_URL: smtp.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    worker.stdout!.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop()!;
      stdout.push(...lines.filter(Boolean));
    });
    worker.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await until(() => stdout.some((line) => line.includes('worker started')), 'the worker to start', 60_000);
  }, 90_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await jobs?.close();
    producer?.disconnect();
    await postgres?.close();
    await redis?.close();
    await smtp?.close();
    await db?.destroy();
    await database?.drop();
  });

  it('waits out a Redis outage and takes jobs again when it returns', async () => {
    await redis.cut();
    await sleep(3_000);
    await redis.restore();
    const members = await agendaPack('after-redis', 3);
    await until(() => packsTo(members) === 3, 'the packs after Redis returned', 20_000);
    expect(worker.exitCode).toBeNull();
  }, 40_000);

  it('waits out a PostgreSQL outage and sends again when it returns', async () => {
    await postgres.cut();
    await sleep(3_000);
    await postgres.restore();
    const members = await agendaPack('after-postgres', 3);
    await until(() => packsTo(members) === 3, 'the packs after PostgreSQL returned', 20_000);
    expect(worker.exitCode).toBeNull();
  }, 40_000);

  it('logged only JSON lines through both outages, rate-limited', () => {
    expect(stderr).toBe('');
    const lines = stdout.map((line) => {
      try {
        return JSON.parse(line) as { msg: string };
      } catch {
        throw new Error(`Not a JSON log line: ${line}`);
      }
    });
    const said = (msg: string) => lines.filter((line) => line.msg === msg).length;
    expect(said('Redis is unreachable')).toBeGreaterThan(0);
    expect(said('Redis is reachable again')).toBeGreaterThan(0);
    // Three seconds of reconnecting by every connection come to a handful of lines, not hundreds.
    expect(lines.filter((line) => /unreachable|worker error|connection lost/.test(line.msg)).length).toBeLessThan(25);
  });
});
