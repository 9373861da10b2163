import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';

/**
 * GraphQL errors go back to Apollo untouched, where formatGraphQLError gives them a code and
 * logs only the unexpected ones. HTTP errors before GraphQL runs (a body that is not JSON, too
 * large) get the same `errors[].extensions.code` shape on /graphql; other routes keep Nest's.
 */
@Catch()
export class GraphQLPassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    if (exception instanceof HttpException && exception.getStatus() < 500 && request.path === '/graphql') {
      const status = exception.getStatus();
      const message = status === 413 ? 'The request is too large.' : 'The request body is not valid JSON.';
      http.getResponse<Response>().status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
      return undefined;
    }
    return super.catch(exception, host);
  }
}
