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

const WRITES = {
  'post-edit': { points: POST_EDITS_PER_MINUTE, duration: 60 },
  'minutes-comment': { points: MINUTES_COMMENTS_PER_MINUTE, duration: 60 },
  'post-report': { points: REPORTS_PER_HOUR, duration: 3600 },
  'email-invitation': { points: EMAIL_INVITATIONS_PER_HOUR, duration: 3600 },
} as const;
export type LimitedWrite = keyof typeof WRITES;

/**
 * Per-person allowances for writes beyond new posts (those have POSTS_PER_MINUTE), counted in
 * Redis so every instance and door shares them. Over the limit: TOO_MANY_REQUESTS with
 * `retryAfterSeconds`, as for posting.
 */
export class WriteLimits {
  private readonly limiters: Record<LimitedWrite, RateLimiterRedis>;

  constructor(redis: Redis, redisPrefix: string) {
    const limiter = (write: LimitedWrite) => new RateLimiterRedis({ storeClient: redis, keyPrefix: `${redisPrefix}:limit:${write}`, ...WRITES[write] });
    this.limiters = Object.fromEntries((Object.keys(WRITES) as LimitedWrite[]).map((write) => [write, limiter(write)])) as Record<LimitedWrite, RateLimiterRedis>;
  }

  /** Counts one write by this person; throws TOO_MANY_REQUESTS once they are over the limit. */
  async consume(write: LimitedWrite, personId: string): Promise<void> {
    try {
      await this.limiters[write].consume(personId);
    } catch (error: unknown) {
      if (error instanceof RateLimiterRes) throw tooManyRequests(error.msBeforeNext / 1000);
      throw error;
    }
  }
}
