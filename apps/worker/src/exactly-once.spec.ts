// @test-serial: times recovery from a fault by the clock, so `npm test` runs it alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { JOBS } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { AgendaPackHandler, TickHandler } from '@convene/notifications';
import { createRedis } from '@convene/redis';
import { seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { addGroup, addMeeting, addMembers, perRecipient, publishAgenda, sleep, until, type Member } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const DAY = 86_400_000;
const ROOT = join(__dirname, '../../..');

/**
 * The promise of the delivery ledger: whatever happens to workers, Redis or the SMTP server,
 * every member gets each message and none is lost; each goes once, except that a worker killed
 * at the instant SMTP accepted a message may send that one again (delivery-faults.spec.ts).
 */
describe('exactly once', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let smtp: SmtpSink;
  const env = (extra: Record<string, string> = {}) => ({
    DATABASE_URL: api.config.DATABASE_URL,
    REDIS_URL: api.config.REDIS_URL,
    REDIS_PREFIX: api.config.REDIS_PREFIX,
    SMTP_URL: smtp.url,
    JOB_LOCK_SECONDS: '2',
    CLAIM_STALE_SECONDS: '3',
    ...extra,
  });
  const sentRows = async (meetingId: string) =>
    (await api.db.query(`SELECT status, count(*)::int AS n FROM delivery WHERE purpose_key = $1 GROUP BY status`, [`agenda-pack:${meetingId}`])) as { status: string; n: number }[];

  /** A group of `size` members and a meeting in three days with its agenda published. */
  async function packFor(name: string, size: number): Promise<{ meetingId: string; members: Member[] }> {
    const groupId = await addGroup(api.db, p.partnershipId, name);
    const members = await addMembers(api.db, p.partnershipId, groupId, size, name.toLowerCase().replace(/\W+/g, '-'));
    const meetingId = await addMeeting(api.db, groupId, new Date(Date.now() + 3 * DAY));
    await publishAgenda(api.db, meetingId, 1);
    return { meetingId, members };
  }

  /** Each member got exactly one pack, and no Message-ID arrived twice. */
  function expectOncePerMember(members: Member[]): void {
    const counts = perRecipient(smtp.messages, 'Agenda pack:');
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(members.map((m) => [m.email, 1])));
    const ids = smtp.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  }

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'once');
  });
  beforeEach(async () => {
    smtp = await startSmtpSink();
  });
  afterEach(async () => {
    await smtp.close();
  });
  afterAll(() => api.close());

  it('a year of six-weekly meetings on a simulated clock: one pack per meeting per member', async () => {
    const start = new Date(Math.ceil(Date.now() / DAY) * DAY + 9 * 3600_000);
    const groupId = await addGroup(api.db, p.partnershipId, 'Year group', { cadence: 'FREQ=WEEKLY;INTERVAL=6', cadenceStart: new Date(start.getTime() + 10 * DAY) });
    const members = await addMembers(api.db, p.partnershipId, groupId, 3, 'year');
    const workers = [await startWorker(env()), await startWorker(env())];
    try {
      const tick = workers[0].app.get(TickHandler, { strict: false });
      let at = start;
      for (let day = 0; day <= 365; day++, at = new Date(start.getTime() + day * DAY)) {
        // The coordinator publishes each agenda ten days ahead.
        const unpublished: { id: string }[] = await api.db.query(
          `SELECT m.id FROM meeting m WHERE m.group_id = $1 AND m.starts_at <= $2::timestamptz + interval '10 days' AND NOT EXISTS (SELECT 1 FROM agenda_version v WHERE v.meeting_id = m.id)`,
          [groupId, at],
        );
        for (const { id } of unpublished) await publishAgenda(api.db, id, 1);
        await tick.handle({ at: at.toISOString() });
      }
      const meetings: { startsAt: Date }[] = await api.db.query(
        `SELECT starts_at AS "startsAt" FROM meeting WHERE group_id = $1 AND status = 'SCHEDULED' AND starts_at <= $2::timestamptz + interval '7 days' ORDER BY starts_at`,
        [groupId, at],
      );
      // 365 days at one meeting every 42 days, the first ten days in.
      expect(meetings.length).toBeGreaterThanOrEqual(9);
      await until(() => smtp.messages.length >= meetings.length * members.length, 'a year of packs', 30_000);
      await sleep(1000);
      expect(smtp.messages).toHaveLength(meetings.length * members.length);
      for (const member of members) {
        const subjects = smtp.messages.filter((m) => (m.to as { value: { address: string }[] }).value[0].address === member.email).map((m) => m.subject);
        expect(new Set(subjects).size).toBe(meetings.length);
        expect(subjects.every((s) => s?.startsWith('Agenda pack: Year group, '))).toBe(true);
      }
    } finally {
      for (const w of workers) await w.close();
    }
  }, 120_000);

  it('two workers sending the same pack at once send each message once', async () => {
    const { meetingId, members } = await packFor('Race group', 40);
    const workers = [await startWorker(env()), await startWorker(env())];
    try {
      const context = { attempt: 1, progress: async () => undefined };
      const runs = workers.flatMap((w) => [1, 2].map(() => w.app.get(AgendaPackHandler, { strict: false }).handle({ meetingId, version: 1 }, context).catch((e: Error) => e.name)));
      const outcomes = await Promise.all(runs);
      // Runs that met claims held by another are told to retry, not to finish.
      expect(outcomes.every((o) => o === undefined || o === 'ClaimsHeldElsewhere')).toBe(true);
      await until(() => smtp.messages.length >= members.length, 'every pack');
      await sleep(500);
      expectOncePerMember(members);
      expect(await sentRows(meetingId)).toEqual([{ status: 'SENT', n: members.length }]);
    } finally {
      for (const w of workers) await w.close();
    }
  });

  it('an SMTP outage: retries with backoff, the failure is visible, and every message goes once the server is back', async () => {
    const { meetingId, members } = await packFor('Outage group', 20);
    const worker = await startWorker(env());
    try {
      smtp.setFailing(true);
      await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
      await until(async () => (await sentRows(meetingId)).some((r) => r.status === 'FAILED'), 'failed deliveries');
      // Read the job afresh each time: a Job object is a snapshot, its attempt count does not move.
      const jobNow = () => worker.app.get(JobQueue, { strict: false }).queue('mail').getJob(`agenda-pack.${meetingId}.v1`);
      await until(async () => ['delayed', 'failed'].includes((await (await jobNow())?.getState()) ?? ''), 'the job to back off');
      expect((await jobNow())!.attemptsMade).toBeGreaterThanOrEqual(1);
      expect(smtp.messages).toHaveLength(0);

      smtp.setFailing(false);
      await until(() => smtp.messages.length >= members.length, 'every pack after the outage', 30_000);
      await sleep(500);
      expectOncePerMember(members);
      expect(await sentRows(meetingId)).toEqual([{ status: 'SENT', n: members.length }]);
    } finally {
      await worker.close();
    }
  }, 60_000);

  it('a worker killed mid-send: another takes over, nothing twice, nothing lost', async () => {
    const { meetingId, members } = await packFor('Crash group', 60);
    let child: ChildProcess | undefined;
    let survivor: WorkerHarness | undefined;
    try {
      child = spawn(process.execPath, [join(ROOT, 'tools/test/run-ts.js'), join(ROOT, 'apps/worker/src/main.ts')], {
        cwd: ROOT,
        env: { ...process.env, ...env({ LOG_LEVEL: 'info', NODE_ENV: 'test', PUBLIC_WEB_URL: 'http://localhost:4200' }) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await until(() => output.includes('worker started'), `the child worker to start (output: ${output.slice(-500)})`, 60_000);
      await api.app.get(JobQueue, { strict: false }).add(JOBS.agendaPack, { meetingId, version: 1 });
      await until(() => smtp.messages.length >= 15, `the child worker to send (output: ${output.slice(-500)})`, 60_000);
      // The server stops answering, so messages are in flight, then the worker dies hard.
      smtp.hold();
      await sleep(700);
      child.kill('SIGKILL');
      await new Promise((resolve) => child!.once('exit', resolve));
      const inFlight = (await sentRows(meetingId)).find((r) => r.status === 'CLAIMED');
      expect(inFlight?.n ?? 0).toBeGreaterThan(0);
      const sentBefore = smtp.messages.length;
      expect(sentBefore).toBeLessThan(members.length);
      // Messages whose 250 never reached the dead worker were never accepted. The server learns of
      // the dead connections a moment after the process is gone; answer only once it has.
      await until(() => smtp.heldOpenCount() === 0, 'the dead worker\'s connections to close', 10_000);
      smtp.release();

      survivor = await startWorker(env());
      await until(() => smtp.messages.length >= members.length, 'the rest of the pack', 40_000);
      await sleep(500);
      expectOncePerMember(members);
      expect(await sentRows(meetingId)).toEqual([{ status: 'SENT', n: members.length }]);
    } finally {
      if (child && child.exitCode === null) child.kill('SIGKILL');
      await survivor?.close();
    }
  }, 90_000);

  it('Redis loses every queue: the tick rebuilds the work from the database, nothing twice', async () => {
    const first = await packFor('Redis group one', 10);
    const worker = await startWorker(env());
    const redis = createRedis(api.config.REDIS_URL);
    try {
      await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
      await until(() => smtp.messages.length >= first.members.length, 'the first pack');
      // Work is queued but not yet sent when Redis restarts empty.
      smtp.setFailing(true);
      const second = await packFor('Redis group two', 10);
      await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
      await until(async () => (await sentRows(second.meetingId)).some((r) => r.status === 'FAILED'), 'failed deliveries');
      const keys = await redis.keys(`${api.config.REDIS_PREFIX}:*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
      smtp.setFailing(false);

      await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
      await until(() => smtp.messages.length >= first.members.length + second.members.length, 'the second pack after the flush', 30_000);
      await sleep(800);
      expectOncePerMember([...first.members, ...second.members]);
    } finally {
      redis.disconnect();
      await worker.close();
    }
  }, 60_000);
});
