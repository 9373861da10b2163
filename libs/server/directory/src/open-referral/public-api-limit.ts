import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** Requests one client address may make to the public directory API a minute. */
export const PUBLIC_API_PER_MINUTE = 60;

/**
 * The public API's allowance, counted in Redis so every API instance shares it, per client
 * address (the web proxy's X-Forwarded-For, trusted from the configured hop only).
 */
export class PublicApiLimit {
  private readonly limiter: RateLimiterRedis;

  constructor(redis: Redis, redisPrefix: string, perMinute = PUBLIC_API_PER_MINUTE) {
    this.limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${redisPrefix}:limit:open-referral`, points: perMinute, duration: 60 });
  }

  /** Null while within the allowance; else the seconds until the next request is allowed. */
  async consume(address: string): Promise<number | null> {
    try {
      await this.limiter.consume(address);
      return null;
    } catch (error: unknown) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }
}
