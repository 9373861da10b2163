import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from '@convene/errors';

/** Post edits one person may make a minute, over GraphQL and sockets alike. */
export const POST_EDITS_PER_MINUTE = 30;
/** Comments on draft minutes one person may add a minute. */
export const MINUTES_COMMENTS_PER_MINUTE = 20;
/** Posts one person may report to moderators an hour. */
export const REPORTS_PER_HOUR = 20;
/** Email invitations one person may send an hour: each one is an email to a stranger's inbox. */
export const EMAIL_INVITATIONS_PER_HOUR = 100;
/** Sign-in links one address may be sent an hour, whoever asks: each one lands in that person's inbox. */
export const SIGN_IN_LINKS_PER_HOUR = 5;
/** Upload tickets (papers on items and minutes, bank files) one person may ask for an hour, unless configured (PAPER_UPLOADS_PER_HOUR). */
export const UPLOADS_PER_HOUR = 60;

const WRITES = {
  'post-edit': { points: POST_EDITS_PER_MINUTE, duration: 60 },
  'minutes-comment': { points: MINUTES_COMMENTS_PER_MINUTE, duration: 60 },
  'post-report': { points: REPORTS_PER_HOUR, duration: 3600 },
  'email-invitation': { points: EMAIL_INVITATIONS_PER_HOUR, duration: 3600 },
  upload: { points: UPLOADS_PER_HOUR, duration: 3600 },
  'sign-in-link': { points: SIGN_IN_LINKS_PER_HOUR, duration: 3600 },
} as const;
export type LimitedWrite = keyof typeof WRITES;

/**
 * Per-person allowances for writes beyond new posts (those have POSTS_PER_MINUTE), counted in
 * Redis so every instance and door shares them. Over the limit: TOO_MANY_REQUESTS with
 * `retryAfterSeconds`, as for posting.
 */
export class WriteLimits {
  /** One limiter per write and allowance: a module configured with its own allowance gets its own. */
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(
    private readonly redis: Redis,
    private readonly redisPrefix: string,
  ) {}

  /**
   * Counts one write by this person; throws TOO_MANY_REQUESTS once they are over the limit.
   * `points` replaces the default allowance for the write's period (from the module's config).
   */
  async consume(write: LimitedWrite, personId: string, points: number = WRITES[write].points): Promise<void> {
    const key = `${write}:${points}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      // The same Redis key for every allowance: changing the configured number keeps what was counted.
      limiter = new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${this.redisPrefix}:limit:${write}`, points, duration: WRITES[write].duration });
      this.limiters.set(key, limiter);
    }
    try {
      await limiter.consume(personId);
    } catch (error: unknown) {
      if (error instanceof RateLimiterRes) throw tooManyRequests(error.msBeforeNext / 1000);
      throw error;
    }
  }
}
