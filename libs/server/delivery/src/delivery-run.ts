import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * Who is sending: one run of one job. Claims carry both, so a later run of the same job (a
 * retry, or the run BullMQ starts once the job's lock lapsed because its worker died) takes
 * over what an earlier run left claimed, at once, while claims of other jobs wait until stale.
 */
export interface DeliveryRun {
  /** The job the claims are for, stable across its runs (`mail:agenda-pack.<id>.v1`). */
  job: string;
  /** This run: the job's lock token, new each time a worker takes the job. */
  run: string;
  /** False once this run may have lost its job to another worker: it must send nothing more. */
  holds(): boolean;
}

const current = new AsyncLocalStorage<DeliveryRun>();

/** Runs `work` as `run`: every claim made inside is that run's. */
export function withDeliveryRun<T>(run: DeliveryRun, work: () => Promise<T>): Promise<T> {
  return current.run(run, work);
}

/** The job run in progress, or a one-off run for a send outside any job (a handler called directly). */
export function currentDeliveryRun(): DeliveryRun {
  const run = current.getStore();
  if (run) return run;
  const id = randomUUID();
  return { job: `direct:${id}`, run: id, holds: () => true };
}

/** This run lost its job to another worker (its lock lapsed): it stopped sending. */
export class DeliveryRunLost extends Error {
  constructor() {
    super('this run lost its job to another worker; it stopped sending');
    this.name = 'DeliveryRunLost';
  }
}
