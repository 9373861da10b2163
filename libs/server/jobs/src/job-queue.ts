import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { JOB_ID, JOB_QUEUE, QUEUES, type JobName, type JobPayloads, type QueueName } from '@convene/contracts';
import { errorSummary, moduleLogger, throttledLog } from '@convene/logging';
import { JOB_POLICIES } from './job-policies';

const note = throttledLog(moduleLogger('jobs'));

/** A completed job is kept (and blocks its id) this long before the tick may run it again. */
export const RERUN_AFTER_MS = 10 * 60_000;

/**
 * Typed producer for every queue in the catalogue. Enqueueing is a nudge, not the record: the
 * worker's tick finds anything due in PostgreSQL, so a lost job only delays work.
 */
export class JobQueue {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(connection: Redis, readonly prefix: string) {
    for (const name of Object.values(QUEUES)) {
      const queue = new Queue(name, { connection, prefix: `${prefix}:bull` });
      // Without a listener BullMQ prints the error's stack itself; the connection already logs it.
      queue.on('error', (error: Error) => note('warn', `queue:${name}`, { queue: name, err: errorSummary(error) }, 'queue cannot reach Redis'));
      this.queues.set(name, queue);
    }
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Unknown queue ${name}`);
    return queue;
  }

  async add<J extends JobName>(name: J, payload: JobPayloads[J]): Promise<void> {
    const jobId = JOB_ID[name](payload);
    await this.queue(JOB_QUEUE[name]).add(name, payload, { ...JOB_POLICIES[name], jobId });
  }

  /** Best effort: the database already holds the work, so a Redis hiccup must not fail the request. */
  async nudge<J extends JobName>(name: J, payload: JobPayloads[J], onError: (error: unknown) => void): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Queue did not answer in time')), 2_000);
    });
    await Promise.race([this.addSoon(name, payload), timeout])
      .catch(onError)
      .finally(() => clearTimeout(timer));
  }

  private readonly soon = new Map<QueueName, { jobs: Parameters<Queue['addBulk']>[0]; waiting: { resolve: () => void; reject: (error: unknown) => void }[] }>();

  /**
   * Nudges made in the same turn of the event loop go to Redis together, one write for them all:
   * a burst of email replies nudges a confirmation each, many at once. Same ids and policies as `add`.
   */
  private addSoon<J extends JobName>(name: J, payload: JobPayloads[J]): Promise<void> {
    const queueName = JOB_QUEUE[name];
    let batch = this.soon.get(queueName);
    if (!batch) {
      const started = { jobs: [] as Parameters<Queue['addBulk']>[0], waiting: [] as { resolve: () => void; reject: (error: unknown) => void }[] };
      this.soon.set(queueName, (batch = started));
      setImmediate(() => {
        this.soon.delete(queueName);
        // One alone goes as it is: a pipeline costs more than it saves for a single job.
        const [only] = started.jobs;
        const queue = this.queue(queueName);
        (started.jobs.length === 1 ? queue.add(only.name, only.data, only.opts) : queue.addBulk(started.jobs)).then(
          () => started.waiting.forEach((w) => w.resolve()),
          (error: unknown) => started.waiting.forEach((w) => w.reject(error)),
        );
      });
    }
    batch.jobs.push({ name, data: payload, opts: { ...JOB_POLICIES[name], jobId: JOB_ID[name](payload) } });
    return new Promise<void>((resolve, reject) => batch.waiting.push({ resolve, reject }));
  }

  /**
   * For the tick: enqueue, or retry a job that exhausted its attempts (an SMTP outage), so
   * work that is still due in the database is never stranded in the failed set.
   */
  async ensure<J extends JobName>(name: J, payload: JobPayloads[J]): Promise<void> {
    const queue = this.queue(JOB_QUEUE[name]);
    const existing = await queue.getJob(JOB_ID[name](payload));
    if (existing && (await existing.isFailed())) {
      await existing.retry('failed');
      return;
    }
    // A job that finished a while ago while the database still says the work is due (a member
    // joined, a claim was held by a worker that died): run it again. Its id would block `add`.
    if (existing?.finishedOn && Date.now() - existing.finishedOn > RERUN_AFTER_MS && (await existing.isCompleted())) {
      await existing.remove().catch(() => undefined);
    }
    await this.add(name, payload);
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
