import Redis, { type RedisOptions } from 'ioredis';
import { errorSummary, moduleLogger, throttledLog } from '@convene/logging';

/** Injection token for the shared ioredis client of a process. */
export const REDIS = Symbol('REDIS');

/**
 * What a connection is for decides how it behaves while Redis is unreachable:
 * - `request`: commands on a request's path (rate limits, the queue producer, the emitter) fail
 *   at once, so a request can answer 503 instead of waiting; nothing is queued to replay later.
 * - `blocking`: BullMQ workers, which must wait out an outage (BullMQ needs
 *   `maxRetriesPerRequest: null` there) and carry on by themselves.
 * - `subscriber`: the socket.io adapter's subscriptions, restored by ioredis on reconnect.
 */
export type RedisPurpose = 'request' | 'blocking' | 'subscriber';

/** A command slower than this on a request's path counts as Redis being unreachable. */
export const REQUEST_COMMAND_TIMEOUT_MS = 2_000;

const PURPOSE_OPTIONS: Record<RedisPurpose, RedisOptions> = {
  // Queued until the first connection attempt (boot), then failing fast; see `failFastOnceReady`.
  request: { maxRetriesPerRequest: 0, enableOfflineQueue: true, commandTimeout: REQUEST_COMMAND_TIMEOUT_MS },
  blocking: { maxRetriesPerRequest: null, enableOfflineQueue: true, commandTimeout: undefined },
  subscriber: { maxRetriesPerRequest: null, enableOfflineQueue: true, commandTimeout: undefined },
};

const log = moduleLogger('redis');
const note = throttledLog(log);

/** Retries every second or two, for as long as the outage lasts, without piling up work. */
const retryStrategy = (attempt: number) => Math.min(attempt * 200, 2_000);

export function createRedis(url: string, options: RedisOptions = {}, purpose: RedisPurpose = 'request'): Redis {
  const client = new Redis(url, { enableReadyCheck: true, lazyConnect: false, retryStrategy, connectionName: `convene-${purpose}`, ...PURPOSE_OPTIONS[purpose], ...options });
  return watch(client, purpose);
}

/** A new connection to the same Redis for another role (BullMQ workers, socket.io adapter). */
export function duplicateRedis(client: Redis, purpose: RedisPurpose, options: RedisOptions = {}): Redis {
  return watch(client.duplicate({ connectionName: `convene-${purpose}`, ...PURPOSE_OPTIONS[purpose], ...options }), purpose);
}

/**
 * A lost connection and every error event are logged as one JSON line (ioredis would otherwise
 * print its own stack), at most once per ten seconds per purpose; the return is logged once.
 */
function watch(client: Redis, purpose: RedisPurpose): Redis {
  let lost = false;
  if (purpose === 'request') failFastOnceReady(client);
  const down = (err: unknown) => {
    lost = true;
    note('warn', `redis:${purpose}`, { purpose, err }, 'Redis is unreachable');
  };
  client.on('error', (error: unknown) => down(errorSummary(error)));
  // Emitted when a connection closed by the other side will be retried (not on our own disconnect).
  client.on('reconnecting', () => {
    if (!lost) down({ message: 'connection closed' });
  });
  client.on('ready', () => {
    if (lost) log.info({ purpose }, 'Redis is reachable again');
    lost = false;
  });
  return client;
}

/**
 * Commands wait for the first connection at boot; once it is made, or has failed, they fail at
 * once while Redis is away (ioredis flushes what waited when a connection attempt fails).
 */
function failFastOnceReady(client: Redis): void {
  const failFast = () => {
    client.options.enableOfflineQueue = false;
    client.off('ready', failFast);
    client.off('reconnecting', failFast);
  };
  client.on('ready', failFast);
  client.on('reconnecting', failFast);
}

type Publish = (channel: string, message: string | Buffer) => Promise<number>;

/**
 * The socket.io emitter and adapter publish without handling a rejection, which would end the
 * process once publishing fails fast: a dropped publish is logged instead (announcements are
 * best effort; clients catch up from the database).
 */
export function safePublish(client: Redis, what: string): Publish {
  const publish = client.publish.bind(client) as Publish;
  return (channel, message) =>
    publish(channel, message).catch((error: unknown) => {
      note('warn', `publish:${what}`, { what, err: errorSummary(error) }, 'Redis publish dropped');
      return 0;
    });
}

/** A connection of its own for a publisher that holds it (the socket.io adapter). */
export function withSafePublish(client: Redis, what: string): Redis {
  return Object.assign(client, { publish: safePublish(client, what) });
}

/** Resolves once the client is connected, or rejects after `ms`. */
export async function redisReady(client: Redis, ms: number): Promise<void> {
  if (client.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      reject(new Error(`Redis did not answer within ${ms / 1000}s`));
    }, ms);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    client.once('ready', onReady);
  });
}

export { Redis };

export * from './write-limits';
