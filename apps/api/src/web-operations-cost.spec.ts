import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Kind,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type DefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { apiConfigSchema, loadConfig } from '@convene/config';
import { MAX_PAGE_SIZE, costOf, validationRules } from '@convene/graphql-kit';
import { buildSchemaSdl } from './schema';

/** Every document the web client sends, as codegen collected them from its `graphql(...)` calls. */
function webDocuments(): string[] {
  const source = readFileSync(join(__dirname, '../../web/src/gql/gql.ts'), 'utf8');
  const block = source.slice(source.indexOf('type Documents = {'), source.indexOf('};', source.indexOf('type Documents = {')));
  return [...block.matchAll(/^\s*("(?:[^"\\]|\\.)*"): typeof types\./gm)].map((m) => JSON.parse(m[1]) as string);
}

/** A value that fits `type`, sized for the worst page the client may ask for. */
function sample(schema: GraphQLSchema, type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(schema, type.ofType, name);
  if (isListType(type)) return [sample(schema, type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(schema, f.type, f.name)]));
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return name === 'first' ? MAX_PAGE_SIZE : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true; // @include branches count
    case 'ID':
      return '8f1c5a52-0d3e-4b7e-9a51-3d0f2b7c9e11';
    case 'DateTime':
      return '2026-03-05T18:30:00.000Z';
    default:
      return 'text';
  }
}

describe('the cost limit and the web client', () => {
  let schema: GraphQLSchema;
  const config = loadConfig(apiConfigSchema, { DATABASE_URL: 'postgres://x@127.0.0.1/x', REDIS_URL: 'redis://127.0.0.1' });
  const limit = config.GRAPHQL_MAX_COMPLEXITY;

  beforeAll(async () => {
    schema = buildSchema(await buildSchemaSdl());
  });

  it('lets every operation of the web client through its validation rules and cost limit, at its largest pages', () => {
    const definitions: DefinitionNode[] = webDocuments().flatMap((text) => parse(text).definitions);
    const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(50);
    const costs = operations.map((operation) => {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(schema, typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value)]),
      );
      const document = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as const;
      const rules = validationRules({ maxDepth: config.GRAPHQL_MAX_DEPTH, maxComplexity: limit, maxAliases: 30 });
      const invalid = validate(schema, document, [...specifiedRules.filter((r) => r.name !== 'NoUnusedFragmentsRule'), ...rules]);
      expect([operation.name?.value, invalid.map((e) => e.message)]).toEqual([operation.name?.value, []]);
      const cost = costOf(schema, document, variables, operation.name?.value);
      return { name: operation.name?.value, cost };
    });
    const over = costs.filter((c) => c.cost > limit);
    expect(over).toEqual([]);
    // The limit is not so loose that it no longer bites.
    expect(Math.max(...costs.map((c) => c.cost))).toBeGreaterThan(limit / 10);
  });

  it('counts list sizes: nested meetings across every group cost far beyond the limit', () => {
    const nested = parse(`{ groups { meetings(from: "2025-01-01T00:00:00Z", until: "2026-01-01T00:00:00Z") { id group { meetings { id attendance { person { name } } } } } } }`);
    expect(costOf(schema, nested)).toBeGreaterThan(limit);
    const paged = parse(`{ people(first: 100) { nodes { id name organisation { id } } } }`);
    expect(costOf(schema, paged)).toBe(1 + 100 * (1 + 1 + 1 + 1 + 1));
  });
});
