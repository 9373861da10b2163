import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';

const NUL = '\u0000';

/** True when a NUL character hides anywhere in a variable's value, however deeply nested. */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (depth > 50 || value === null || typeof value !== 'object') return false;
  const values = Array.isArray(value) ? value : Object.entries(value).flat();
  return values.some((v) => holdsNul(v, depth + 1));
}

// Apollo hands over the same parsed document for the same query text, so each is looked at once.
const checked = new WeakMap<DocumentNode, boolean>();

function documentHoldsNul(document: DocumentNode): boolean {
  const known = checked.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  checked.set(document, found);
  return found;
}

/**
 * PostgreSQL refuses text holding 0x00, so a NUL in any string would fail deep in a resolver.
 * Refused up front instead, in variables (keys too) and in the document's string literals.
 */
export function nulBytePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (holdsNul(request.variables) || holdsNul(request.operationName) || documentHoldsNul(document)) {
            throw new GraphQLError('Text may not contain NUL characters (\\u0000).', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
