import type { JobsOptions } from 'bullmq';
import { JOBS, type JobName } from '@convene/contracts';

/** Retry and retention per job, named next to the catalogue so they are reviewed together. */
export const JOB_POLICIES: { [J in JobName]: JobsOptions } = {
  [JOBS.tick]: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
  [JOBS.invitationEmail]: { attempts: 8, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 14 * 24 * 3600 } },
  [JOBS.passwordResetEmail]: { attempts: 6, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 7 * 24 * 3600 } },
};
