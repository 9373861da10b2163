import { Inject, Injectable } from '@nestjs/common';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type Redis from 'ioredis';
import type { WorkerConfig } from '@convene/config';
import { JOBS, JOB_QUEUE, QUEUES, type JobName, type QueueName } from '@convene/contracts';
import { withDeliveryRun } from '@convene/delivery';
import { JobQueue } from '@convene/jobs';
import { errorSummary, moduleLogger, throttledLog } from '@convene/logging';
import { JOB_HANDLERS, PermanentJobError, type JobHandler } from '@convene/notifications';
import { REDIS, duplicateRedis, redisReady } from '@convene/redis';
import { closableBetweenRetries } from './blocking-connection';

/** Stable key: every replica upserts the same scheduler, so there is one tick, not one per replica. */
export const TICK_SCHEDULER_KEY = 'convene-tick';
export const TICK_EVERY_MS = 60_000;

/** Throws unless every job in the catalogue has exactly one handler. */
export function indexHandlers(handlers: JobHandler[]): Map<JobName, JobHandler> {
  const index = new Map<JobName, JobHandler>();
  for (const handler of handlers) {
    if (index.has(handler.job)) throw new Error(`Job "${handler.job}" has two handlers`);
    index.set(handler.job, handler);
  }
  const missing = Object.values(JOBS).filter((job) => !index.has(job));
  if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  return index;
}

/** Resolves when `promise` settles or after `ms`, whichever comes first. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** BullMQ's queues must never lose a key to eviction. */
export async function assertNoEviction(redis: Redis): Promise<void> {
  let policy: string | undefined;
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    policy = reply[1];
  } catch {
    policy = undefined;
  }
  if (policy !== 'noeviction') {
    throw new Error(
      `Redis maxmemory-policy is "${policy ?? 'unknown'}", but the worker needs "noeviction": with eviction Redis may silently drop queued jobs. ` +
        'Set `maxmemory-policy noeviction` in redis.conf or run `redis-cli CONFIG SET maxmemory-policy noeviction`.',
    );
  }
}

@Injectable()
export class QueueRunner {
  private readonly logger = moduleLogger('queue-runner');
  /** An outage makes every worker report the same error on every retry: a line per ten seconds. */
  private readonly note = throttledLog(this.logger);
  private workers: Worker[] = [];
  private connections: Redis[] = [];
  private keepTicking?: NodeJS.Timeout;
  /** When each job in hand last had its lock renewed, or null once renewal was refused. */
  private leases = new Map<string, number | null>();

  constructor(
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandler[],
    @Inject(REDIS) private readonly redis: Redis,
    private readonly jobs: JobQueue,
    @Inject('WORKER_CONFIG') private readonly config: WorkerConfig,
  ) {}

  async start({ tick = true }: { tick?: boolean } = {}): Promise<void> {
    const index = indexHandlers(this.handlers);
    await redisReady(this.redis, 10_000);
    await assertNoEviction(this.redis);
    const connected: Promise<unknown>[] = [];
    for (const queue of Object.values(QUEUES)) {
      // Workers wait out an outage on their own connections; the shared one fails fast. Closing
      // them must not wait on a retry timer (see blocking-connection.ts).
      const connection = closableBetweenRetries(duplicateRedis(this.redis, 'blocking'));
      this.connections.push(connection);
      const worker = new Worker(queue, (job, token) => this.run(index, queue, job, token), {
        connection,
        prefix: `${this.jobs.prefix}:bull`,
        // PDF builds share the process's one Chromium and hold whole packs in memory: two at a time.
        concurrency: queue === QUEUES.schedule ? 1 : queue === QUEUES.pdf ? Math.min(2, this.config.WORKER_CONCURRENCY) : this.config.WORKER_CONCURRENCY,
        // If this process dies, its jobs go back to the queue once the lock lapses, and the next
        // run takes over the ledger claims the dead one left.
        lockDuration: this.config.JOB_LOCK_SECONDS * 1000,
        // Checked twice per lock period, so a lapsed lock is seen within half a period of lapsing.
        stalledInterval: (this.config.JOB_LOCK_SECONDS * 1000) / 2,
        // A job stalls each time its worker dies, pauses past the lock or is cut off from Redis, and
        // each takeover is safe (the ledger's claims). BullMQ's 1 failed a batch for good at its
        // second stall, say a pause and then a cut-off, until the tick retried it.
        maxStalledCount: 3,
      });
      // Emitted once the connection it waits for jobs on is up (never before this line runs).
      connected.push(new Promise<void>((resolve) => worker.once('ready', () => resolve())));
      worker.on('locksRenewed', ({ jobIds }) => jobIds.forEach((id) => this.leases.has(`${queue}:${id}`) && this.leases.set(`${queue}:${id}`, Date.now())));
      worker.on('lockRenewalFailed', (jobIds) => jobIds.forEach((id) => this.leases.has(`${queue}:${id}`) && this.leases.set(`${queue}:${id}`, null)));
      worker.on('failed', (job, error) =>
        this.logger.warn({ queue, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: error.message }, 'job failed'),
      );
      worker.on('error', (error) => this.note('error', `worker:${queue}`, { queue, err: errorSummary(error) }, 'worker error'));
      this.workers.push(worker);
    }
    // Started means taking jobs. Should Redis go away meanwhile, the workers wait it out alone.
    await settledWithin(Promise.all(connected), 10_000);
    if (tick) {
      await this.upsertTick();
      // Redis keeps nothing that must survive: if it restarts empty, the scheduler comes back here.
      this.keepTicking = setInterval(() => void this.upsertTick().catch((error: Error) => this.logger.warn({ err: error.message }, 'could not restore the tick')), TICK_EVERY_MS);
    }
    this.logger.info({ queues: Object.values(QUEUES) }, 'worker started');
  }

  private upsertTick(): Promise<unknown> {
    return this.jobs.queue(JOB_QUEUE[JOBS.tick]).upsertJobScheduler(TICK_SCHEDULER_KEY, { every: TICK_EVERY_MS }, { name: JOBS.tick, data: {} });
  }

  private async run(index: Map<JobName, JobHandler>, queue: QueueName, job: Job, token = `${job.id}:${Date.now()}`): Promise<void> {
    const handler = index.get(job.name as JobName);
    if (!handler) throw new UnrecoverableError(`Unknown job ${job.name}`);
    const key = `${queue}:${job.id}`;
    this.leases.set(key, job.processedOn ?? Date.now());
    // The lock lapses JOB_LOCK_SECONDS after its last renewal; stop sending well before that, so
    // a run that is alive but cut off from Redis does not send beside the run that replaces it.
    const lockMs = this.config.JOB_LOCK_SECONDS * 1000;
    const holds = () => {
      const renewedAt = this.leases.get(key);
      return renewedAt != null && Date.now() - renewedAt < lockMs * 0.75;
    };
    try {
      await withDeliveryRun({ job: key, run: token, holds }, () =>
        handler.handle(job.data as never, { attempt: job.attemptsMade + 1, progress: (value) => job.updateProgress(value) }),
      );
    } catch (error: unknown) {
      // Permanent errors are not retried; everything else backs off per the job's policy.
      if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
      throw error;
    } finally {
      this.leases.delete(key);
    }
  }

  /** Finishes the jobs in hand, then stops taking new ones. */
  async stop(): Promise<void> {
    clearInterval(this.keepTicking);
    await Promise.all(this.workers.map((w) => w.close()));
    this.connections.forEach((c) => c.disconnect());
    this.workers = [];
    this.connections = [];
  }

  queueNames(): QueueName[] {
    return Object.values(QUEUES);
  }
}
