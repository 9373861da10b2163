/**
 * Transport-neutral errors. GraphQL puts `code` in `extensions.code`; the socket gateway puts
 * it in the acknowledgement. Messages are written for the person reading them.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'TOO_MANY_REQUESTS' | 'CONFLICT' | 'SERVICE_UNAVAILABLE' | 'PERSONAL_DATA';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Sign in to continue.') => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You do not have permission to do that.') => new AppError('FORBIDDEN', message);
/** Also the answer when something exists but the reader may not see it: the two must look alike. */
export const notFound = (what = 'That item') => new AppError('NOT_FOUND', `${what} was not found.`);
export const badInput = (message: string, details?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, details);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new AppError('TOO_MANY_REQUESTS', `Too many attempts. Try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s).`, { retryAfterSeconds });
export const conflict = (message: string, details?: Record<string, unknown>) => new AppError('CONFLICT', message, details);

export * from './outage';
