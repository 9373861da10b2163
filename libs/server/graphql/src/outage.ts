import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { OUTAGE_RETRY_AFTER_SECONDS, outageOf, serviceUnavailable } from '@convene/errors';

const httpHead = () => ({ status: 503, headers: new HeaderMap([['retry-after', String(OUTAGE_RETRY_AFTER_SECONDS)]]) });

/**
 * While PostgreSQL or Redis is unreachable, any operation whose answer holds SERVICE_UNAVAILABLE
 * (see formatGraphQLError) answers HTTP 503 with Retry-After, so clients and proxies retry.
 */
export function outagePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (!errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          const head = httpHead();
          response.http.status = head.status;
          for (const [name, value] of head.headers) response.http.headers.set(name, value);
        },
      };
    },
  };
}

/**
 * Wraps the context function (it resolves the session from PostgreSQL): an outage there answers
 * 503 too. Apollo takes the status of a failed context from the error's `extensions.http`.
 */
export function outageAwareContext<A extends unknown[], C>(context: (...args: A) => Promise<C>): (...args: A) => Promise<C> {
  return async (...args) => {
    try {
      return await context(...args);
    } catch (error: unknown) {
      if (!outageOf(error)) throw error;
      const answer = serviceUnavailable();
      throw new GraphQLError(answer.message, { originalError: error as Error, extensions: { code: answer.code, ...answer.details, http: httpHead() } });
    }
  };
}
