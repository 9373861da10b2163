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

export let logger: Logger = pino({ level: 'info', redact: { paths: REDACT_PATHS, censor: '[redacted]' } });

export function configureLogging(app: string, level: string): Logger {
  logger = pino({
    level,
    base: { app },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
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
