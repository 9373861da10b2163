import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { ApiConfig } from '@convene/config';
import { accessRules, complexityPlugin, enforceFieldAccess, endedSessionPlugin, formatGraphQLError, nulBytePlugin, outageAwareContext, outagePlugin, strictDateTimes, validationRules, type RequestContext } from '@convene/graphql-kit';
import { SESSION_COOKIE, SessionService, clearSessionCookie } from '@convene/identity';
import { errorSummary, logger, throttledLog } from '@convene/logging';
import { API_RESOLVERS } from './resolvers';

/** A bearer token wins over the cookie, so API clients are never confused by a browser session. */
export function sessionTokenOf(req: Request): string | null {
  return sessionCredentialOf(req)?.token ?? null;
}

function sessionCredentialOf(req: Request): { token: string; from: 'bearer' | 'cookie' } | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = header.slice(7).trim();
    return token ? { token, from: 'bearer' } : null;
  }
  const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  return typeof cookie === 'string' ? { token: cookie, from: 'cookie' } : null;
}

export function graphqlOptions(config: ApiConfig, sessions: SessionService): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  // During an outage every request fails alike: a line per ten seconds says so.
  const noteOutage = throttledLog(logger);
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    // No "Did you mean …" in production: suggestions spell out the schema that introspection hides.
    hideSchemaDetailsFromClientErrors: production,
    playground: false,
    // Field resolvers skip Nest's guards and pipes; their access rules are enforced on the schema
    // instead (enforceFieldAccess), so a nested field is never less protected than a query.
    fieldResolverEnhancers: [],
    transformSchema: (schema) => strictDateTimes(enforceFieldAccess(schema, accessRules(API_RESOLVERS))),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: validationRules({ maxDepth: config.GRAPHQL_MAX_DEPTH, maxComplexity: config.GRAPHQL_MAX_COMPLEXITY, maxAliases: 30 }),
    // Nothing here is cacheable by HTTP caches, and the cache-control plugin wraps every field.
    plugins: [nulBytePlugin(), endedSessionPlugin(), complexityPlugin(config.GRAPHQL_MAX_COMPLEXITY), outagePlugin(), ApolloServerPluginCacheControlDisabled()],
    // Nest would reset every executed operation to 200, and an outage must answer 503 (outagePlugin).
    preserveHttpStatusForExecutionErrors: false,
    formatError: formatGraphQLError(
      (error) => logger.error({ err: error }, 'unexpected GraphQL error'),
      (error) => noteOutage('warn', 'graphql-outage', { err: errorSummary(error) }, 'request refused: a dependency is unreachable'),
    ),
    context: outageAwareContext(async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
      const credential = sessionCredentialOf(req);
      const sessionToken = credential?.token ?? null;
      const actor = await sessions.resolve(sessionToken);
      // An ended session: API clients hear 401; a browser's stale cookie is dropped, so public
      // pages keep working and the next page asks it to sign in.
      if (credential && !actor && credential.from === 'cookie') clearSessionCookie(res, config.COOKIE_SECURE ?? config.PUBLIC_WEB_URL.startsWith('https://'));
      return {
        req,
        res,
        sessionToken,
        sessionEnded: credential?.from === 'bearer' && !actor,
        actor,
        ip: req.ip ?? 'unknown',
        requestId: (req as Request & { id?: string }).id ?? randomUUID(),
        loaders: {},
      };
    }),
  };
}
