import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, outageOf, serviceUnavailable } from '@convene/errors';
import { InvalidIdError } from '@convene/database';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'TOO_MANY_REQUESTS',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
]);

// PostgreSQL's "invalid byte sequence" (22021) and "untranslatable character" (22P05): text the
// client sent that the database cannot store, such as a NUL that got past nulBytePlugin.
const BAD_TEXT = new Set(['22021', '22P05']);

function sqlStateOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Every error leaves with a code and a message meant for people; stack traces and internal
 * messages never do. Unexpected errors are reported to `onUnexpected` (the logger).
 */
export function formatGraphQLError(onUnexpected: (error: unknown) => void, onOutage: (error: unknown) => void = () => undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    // PostgreSQL or Redis unreachable: the client may retry (outagePlugin answers 503).
    if (outageOf(original)) {
      onOutage(original);
      original = serviceUnavailable();
    }

    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...(original.details ?? {}) } };
    }
    if (original instanceof InvalidIdError) {
      return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT', field: original.field } };
    }
    const sqlState = sqlStateOf(original);
    if (sqlState && BAD_TEXT.has(sqlState)) {
      return { ...base, message: 'The text sent holds characters that cannot be stored.', extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof HttpException) {
      const status = original.getStatus();
      const response = original.getResponse() as { message?: string | string[] } | string;
      const message = typeof response === 'string' ? response : Array.isArray(response.message) ? response.message.join('; ') : (response.message ?? original.message);
      const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT';
      if (status < 500) return { ...base, message, extensions: { code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return { ...base, extensions: { code } };
    }
    // graphql-js's own request errors (a variable that does not fit its type) have no path;
    // Apollo marks some of them internal, but they are the client's to fix.
    if (!formatted.path && error instanceof GraphQLError && (original instanceof GraphQLError || original instanceof TypeError)) {
      return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
    }
    onUnexpected(original);
    return { message: 'Something went wrong on our side. Please try again.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
