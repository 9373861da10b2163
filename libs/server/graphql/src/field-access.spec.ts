import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import { enforceFieldAccess, type AccessRules } from './field-access';

/** A schema as Nest builds it: a public root field whose type has field resolvers. */
function schema(): GraphQLSchema {
  const Item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      title: { type: GraphQLString },
      secret: { type: GraphQLString, resolve: () => 'for members' },
      open: { type: GraphQLString, resolve: () => 'for anyone' },
    },
  });
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { item: { type: Item, resolve: () => ({ title: 'Item' }) } } }) });
}

const run = (s: GraphQLSchema, source: string, actor: unknown) => graphql({ schema: s, source, contextValue: { actor, loaders: {} } });

describe('field resolvers’ access rules, on the schema', () => {
  const rules: AccessRules = { 'Query.item': 'public', 'Item.secret': 'signed-in', 'Item.open': 'public' };

  it('refuses a signed-in field to a request without a session, under a public query', async () => {
    const guarded = enforceFieldAccess(schema(), rules);
    const anonymous = await run(guarded, '{ item { title open secret } }', null);
    expect(anonymous.data).toEqual({ item: { title: 'Item', open: 'for anyone', secret: null } });
    expect(anonymous.errors?.map((e) => [e.path?.join('.'), (e.originalError as { code?: string }).code])).toEqual([['item.secret', 'UNAUTHENTICATED']]);
    const signedIn = await run(guarded, '{ item { secret } }', { personId: 'p' });
    expect(signedIn).toEqual({ data: { item: { secret: 'for members' } } });
  });

  it('will not start with a field resolver that has no rule, or one the schema lacks', () => {
    expect(() => enforceFieldAccess(schema(), { ...rules, 'Item.secret': 'NONE' })).toThrow('Item.secret is neither @Public nor @SignedIn');
    expect(() => enforceFieldAccess(schema(), { ...rules, 'Item.missing': 'signed-in' })).toThrow('Item.missing is not in the schema');
  });
});
