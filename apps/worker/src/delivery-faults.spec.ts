// @test-serial: times recovery from a fault by the clock, so `npm test` runs it alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { JOBS } from '@convene/contracts';
import { DeliveryLedger } from '@convene/delivery';
import { JobQueue } from '@convene/jobs';
import { Mailer } from '@convene/mail';
import { sendToMany } from '@convene/notifications';
import { seedPartnership, startSmtpSink, startTcpProxy, type SeededPartnership, type SmtpSink, type TcpProxy } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { addGroup, addMeeting, addMembers, perRecipient, publishAgenda, sleep, until, type Member } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const DAY = 86_400_000;
const ROOT = join(__dirname, '../../..');
/** Messages one batch has in flight at once (send-many's lanes): the most a kill can send twice. */
const IN_FLIGHT = 16;

/**
 * The delivery ledger when PostgreSQL or a worker goes away mid-send, with the lock and
 * stale-claim settings a deployment gets by default.
 */
describe('delivery under faults', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let smtp: SmtpSink;
  let proxy: TcpProxy | undefined;
  const env = (extra: Record<string, string> = {}) => ({
    DATABASE_URL: api.config.DATABASE_URL,
    REDIS_URL: api.config.REDIS_URL,
    REDIS_PREFIX: api.config.REDIS_PREFIX,
    SMTP_URL: smtp.url,
    ...extra,
  });
  const statuses = async (meetingId: string) =>
    (await api.db.query(`SELECT status, count(*)::int AS n FROM delivery WHERE purpose_key = $1 GROUP BY status ORDER BY status`, [`agenda-pack:${meetingId}`])) as { status: string; n: number }[];
  const packJob = async (meetingId: string) => api.app.get(JobQueue, { strict: false }).queue('mail').getJob(`agenda-pack.${meetingId}.v1`);

  async function packFor(name: string, size: number): Promise<{ meetingId: string; members: Member[] }> {
    const groupId = await addGroup(api.db, p.partnershipId, name);
    const members = await addMembers(api.db, p.partnershipId, groupId, size, name.toLowerCase().replace(/\W+/g, '-'));
    const meetingId = await addMeeting(api.db, groupId, new Date(Date.now() + 3 * DAY));
    await publishAgenda(api.db, meetingId, 1);
    return { meetingId, members };
  }

  /** Waits until no message has arrived for `ms`. */
  async function quietFor(ms: number, what: string): Promise<void> {
    let seen = smtp.messages.length;
    let since = Date.now();
    await until(() => {
      if (smtp.messages.length !== seen) [seen, since] = [smtp.messages.length, Date.now()];
      return Date.now() - since >= ms;
    }, what, 30_000);
  }

  function expectOncePerMember(members: Member[]): void {
    expect(Object.fromEntries(perRecipient(smtp.messages, 'Agenda pack:'))).toEqual(Object.fromEntries(members.map((m) => [m.email, 1])));
  }

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'faults');
  });
  beforeEach(async () => {
    smtp = await startSmtpSink();
  });
  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
    await smtp.close();
  });
  afterAll(() => api.close());

  it('PostgreSQL goes away after SMTP said 250: the answers are kept, sending pauses, nothing twice, nothing lost', async () => {
    const { meetingId, members } = await packFor('Restart group', 60);
    proxy = await startTcpProxy(api.config.DATABASE_URL);
    const worker = await startWorker(env({ DATABASE_URL: proxy.url }));
    try {
      smtp.hold();
      await api.app.get(JobQueue, { strict: false }).add(JOBS.agendaPack, { meetingId, version: 1 });
      await until(() => smtp.heldCount() >= 3, 'messages at the SMTP server');
      // The database goes away, then the server says 250 to what it holds.
      await proxy.cut();
      smtp.release();
      expect(smtp.messages.length).toBeGreaterThanOrEqual(3);
      await sleep(1500);
      const duringOutage = smtp.messages.length;
      await sleep(2000);
      // Only what the lanes had already handed to SMTP went; then nothing while the marks failed.
      expect(smtp.messages.length).toBe(duringOutage);
      expect(duringOutage).toBeLessThanOrEqual(IN_FLIGHT);
      expect(await statuses(meetingId)).toEqual([{ status: 'CLAIMED', n: members.length }]);

      await proxy.restore();
      await until(() => smtp.messages.length >= members.length, 'the rest of the pack once PostgreSQL is back', 30_000);

      await until(async () => (await statuses(meetingId))[0]?.status === 'SENT', 'the ledger to record every send');
      await sleep(1000);
      expectOncePerMember(members);
      expect(await statuses(meetingId)).toEqual([{ status: 'SENT', n: members.length }]);
      // Kept in memory and written when the database came back: the first run finished the job.
      const job = (await packJob(meetingId))!;
      expect({ attemptsMade: job.attemptsMade, stack: job.stacktrace ?? [] }).toEqual({ attemptsMade: 1, stack: [] });
    } finally {
      await worker.close();
    }
  }, 60_000);

  it("a retry of the same job takes over the claims its failed run could not release, at once", async () => {
    const { meetingId, members } = await packFor('Retry group', 20);
    proxy = await startTcpProxy(api.config.DATABASE_URL);
    const worker = await startWorker(env({ DATABASE_URL: proxy.url }));
    try {
      smtp.hold();
      await api.app.get(JobQueue, { strict: false }).add(JOBS.agendaPack, { meetingId, version: 1 });
      await until(() => smtp.heldCount() >= 1, 'messages at the SMTP server');
      // SMTP refuses while the database is away: the run fails with every claim still its own.
      await proxy.cut();
      smtp.setFailing(true);
      smtp.release('refuse');
      await until(async () => (await packJob(meetingId))!.attemptsMade >= 1, 'the first run to fail');
      expect(await statuses(meetingId)).toEqual([{ status: 'CLAIMED', n: members.length }]);
      expect(smtp.messages).toHaveLength(0);

      await proxy.restore();
      smtp.setFailing(false);
      // The retry comes after the 5 s backoff, not once the claims are five minutes old.
      await until(() => smtp.messages.length >= members.length, 'the pack from the retry', 20_000);
      await until(async () => (await packJob(meetingId))!.isCompleted(), 'the job to complete');
      await sleep(500);
      expectOncePerMember(members);
      expect(await statuses(meetingId)).toEqual([{ status: 'SENT', n: members.length }]);
      const job = (await packJob(meetingId))!;
      // One run failed on SMTP's refusals, the next finished: no rounds of waiting for its own claims.
      expect({ attemptsMade: job.attemptsMade, failures: (job.stacktrace ?? []).map((t) => t.split('\n')[0]) }).toEqual({ attemptsMade: 2, failures: [expect.stringMatching(/Service unavailable/)] });
    } finally {
      await worker.close();
    }
  }, 60_000);

  it("a batch's own claims are not counted as another worker's", async () => {
    const worker = await startWorker(env());
    try {
      const groupId = await addGroup(api.db, p.partnershipId, 'Bookkeeping group');
      const people = (await addMembers(api.db, p.partnershipId, groupId, 3, 'bookkeeping')).map((m) => ({ ...m, lang: 'en' }));
      const deps = { ledger: worker.app.get(DeliveryLedger, { strict: false }), mailer: worker.app.get(Mailer, { strict: false }), webUrl: 'http://localhost:4200' };
      const notice = { purposeKey: `notice:${randomUUID()}`, category: null, compose: () => ({ subject: 'Notice', html: '<p>Notice</p>', text: 'Notice' }) };
      expect(await sendToMany(deps, { ...notice, recipients: people.slice(0, 2) })).toEqual({ sent: 2, skipped: 0, heldElsewhere: 0, failed: 0 });
      // A member joined: the rerun sends to them only, and nobody else holds anything.
      expect(await sendToMany(deps, { ...notice, recipients: people })).toEqual({ sent: 1, skipped: 2, heldElsewhere: 0, failed: 0 });
      await sleep(300);
      expect(Object.fromEntries(perRecipient(smtp.messages, 'Notice'))).toEqual(Object.fromEntries(people.map((m) => [m.email, 1])));
    } finally {
      await worker.close();
    }
  });

  // The cut-off worker is stopped a moment after Redis is back, while its connections may still
  // be waiting out a retry delay: that close used to hang (see blocking-connection.ts).
  it('a worker cut off from Redis stops sending before its lock can pass to another, and another finishes the batch', async () => {
    // One claim chunk, answered slowly (a few messages every 200 ms), so the batch is still going when Redis goes.
    const { meetingId, members } = await packFor('Cut off group', 150);
    proxy = await startTcpProxy(api.config.REDIS_URL);
    smtp.hold();
    const drip = setInterval(() => {
      smtp.release();
      smtp.hold();
    }, 200);
    // Lock of 2 s: the cut-off worker must stop within 1.5 s of its last renewal.
    const cutOff = await startWorker(env({ REDIS_URL: proxy.url, JOB_LOCK_SECONDS: '2' }));
    let other: WorkerHarness | undefined;
    try {
      await api.app.get(JobQueue, { strict: false }).add(JOBS.agendaPack, { meetingId, version: 1 });
      await until(() => smtp.messages.length >= 20, 'the worker to send');
      await proxy.cut();
      // Its last renewal came before the cut, so its lock lapses within 2 s.
      await sleep(2000);
      const atLapse = smtp.messages.length;
      // PostgreSQL and SMTP are fine, but without its lock it sends nothing more: no lane starts a
      // message 1.5 s after the last renewal, and only those already handed to SMTP still arrive
      // (however slowly a busy machine gets them through).
      await quietFor(2000, 'the cut-off worker to stop sending');
      const stoppedAt = smtp.messages.length;
      expect(stoppedAt - atLapse).toBeLessThanOrEqual(IN_FLIGHT);
      expect(stoppedAt).toBeLessThan(members.length);

      other = await startWorker(env({ JOB_LOCK_SECONDS: '2' }));
      await until(() => perRecipient(smtp.messages, 'Agenda pack:').size >= members.length, 'another worker to finish the batch', 40_000);
      await until(async () => (await statuses(meetingId))[0]?.status === 'SENT', 'the ledger to record every send');
      await proxy.restore();
      await sleep(1000);
      const twice = [...perRecipient(smtp.messages, 'Agenda pack:').values()].filter((n) => n > 1).length;
      expect(twice).toBeLessThanOrEqual(IN_FLIGHT);
      expect(await statuses(meetingId)).toEqual([{ status: 'SENT', n: members.length }]);
    } finally {
      clearInterval(drip);
      smtp.release();
      await other?.close();
      await proxy.restore();
      await cutOff.close();
    }
  }, 90_000);

  it('a worker killed mid-send: the batch resumes once the job stalls, at most the messages in flight go twice', async () => {
    const { meetingId, members } = await packFor('Killed group', 600);
    let child: ChildProcess | undefined;
    let survivor: WorkerHarness | undefined;
    try {
      // The deployment's defaults: JOB_LOCK_SECONDS and CLAIM_STALE_SECONDS are not set.
      child = spawn(process.execPath, [join(ROOT, 'tools/test/run-ts.js'), join(ROOT, 'apps/worker/src/main.ts')], {
        cwd: ROOT,
        env: { ...process.env, ...env({ LOG_LEVEL: 'info', NODE_ENV: 'test', PUBLIC_WEB_URL: 'http://localhost:4200' }) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await until(() => output.includes('worker started'), `the child worker to start (output: ${output.slice(-500)})`, 120_000);
      await api.app.get(JobQueue, { strict: false }).add(JOBS.agendaPack, { meetingId, version: 1 });
      await until(() => smtp.messages.length >= 60, `the child worker to send (output: ${output.slice(-500)})`, 60_000);
      // Killed while sending at full speed: whatever SMTP accepted but the ledger had not yet recorded is at risk.
      child.kill('SIGKILL');
      const killedAt = Date.now();
      await new Promise((resolve) => child!.once('exit', resolve));
      const atKill = smtp.messages.length;
      expect(atKill).toBeLessThan(members.length);

      survivor = await startWorker(env());
      await until(() => smtp.messages.length > atKill, 'the batch to resume', 60_000);
      const resumedMs = Date.now() - killedAt;
      await until(() => perRecipient(smtp.messages, 'Agenda pack:').size >= members.length, 'the rest of the batch', 60_000);
      const doneMs = Date.now() - killedAt;
      await until(async () => (await statuses(meetingId))[0]?.status === 'SENT', 'the ledger to record every send');
      await sleep(500);

      const counts = perRecipient(smtp.messages, 'Agenda pack:');
      const twice = [...counts.values()].filter((n) => n > 1).length;
      process.stdout.write(`killed worker: ${atKill} sent before the kill, resumed after ${resumedMs} ms, done after ${doneMs} ms, ${twice} sent twice\n`);
      expect(doneMs).toBeLessThan(60_000);
      expect(counts.size).toBe(members.length);
      expect([...counts.values()].every((n) => n <= 2)).toBe(true);
      expect(twice).toBeLessThanOrEqual(IN_FLIGHT);
      expect(await statuses(meetingId)).toEqual([{ status: 'SENT', n: members.length }]);
      // A repeat carries the first one's Message-ID, so mail clients can fold the two.
      const ids = smtp.messages.map((m) => m.messageId);
      expect(new Set(ids).size).toBe(members.length);
    } finally {
      if (child && child.exitCode === null) child.kill('SIGKILL');
      await survivor?.close();
    }
  }, 240_000);
});
