import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from './context';

export const SESSION_ENDED = 'Your session has ended. Sign in again.';

/** Only `signOut` (and `__typename`) asked for: signing out of an ended session is still fine. */
function onlySignsOut(operation: OperationDefinitionNode | undefined | null): boolean {
  const fields = operation?.selectionSet.selections ?? [];
  return (
    fields.length > 0 &&
    fields.every((s) => s.kind === Kind.FIELD && (s.name.value === 'signOut' || s.name.value === '__typename')) &&
    operation?.operation === 'mutation'
  );
}

/**
 * A bearer token that is unknown, expired or whose person was deactivated answers 401
 * UNAUTHENTICATED, even on public operations: treating it as anonymous would hide from the
 * client that its session ended. No token at all stays anonymous.
 */
export function endedSessionPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (!contextValue.sessionEnded || onlySignsOut(operation)) return;
          throw new GraphQLError(SESSION_ENDED, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        },
      };
    },
  };
}
