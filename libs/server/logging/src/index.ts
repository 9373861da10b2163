import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

/**
 * One JSON logger per process. Secrets and personal details are redacted by path, wherever
 * they appear in a logged object.
 */
export const REDACT_PATHS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'sessionToken',
  'email',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.email',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'variables',
  '*.variables',
];

/** What a database error may say in a log: enough to find the fault, none of the values. */
const DRIVER_ERROR_FIELDS = ['name', 'message', 'code', 'severity', 'routine', 'schema', 'table', 'column', 'constraint', 'dataType', 'position'] as const;
/** Carry the statement's values: a failed sign-in's email, search terms, names. */
const VALUE_FIELDS = ['parameters', 'detail', 'internalQuery'];

/**
 * pino's error serialiser, less statement parameters. TypeORM's QueryFailedError carries them
 * (`parameters`) and copies the driver error's own fields, `detail` with its key values among
 * them, onto itself; the message, code and query text stay.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const out = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  return withoutValues(out, error);
}

function withoutValues(out: Record<string, unknown>, error: Error): Record<string, unknown> {
  for (const field of VALUE_FIELDS) delete out[field];
  const driver = (error as { driverError?: unknown }).driverError;
  if (driver && typeof driver === 'object') {
    const kept: Record<string, unknown> = {};
    for (const field of DRIVER_ERROR_FIELDS) if ((driver as Record<string, unknown>)[field] !== undefined) kept[field] = (driver as Record<string, unknown>)[field];
    out.driverError = kept;
  }
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) out.cause = serializeError(cause);
  return out;
}

export const LOG_SERIALIZERS = { err: serializeError, error: serializeError };

/** The options every logger of ours is made with; tests build theirs from the same. */
export function loggerOptions(level = 'info'): pino.LoggerOptions {
  return { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, serializers: LOG_SERIALIZERS };
}

export let logger: Logger = pino(loggerOptions());

export function configureLogging(app: string, level: string): Logger {
  logger = pino({ ...loggerOptions(level), base: { app }, timestamp: pino.stdTimeFunctions.isoTime });
  return logger;
}

/** Resolved lazily, so loggers made at import time follow the root configured at boot. */
export function moduleLogger(module: string): Logger {
  let root: Logger | undefined;
  let child: Logger = logger;
  return new Proxy({} as Logger, {
    get: (_target, prop) => {
      if (root !== logger) {
        root = logger;
        child = logger.child({ module });
      }
      const value: unknown = Reflect.get(child, prop);
      return typeof value === 'function' ? value.bind(child) : value;
    },
  });
}

/** Routes Nest's own messages through pino. */
export class PinoNestLogger implements LoggerService {
  log(message: unknown, context?: string) {
    logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    logger.trace({ context }, String(message));
  }
}

export type { Logger };
export * from './throttled';
