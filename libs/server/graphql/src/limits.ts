import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNullableType, isListType, isObjectType, type ASTVisitor, type GraphQLSchema, type ValidationContext } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { depthLimit } from './depth-limit';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
}

/** What a list without a page size is assumed to hold: a group's meetings, an agenda's items. */
export const LIST_FACTOR = 10;
/**
 * Fields (fragments expanded) the cost estimate may walk. Doubling fragments make an operation
 * of 1 kB expand to millions of fields; past this it is refused instead of walked.
 */
export const MAX_EXPANDED_FIELDS = 5000;

const rejected = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** Aliases multiply work without nesting (500 copies of one field, or of `signIn`). */
export function aliasLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias && ++count === max + 1) {
          context.reportError(new GraphQLError(`Too many aliases: at most ${max} are allowed in one request.`, { nodes: [node] }));
        }
      },
    };
  };
}

export function validationRules(limits: QueryLimits) {
  return [depthLimit(limits.maxDepth), aliasLimit(limits.maxAliases)];
}

/**
 * Each field costs 1 plus what is below it, times how many times it will run: its page size
 * (`first`) where it has one, LIST_FACTOR for another list. A connection's `nodes` is already
 * counted by the connection's `first`. Introspection costs nothing here.
 */
export const listEstimator: ComplexityEstimator = ({ field, args, childComplexity, type }) => {
  // Introspection reads the schema, not the database; its depth limit bounds it (see depthLimit).
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : undefined;
  const isList = isListType(getNullableType(field.type));
  const siblings = isObjectType(type) ? type.getFields() : {};
  const inConnection = field.name === 'nodes' && ('pageInfo' in siblings || 'endCursor' in siblings);
  const runs = first ?? (isList && !inConnection ? LIST_FACTOR : 1);
  return 1 + runs * childComplexity;
};

/** The estimated cost of `document`; throws a BAD_USER_INPUT GraphQLError when it cannot be worked out. */
export function costOf(schema: GraphQLSchema, document: Parameters<typeof getComplexity>[0]['query'], variables?: Record<string, unknown>, operationName?: string | null): number {
  try {
    return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [listEstimator], maxQueryNodes: MAX_EXPANDED_FIELDS });
  } catch (error: unknown) {
    // Too many fields once fragments are expanded, or variables that do not fit their types:
    // the client's to fix, and nothing has run yet.
    const message = error instanceof GraphQLError ? error.message : 'The request could not be costed.';
    throw rejected(/maximum allowed number of nodes/.test(message) ? `This request asks for too many fields once its fragments are expanded (more than ${MAX_EXPANDED_FIELDS}).` : message);
  }
}

/** Rejects operations whose estimated cost exceeds the limit, before anything executes. */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (!schema) return;
          const complexity = costOf(schema, document, request.variables, request.operationName);
          if (complexity > maxComplexity) {
            throw rejected(`This request is too complex (${complexity}); the limit is ${maxComplexity}. Ask for fewer fields or smaller pages.`);
          }
        },
      };
    },
  };
}
