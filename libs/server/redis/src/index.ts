import Redis, { type RedisOptions } from 'ioredis';

/** Injection token for the shared ioredis client of a process. */
export const REDIS = Symbol('REDIS');

/**
 * BullMQ needs `maxRetriesPerRequest: null` on blocking connections; the same settings are
 * harmless elsewhere, so every client is made alike.
 */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false, ...options });
}

export { Redis };

export * from './write-limits';
