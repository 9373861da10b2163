// @test-serial: times recovery from a fault by the clock, so `npm test` runs it alone.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { JOBS, QUEUES } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { createRedis } from '@convene/redis';
import { createTestDatabase, seedPartnership, startSmtpSink, startTcpProxy, testRedis } from '@convene/testing';
import { startApi } from '../../api/src/testing/api-harness';
import { addGroup, addMeeting, addMembers, perRecipient, publishAgenda, sleep, until } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const ROOT = join(__dirname, '../../..');

describe('worker shutdown', () => {
  it('on SIGTERM finishes the job in hand, then exits cleanly', async () => {
    const api = await startApi();
    const smtp = await startSmtpSink();
    try {
      const p = await seedPartnership(api.db, 'sigterm');
      const groupId = await addGroup(api.db, p.partnershipId, 'Shutdown group');
      const members = await addMembers(api.db, p.partnershipId, groupId, 80, 'sigterm');
      const meetingId = await addMeeting(api.db, groupId, new Date(Date.now() + 3 * 86_400_000));
      await publishAgenda(api.db, meetingId, 1);

      const child = spawn(process.execPath, [join(ROOT, 'tools/test/run-ts.js'), join(ROOT, 'apps/worker/src/main.ts')], {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await until(() => output.includes('worker started'), 'the worker to start', 60_000);
      await api.app.get(JobQueue, { strict: false }).add(JOBS.agendaPack, { meetingId, version: 1 });
      await until(() => smtp.messages.length >= 5, 'the first messages');

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // The pack it had started went to everyone before the process left.
      expect(Object.fromEntries(perRecipient(smtp.messages, 'Agenda pack:'))).toEqual(Object.fromEntries(members.map((m) => [m.email, 1])));
      const [{ unsettled }] = await api.db.query(`SELECT count(*)::int AS unsettled FROM delivery WHERE status <> 'SENT'`);
      expect(unsettled).toBe(0);
      expect(output).toContain('finishing current jobs, then stopping');
    } finally {
      await smtp.close();
      await api.close();
    }
  }, 90_000);

  // Its connections spend an outage between retries (up to 2 s apart), where ioredis used to lose
  // a close: the worker then never stopped (see blocking-connection.ts).
  it('stops within seconds while Redis is away, and just after it came back', async () => {
    const database = await createTestDatabase();
    const queues = testRedis();
    const smtp = await startSmtpSink();
    const redis = await startTcpProxy(queues.url);
    const env = { DATABASE_URL: database.url, REDIS_URL: redis.url, REDIS_PREFIX: queues.prefix, SMTP_URL: smtp.url };
    const direct = createRedis(queues.url);
    const stopsWithin = (worker: WorkerHarness, ms: number) => Promise.race([worker.close().then(() => 'stopped'), sleep(ms).then(() => `still stopping after ${ms} ms`)]);
    // Every queue's worker waiting for jobs: their connections have finished connecting.
    const waitingForJobs = () =>
      until(async () => ((await direct.client('LIST')) as string).split('\n').filter((c) => c.includes(`name=${queues.prefix}:bull:`) && c.includes('cmd=bzpopmin')).length === Object.values(QUEUES).length, 'the workers to wait for jobs');
    try {
      const duringOutage = await startWorker(env);
      await waitingForJobs();
      await redis.cut();
      await sleep(3000);
      // Redis is still away: nothing is in hand, so there is nothing to wait for.
      expect(await stopsWithin(duringOutage, 6000)).toBe('stopped');

      await redis.restore();
      const afterOutage = await startWorker(env);
      await waitingForJobs();
      await redis.cut();
      await sleep(6000);
      // Back a moment ago: the connections have not yet seen it, each waits out its retry delay.
      await redis.restore();
      expect(await stopsWithin(afterOutage, 6000)).toBe('stopped');
    } finally {
      direct.disconnect();
      await redis.close();
      await smtp.close();
      await database.drop();
    }
  }, 60_000);
});
