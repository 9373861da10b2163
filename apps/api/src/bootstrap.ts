import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger as SqlLogger } from 'typeorm';
import type { ApiConfig } from '@convene/config';
import { PinoNestLogger, configureLogging, logger } from '@convene/logging';
import { mountQueuesBoard } from './admin/queues-board';
import { ApiModule } from './api.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Request ids and one access log line per request. Paths only: query strings may hold tokens. */
function requestLog(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  (req as Request & { id: string }).id = id;
  res.setHeader('x-request-id', id);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // Calendar feed URLs carry their token in the path.
    const path = req.originalUrl.split('?')[0].replace(/^\/calendar\/[^/]+/, '/calendar/[redacted]');
    logger.info({ requestId: id, method: req.method, path, status: res.statusCode, ms: Math.round(ms) }, 'request');
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

export async function createApiApp(config: ApiConfig, extras: { sqlLogger?: SqlLogger } = {}): Promise<INestApplication> {
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
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '256kb' });
  app.use(bodyErrors);
  mountQueuesBoard(app);
  app.useGlobalPipes(new ValidationPipe({ transform: true, forbidUnknownValues: false, validationError: { target: false, value: false } }));
  app.enableShutdownHooks();
  return app;
}
