import { getIntrospectionQuery } from 'graphql';
import { codeOf, gql } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const TYPO = `{ forumz { id } }`;

describe('what GraphQL tells about its schema', () => {
  let test: ApiHarness;
  let production: ApiHarness;

  beforeAll(async () => {
    [test, production] = await Promise.all([startApi(), startApi({ NODE_ENV: 'production' })]);
  });
  afterAll(() => Promise.all([test?.close(), production?.close()]));

  it('suggests field names outside production only', async () => {
    const helped = await gql(test.url, TYPO);
    expect(helped.errors![0].message).toMatch(/Did you mean "forums?"/);
    const plain = await gql(production.url, TYPO);
    expect(codeOf(plain)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(plain.errors![0].message).toBe('Cannot query field "forumz" on type "Query".');
    expect(JSON.stringify(plain.raw)).not.toMatch(/Did you mean|"forums?"/);
  });

  it('answers the standard introspection query, and refuses deeper ofType chains', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
    const full = await gql(test.url, query);
    expect(full.errors).toBeUndefined();
    expect(full.data!.__schema.types.length).toBeGreaterThan(50);
    const chain = `{ __type(name: "Query") { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } }`;
    const deep = await gql(test.url, chain);
    expect(codeOf(deep)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.errors![0].message).toBe('This operation is nested 21 deep in introspection; at most 14 is allowed.');
    // Production has no introspection at all.
    expect(codeOf(await gql(production.url, `{ __schema { queryType { name } } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
