import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ASTVisitor } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
}

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
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw rejected(`This request is too complex (${complexity}); the limit is ${maxComplexity}. Ask for fewer fields or smaller pages.`);
          }
        },
      };
    },
  };
}
