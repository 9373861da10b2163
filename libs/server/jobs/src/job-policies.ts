import type { JobsOptions } from 'bullmq';
import { JOBS, type JobName } from '@convene/contracts';

const DAY = 24 * 3600;

/**
 * Every email job retries with exponential backoff (5 s, 10 s, 20 s … about 20 minutes in all),
 * then stays in the failed set, visible in bull-board, until the tick finds the work still due
 * in the database and retries it.
 */
const email = (attempts: number): JobsOptions => ({
  attempts,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: DAY },
  removeOnFail: { age: 14 * DAY },
});

/** Retry and retention per job, named next to the catalogue so they are reviewed together. */
export const JOB_POLICIES: { [J in JobName]: JobsOptions } = {
  [JOBS.tick]: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } },
  [JOBS.invitationEmail]: email(8),
  [JOBS.passwordResetEmail]: { ...email(6), removeOnFail: { age: 7 * DAY } },
  [JOBS.emailConfirmationEmail]: { ...email(6), removeOnFail: { age: 7 * DAY } },
  // The link lasts 15 minutes: a few quick retries, then it is no use.
  [JOBS.signInLinkEmail]: { ...email(5), removeOnFail: { age: DAY } },
  [JOBS.agendaPack]: email(8),
  [JOBS.agendaSupplement]: email(8),
  [JOBS.agendaReminder]: email(8),
  [JOBS.minutesEmail]: email(8),
  [JOBS.forumDigest]: email(6),
  [JOBS.mentionsEmail]: email(6),
  [JOBS.watchedPostsEmail]: email(6),
  [JOBS.heldPostEmail]: email(6),
  [JOBS.actionReminder]: email(6),
  [JOBS.meetingChange]: email(8),
  [JOBS.directoryCheck]: email(6),
  // Removed once done, so a pack dropped from the cache later can be asked for again at once.
  [JOBS.agendaPdf]: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: true, removeOnFail: { age: DAY } },
  [JOBS.minutesPdf]: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: true, removeOnFail: { age: DAY } },
  [JOBS.bankSearchDigest]: email(6),
  // Not retried: the next tick asks for the links still unchecked this week.
  [JOBS.bankLinkCheck]: { attempts: 1, removeOnComplete: { age: DAY }, removeOnFail: { age: 7 * DAY } },
  // A failed job is kept a month, so the tick (whose job id it shares) does not ask again meanwhile.
  [JOBS.resourceThumbnail]: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: { age: DAY }, removeOnFail: { age: 30 * DAY } },
  // A file with no readable text is marked read (with none), so only outages are retried.
  [JOBS.resourceText]: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: { age: DAY }, removeOnFail: { age: 30 * DAY } },
  [JOBS.foiLetters]: email(8),
  [JOBS.foiChaser]: email(6),
  [JOBS.foiOverdue]: email(6),
  [JOBS.foiInternalReview]: email(8),
  // No tick re-asks for it: the inbound message's row is the only record, so retries run longer.
  [JOBS.replyOutcome]: email(10),
};
