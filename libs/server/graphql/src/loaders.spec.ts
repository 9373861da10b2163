import { GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, graphql } from 'graphql';
import type { RequestContext } from './context';
import { loadList, loadOne, primeLoader, selectedFields } from './loaders';

const context = (): RequestContext => ({ loaders: {} }) as unknown as RequestContext;

describe('request loaders', () => {
  it('answers a primed value at once, and batches the rest in one call', async () => {
    const ctx = context();
    const asked: (readonly string[])[] = [];
    const batch = async (ids: readonly string[]) => (asked.push(ids), ids.map((id) => `read ${id}`));
    primeLoader(ctx, 'people', 'a', 'primed a');
    expect(loadOne(ctx, 'people', batch, 'a')).toBe('primed a');
    const [b, c] = await Promise.all([loadOne(ctx, 'people', batch, 'b'), loadOne(ctx, 'people', batch, 'c')]);
    expect([b, c, asked]).toEqual(['read b', 'read c', [['b', 'c']]]);
    // Priming after the loader exists replaces what it holds.
    primeLoader(ctx, 'people', 'b', 'primed b');
    expect(loadOne(ctx, 'people', batch, 'b')).toBe('primed b');
    expect(await loadList(ctx, 'items', async () => new Map([['m', [1, 2]]]), 'm')).toEqual([1, 2]);
    expect(await loadList(ctx, 'items', async () => new Map(), 'other')).toEqual([]);
  });

  it('sees the fields asked for through fragments and inline fragments, by name not alias', async () => {
    let seen: string[] = [];
    const Meeting = new GraphQLObjectType({ name: 'Meeting', fields: { title: { type: GraphQLString }, agendaItems: { type: new GraphQLList(GraphQLString) }, attendance: { type: new GraphQLList(GraphQLString) } } });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { meeting: { type: Meeting, resolve: (_s, _a, _c, info) => ((seen = [...selectedFields(info)].sort()), { title: 'Meeting' }) } },
      }),
    });
    await graphql({ schema, source: '{ meeting { title } }' });
    expect(seen).toEqual(['title']);
    await graphql({ schema, source: '{ meeting { items: agendaItems ...Pack } } fragment Pack on Meeting { ... on Meeting { attendance } }' });
    expect(seen).toEqual(['agendaItems', 'attendance']);
  });
});
