import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { ApiConfig } from '@convene/config';
import { validationFailed } from '@convene/graphql-kit';
import { PinoNestLogger, configureLogging, logger } from '@convene/logging';
import { mountQueuesBoard } from './admin/queues-board';
import { ApiModule, type ApiExtras } from './api.module';
import { securityHeaders } from './http-headers';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

// Routes whose path carries a credential: calendar feeds, the email unsubscribe and
// preferences links, and paper and bank upload tickets. The segment after each prefix is the token.
const TOKEN_PATHS = [/^(\/calendar\/)[^/]+/i, /^(\/email\/(?:unsubscribe|preferences|directory-check)\/)[^/]+/i, /^(\/(?:papers|bank)\/uploads\/)[^/]+/i]; // routes ignore case

/** The path as logged: no query string (it may hold tokens) and no token segments. */
export function loggedPath(url: string): string {
  const path = url.split('?')[0];
  for (const pattern of TOKEN_PATHS) {
    if (pattern.test(path)) return path.replace(pattern, '$1[redacted]');
  }
  return path;
}

// A NUL or another control character, raw or percent-encoded: no route takes one, and
// PostgreSQL refuses 0x00 in text.
const CONTROL = /[\u0000-\u001f\u007f]|%(?:[01][0-9a-f]|7f)/i;

/** Addresses holding control characters are refused before any route sees them. */
function controlCharacters(req: Request, res: Response, next: NextFunction): void {
  if (!CONTROL.test(req.originalUrl)) return next();
  res.status(400).json({ errors: [{ message: 'The address holds control characters.', extensions: { code: 'BAD_REQUEST' } }] });
}

/** Request ids and one access log line per request. Paths only: query strings may hold tokens. */
function requestLog(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  (req as Request & { id: string }).id = id;
  res.setHeader('x-request-id', id);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.info({ requestId: id, method: req.method, path: loggedPath(req.originalUrl), status: res.statusCode, ms: Math.round(ms) }, 'request');
  });
  next();
}

/** Body parser failures (too large, not JSON) answer like any other coded error. */
function bodyErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const status = (error as { status?: number } | null)?.status;
  if (typeof status !== 'number' || status >= 500) return next(error);
  const message = status === 413 ? 'The request is too large.' : 'The request body is not valid JSON.';
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

export async function createApiApp(config: ApiConfig, extras: ApiExtras = {}): Promise<INestApplication> {
  configureLogging('api', config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, extras), {
    logger: new PinoNestLogger(),
    bodyParser: true,
  });
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  // Hashing every answer for an ETag buys nothing: GraphQL answers POSTs, which are not cached.
  app.set('etag', false);
  app.use(requestLog);
  app.use(securityHeaders({ https: config.PUBLIC_WEB_URL.startsWith('https://') }));
  app.use(controlCharacters);
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '256kb' });
  app.use(bodyErrors);
  mountQueuesBoard(app);
  app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false, validationError: { target: false, value: false }, exceptionFactory: validationFailed }));
  app.enableShutdownHooks();
  return app;
}
