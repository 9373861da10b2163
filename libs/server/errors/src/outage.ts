import { AppError } from './index';

/** What a client is told to wait before retrying while PostgreSQL or Redis is unreachable. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

export type Dependency = 'postgres' | 'redis';

export const serviceUnavailable = (retryAfterSeconds = OUTAGE_RETRY_AFTER_SECONDS) =>
  new AppError('SERVICE_UNAVAILABLE', 'The service is briefly unavailable. Try again in a few seconds.', { retryAfterSeconds });

/** Thrown at boot when a dependency cannot be reached; the message is the one line printed. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

// Socket-level failures: the peer refused, reset, vanished or could not be resolved.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);
// SQLSTATE: class 08 (connection exception), shutdown or starting up (57P01-57P03), too many connections.
const PG_UNAVAILABLE = /^(08...|57P0[123]|53300)$/;
const PG_MESSAGES = [
  /^Connection terminated/, // unexpectedly, or due to connection timeout
  /^timeout exceeded when trying to connect$/, // the pool's connectionTimeoutMillis
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
];
const REDIS_MESSAGES = [
  /^Stream isn't writeable and enableOfflineQueue options is false$/,
  /^Connection is closed\.$/,
  /^Command timed out$/,
  /^Reached the max retries per request limit/,
  /^Redis connection is not ready$/, // rate-limiter-flexible
];

/**
 * Which dependency an error says is unreachable, if any. Drivers report this by shape only, so
 * the checks follow ioredis, pg, pg-pool and TypeORM's wrappers (QueryFailedError.driverError).
 */
export function outageOf(error: unknown, depth = 0): Dependency | 'network' | undefined {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const e = error as { name?: unknown; message?: unknown; code?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  const message = typeof e.message === 'string' ? e.message : '';
  if (e.name === 'MaxRetriesPerRequestError' || REDIS_MESSAGES.some((m) => m.test(message))) return 'redis';
  if (PG_MESSAGES.some((m) => m.test(message))) return 'postgres';
  if (typeof e.code === 'string') {
    if (PG_UNAVAILABLE.test(e.code) && 'severity' in e) return 'postgres';
    if (NETWORK_CODES.has(e.code)) return 'network';
  }
  for (const inner of [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])]) {
    const found = outageOf(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The error a client should see: SERVICE_UNAVAILABLE for an outage, else the error itself. */
export function asServiceUnavailable(error: unknown): unknown {
  return outageOf(error) ? serviceUnavailable() : error;
}
