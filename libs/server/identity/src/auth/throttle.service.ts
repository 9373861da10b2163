import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from '@convene/errors';
import { REDIS } from '@convene/redis';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';

const WINDOW_SECONDS = 15 * 60;
/** Failures for one account from one address are remembered this long. */
const PAIR_MEMORY_SECONDS = 24 * 3600;
/** The first wait once an address has used its free tries on an account; it doubles, up to the window. */
export const FIRST_DELAY_SECONDS = 30;
/** An address that signed in to an account is trusted by it this long, even during a spraying attack. */
const KNOWN_ADDRESS_SECONDS = 30 * 24 * 3600;
const ACCOUNT_CEILING_SECONDS = 3600;

const sha = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

/**
 * Slows password guessing without letting a guesser lock the owner out:
 * - failures count per (account, client address): after `throttlePerAccount` free ones, each
 *   further try from that address waits 30 s, then 60 s, 2 min … up to 15 min;
 * - failures from one address, whatever the account, stop that address for 15 minutes past
 *   `throttlePerIp`;
 * - failures for one account from all addresses past `throttleAccountCeiling` an hour (a spray
 *   from many addresses) admit only addresses that signed in to the account before.
 * Successful sign-ins count nowhere. Keys hold hashes, never an email or client address.
 */
@Injectable()
export class ThrottleService {
  /** Attempts at token redemption and reset requests from one address (successes included). */
  private readonly perIp: RateLimiterRedis;
  private readonly failuresFromIp: RateLimiterRedis;
  private readonly pairFailures: RateLimiterRedis;
  private readonly pairWait: RateLimiterRedis;
  private readonly accountFailures: RateLimiterRedis;
  private readonly knownPrefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {
    const prefix = `${options.redisPrefix}:throttle`;
    const limiter = (name: string, points: number, duration: number) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:${name}`, points, duration, blockDuration: name === 'ip' ? WINDOW_SECONDS : 0 });
    this.perIp = limiter('ip', options.throttlePerIp, WINDOW_SECONDS);
    this.failuresFromIp = limiter('ip-failures', options.throttlePerIp, WINDOW_SECONDS);
    this.pairFailures = limiter('pair', Number.MAX_SAFE_INTEGER, PAIR_MEMORY_SECONDS);
    this.pairWait = limiter('pair-wait', 1, WINDOW_SECONDS);
    this.accountFailures = limiter('account', options.throttleAccountCeiling, ACCOUNT_CEILING_SECONDS);
    this.knownPrefix = `${prefix}:known`;
  }

  /** Counts one attempt from this address; throws TOO_MANY_REQUESTS when over the limit. */
  async attemptFromIp(action: string, ip: string): Promise<void> {
    try {
      await this.perIp.consume(`${action}:${sha(ip)}`);
    } catch (error: unknown) {
      if (error instanceof RateLimiterRes) throw tooManyRequests(error.msBeforeNext / 1000);
      throw error;
    }
  }

  /** Before checking a password: refuses while this address must wait for this account. */
  async assertMayTry(action: string, account: string, ip: string): Promise<void> {
    const [fromIp, wait, forAccount] = await Promise.all([
      this.failuresFromIp.get(this.ipKey(action, ip)),
      this.pairWait.get(this.pairKey(action, account, ip)),
      this.accountFailures.get(this.accountKey(action, account)),
    ]);
    if (fromIp && fromIp.consumedPoints >= this.failuresFromIp.points) throw tooManyRequests(fromIp.msBeforeNext / 1000);
    if (wait && wait.consumedPoints > 0) throw tooManyRequests(wait.msBeforeNext / 1000);
    if (forAccount && forAccount.consumedPoints >= this.accountFailures.points && !(await this.isKnown(action, account, ip))) {
      throw tooManyRequests(forAccount.msBeforeNext / 1000);
    }
  }

  /** A wrong password (or an unknown account): counts for the address, the pair and the account. */
  async failed(action: string, account: string, ip: string): Promise<void> {
    const [, pair] = await Promise.all([
      this.failuresFromIp.penalty(this.ipKey(action, ip)),
      this.pairFailures.penalty(this.pairKey(action, account, ip)),
      this.accountFailures.penalty(this.accountKey(action, account)),
    ]);
    const beyond = pair.consumedPoints - this.options.throttlePerAccount;
    if (beyond > 0) {
      const seconds = Math.min(WINDOW_SECONDS, FIRST_DELAY_SECONDS * 2 ** Math.min(beyond - 1, 20));
      await this.pairWait.block(this.pairKey(action, account, ip), seconds);
    }
  }

  /** The right password: this address starts afresh for the account, and is remembered by it. */
  async succeeded(action: string, account: string, ip: string): Promise<void> {
    const key = this.pairKey(action, account, ip);
    await Promise.all([this.pairFailures.delete(key), this.pairWait.delete(key), this.redis.set(`${this.knownPrefix}:${key}`, '1', 'EX', KNOWN_ADDRESS_SECONDS)]);
  }

  private async isKnown(action: string, account: string, ip: string): Promise<boolean> {
    return (await this.redis.exists(`${this.knownPrefix}:${this.pairKey(action, account, ip)}`)) === 1;
  }

  private ipKey(action: string, ip: string): string {
    return `${action}:${sha(ip)}`;
  }

  private accountKey(action: string, account: string): string {
    return `${action}:${sha(account.trim().toLowerCase())}`;
  }

  private pairKey(action: string, account: string, ip: string): string {
    return `${action}:${sha(`${account.trim().toLowerCase()}|${ip}`)}`;
  }
}
