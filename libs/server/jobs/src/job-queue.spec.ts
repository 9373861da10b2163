import { randomBytes, randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { JOBS, QUEUES } from '@convene/contracts';
import { JobQueue } from './job-queue';

/** Nudges against real Redis: many at once go together, and each caller hears its own outcome. */
describe('JobQueue.nudge', () => {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `convene-test-${randomBytes(4).toString('hex')}`;
  let redis: Redis;
  let jobs: JobQueue;

  beforeAll(() => {
    redis = new Redis(url, { maxRetriesPerRequest: null });
    jobs = new JobQueue(redis, prefix);
  });

  afterAll(async () => {
    await jobs.queue(QUEUES.mail).obliterate({ force: true });
    await jobs.close();
    redis.disconnect();
  });

  it('adds nudges made at once, each once under its own id and with its retry policy', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const errors: unknown[] = [];
    // The first id twice: a second nudge for the same work is the same job.
    await Promise.all([...ids, ids[0]].map((id) => jobs.nudge(JOBS.replyOutcome, { inboundMessageId: id }, (error) => errors.push(error))));
    // And one on its own.
    ids.push(randomUUID());
    await jobs.nudge(JOBS.replyOutcome, { inboundMessageId: ids[3] }, (error) => errors.push(error));
    expect(errors).toEqual([]);
    const queued = await jobs.queue(QUEUES.mail).getJobs(['waiting', 'paused']);
    expect(queued.map((job) => job.id).sort()).toEqual(ids.map((id) => `reply-outcome.${id}`).sort());
    expect(queued.map((job) => job.data.inboundMessageId).sort()).toEqual([...ids].sort());
    expect(queued.every((job) => job.opts.attempts === 10)).toBe(true);
  });

  it('tells every caller of a batch Redis did not take, and fails none of them', async () => {
    const offline = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    offline.on('error', () => undefined);
    const unreachable = new JobQueue(offline, prefix);
    const errors: unknown[] = [];
    await Promise.all([randomUUID(), randomUUID()].map((id) => unreachable.nudge(JOBS.replyOutcome, { inboundMessageId: id }, (error) => errors.push(error))));
    expect(errors).toHaveLength(2);
    await unreachable.close().catch(() => undefined);
    offline.disconnect();
  });
});
