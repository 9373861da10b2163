import type { JobName, JobPayloads } from '@convene/contracts';

export interface JobContext {
  /** Reports progress for long sends (shown in bull-board). */
  progress(value: number | object): Promise<void>;
  attempt: number;
}

/** One handler per job name; the worker refuses to boot if any job has none or two. */
export interface JobHandler<J extends JobName = JobName> {
  readonly job: J;
  handle(payload: JobPayloads[J], context: JobContext): Promise<void>;
}

/** A failure that retrying cannot fix (the row is gone, the input is invalid): discard the job. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
