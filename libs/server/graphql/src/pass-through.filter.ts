import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { OUTAGE_RETRY_AFTER_SECONDS, outageOf, serviceUnavailable } from '@convene/errors';
import { errorSummary, moduleLogger, throttledLog } from '@convene/logging';

const note = throttledLog(moduleLogger('http'));

/**
 * GraphQL errors go back to Apollo untouched, where formatGraphQLError gives them a code and
 * logs only the unexpected ones. HTTP routes keep Nest's default handling, except that an
 * unreachable PostgreSQL or Redis answers 503 with Retry-After, as GraphQL does.
 */
@Catch()
export class GraphQLPassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    if (host.getType() === 'http' && outageOf(exception)) {
      note('warn', 'http-outage', { err: errorSummary(exception) }, 'request refused: a dependency is unreachable');
      const { code, message, details } = serviceUnavailable();
      const res = host.switchToHttp().getResponse<Response>();
      res.status(503).setHeader('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
      res.json({ errors: [{ message, extensions: { code, ...details } }] });
      return undefined;
    }
    return super.catch(exception, host);
  }
}
