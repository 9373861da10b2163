import type { Type } from '@nestjs/common';
import { defaultFieldResolver, getNullableType, isListType, isNonNullType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { guestMayCall } from '@convene/access';
import { forbidden, unauthenticated } from '@convene/errors';
import { ACCESS_RULE, type AccessRule } from './access.decorators';
import type { RequestContext } from './context';

// Where @nestjs/graphql records what a resolver method is.
const ROOT_TYPE = 'graphql:resolver_type';
const FIELD_NAME = 'graphql:resolver_name';
const IS_FIELD = 'graphql:resolve_property';
const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

/** Each query, mutation and field resolver of `resolvers` ("Type.field") with its access rule, or NONE. */
export type AccessRules = Record<string, AccessRule['kind'] | 'NONE'>;

export function accessRules(resolvers: Type[]): AccessRules {
  const map: AccessRules = {};
  for (const resolver of resolvers) {
    // @Resolver(() => PersonModel) records the GraphQL type's name on the class.
    const parent = Reflect.getMetadata(FIELD_NAME, resolver) as string | undefined;
    for (const method of Object.getOwnPropertyNames(resolver.prototype)) {
      const handler: unknown = Object.getOwnPropertyDescriptor(resolver.prototype, method)?.value;
      if (method === 'constructor' || typeof handler !== 'function') continue;
      const root = Reflect.getMetadata(ROOT_TYPE, handler) as string | undefined;
      const isField = Reflect.getMetadata(IS_FIELD, handler) === true;
      if (!root && !isField) continue;
      const name = (Reflect.getMetadata(FIELD_NAME, handler) as string | undefined) ?? method;
      const rule = (Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, resolver)) as AccessRule | undefined;
      map[`${root ?? parent ?? '?'}.${name}`] = rule?.kind ?? 'NONE';
    }
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Queries and mutations pass Nest's global AccessGuard. Field resolvers run without Nest's
 * per-call machinery (guards, pipes, parameter decorators), which on a large agenda pack cost
 * more than the fields themselves; their @Public or @SignedIn rule is enforced here, on the
 * schema itself (and forum guests' narrower list). A field resolver with neither rule, or one the schema does not have, stops the
 * API from starting: deny by default, decided before the first request.
 */
export function enforceFieldAccess(schema: GraphQLSchema, rules: AccessRules): GraphQLSchema {
  for (const [key, rule] of Object.entries(rules)) {
    const [typeName, fieldName] = key.split('.');
    if (ROOTS.has(typeName)) continue;
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`Field resolver ${key} is not in the schema.`);
    if (rule === 'NONE') throw new Error(`Field resolver ${key} is neither @Public nor @SignedIn.`);
    const resolve = field.resolve ?? defaultFieldResolver;
    const refused = refusal(field);
    field.resolve = (source, args, ctx: RequestContext, info) => {
      if (rule !== 'public' && !ctx.actor) throw unauthenticated();
      // A forum guest reads only the fields named in GUEST_OPERATIONS (@convene/access).
      if (!guestMayCall(ctx.actor, key)) return refused();
      return resolve(source, args, ctx, info);
    };
  }
  return schema;
}

/** What a field a forum guest may not read answers: null, an empty list, or (non-null) FORBIDDEN. */
function refusal(field: GraphQLField<unknown, unknown>): () => unknown {
  if (!isNonNullType(field.type)) return () => null;
  if (isListType(getNullableType(field.type))) return () => [];
  return () => {
    throw forbidden();
  };
}
