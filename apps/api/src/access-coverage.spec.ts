import 'reflect-metadata';
import type { Type } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { ACCESS_RULE, type AccessRule } from '@convene/graphql-kit';
import { API_RESOLVERS } from './resolvers';

// Where @nestjs/graphql records what a resolver method is.
const ROOT_TYPE = 'graphql:resolver_type';
const FIELD_NAME = 'graphql:resolver_name';
const IS_FIELD = 'graphql:resolve_property';

/** Every query, mutation and field resolver of the API, with its access rule (or none). */
function accessMap(resolvers: Type[]): Record<string, string> {
  const map: Record<string, string> = {};
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
      const owner = root ?? parent ?? '?';
      const rule = (Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, resolver)) as AccessRule | undefined;
      map[`${owner}.${name}`] = rule?.kind ?? 'NONE';
    }
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}

describe('deny by default', () => {
  const map = accessMap(API_RESOLVERS);

  it('finds the API’s operations (so this test cannot pass vacuously)', () => {
    expect(map['Query.me']).toBe('signed-in');
    expect(map['Mutation.signIn']).toBe('public');
    expect(map['Person.organisation']).toBe('signed-in');
    expect(Object.keys(map).length).toBeGreaterThan(30);
  });

  it('marks every query, mutation and field resolver @Public or @SignedIn', () => {
    expect(Object.entries(map).filter(([, rule]) => rule === 'NONE').map(([key]) => key)).toEqual([]);
  });

  it('keeps the public surface small and deliberate', () => {
    expect(Object.entries(map).filter(([, rule]) => rule === 'public').map(([key]) => key)).toEqual([
      'Mutation.acceptInvitation',
      'Mutation.requestPasswordReset',
      'Mutation.resetPassword',
      'Mutation.signIn',
      'Mutation.signOut',
      'Query.invitationPreview',
      'Query.publicGroup',
    ]);
  });

  it('would catch a resolver that forgot its rule', () => {
    @Resolver()
    class Forgetful {
      @Query(() => String)
      secret(): string {
        return 'leak';
      }
    }
    expect(accessMap([Forgetful])).toEqual({ 'Query.secret': 'NONE' });
  });

  it('matches the reviewed snapshot, so a permission change shows up as a diff', () => {
    expect(map).toMatchSnapshot();
  });
});
