import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from '@convene/errors';
import { REDIS } from '@convene/redis';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';

const WINDOW_SECONDS = 15 * 60;

/**
 * Limits sign-in and token redemption per account and per client address. Account keys are
 * hashed so no email address is written to Redis.
 */
@Injectable()
export class ThrottleService {
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(IDENTITY_OPTIONS) options: IdentityOptions) {
    const common = { storeClient: redis, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS };
    this.perAccount = new RateLimiterRedis({ ...common, keyPrefix: `${options.redisPrefix}:throttle:account`, points: options.throttlePerAccount });
    this.perIp = new RateLimiterRedis({ ...common, keyPrefix: `${options.redisPrefix}:throttle:ip`, points: options.throttlePerIp });
  }

  /** Counts one attempt from this address; throws TOO_MANY_REQUESTS when over the limit. */
  async attemptFromIp(action: string, ip: string): Promise<void> {
    await this.consume(this.perIp, `${action}:${ip}`);
  }

  /** Refuses early when this account is already locked out by failed attempts. */
  async assertAccountOpen(action: string, account: string): Promise<void> {
    const state = await this.perAccount.get(this.accountKey(action, account));
    if (state && state.consumedPoints >= this.perAccount.points) throw tooManyRequests(state.msBeforeNext / 1000);
  }

  async failedForAccount(action: string, account: string): Promise<void> {
    await this.consume(this.perAccount, this.accountKey(action, account));
  }

  async succeededForAccount(action: string, account: string): Promise<void> {
    await this.perAccount.delete(this.accountKey(action, account));
  }

  private accountKey(action: string, account: string): string {
    return `${action}:${createHash('sha256').update(account.toLowerCase()).digest('hex').slice(0, 32)}`;
  }

  private async consume(limiter: RateLimiterRedis, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (error: unknown) {
      if (error instanceof RateLimiterRes) throw tooManyRequests(error.msBeforeNext / 1000);
      throw error;
    }
  }
}
