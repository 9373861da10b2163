import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { INTROSPECTION_DEPTH, depthLimit } from './depth-limit';

const schema = buildSchema(`type Query { node: Node } type Node { id: ID child: Node }`);
const check = (source: string, max = 3) => validate(schema, parse(source), [...specifiedRules, depthLimit(max)]).map((e) => e.message);

describe('depth limit', () => {
  it('counts depth through fragments and inline fragments, the root field being 0', () => {
    expect(check('{ node { child { child { id } } } }')).toEqual([]);
    expect(check('query Deep { node { child { child { child { child { id } } } } } }')).toEqual(["'Deep' is nested 5 deep; at most 3 is allowed."]);
    expect(check('{ node { ...A } } fragment A on Node { child { ... on Node { child { ...B } } } } fragment B on Node { child { child { id } } }')).toEqual([
      'This operation is nested 5 deep; at most 3 is allowed.',
    ]);
  });

  it('works out doubling fragments in milliseconds, and stops on cycles', () => {
    const levels = Array.from({ length: 40 }, (_, i) => `fragment G${i + 1} on Node { ...G${i} ...G${i} }`).join(' ');
    const started = Date.now();
    expect(check(`{ node { ...G40 } } fragment G0 on Node { id } ${levels}`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(500);
    const cycle = check('{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }');
    expect(cycle).toEqual(['Cannot spread fragment "A" within itself via "B".']);
  });

  it('lets the standard introspection query through, and no deeper ofType chain', () => {
    expect(INTROSPECTION_DEPTH).toBe(14);
    for (const options of [{}, { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }]) {
      expect(check(getIntrospectionQuery(options), 10)).toEqual([]);
    }
    const chain = (n: number) => `{ __type(name: "Node") { ${'ofType { '.repeat(n)}name${' }'.repeat(n)} } }`;
    // __type is depth 0, each ofType one more and the name below them one more: 13 ofType reach the standard query's 14.
    expect(check(chain(13), 10)).toEqual([]);
    expect(check(chain(14), 10)).toEqual(['This operation is nested 15 deep in introspection; at most 14 is allowed.']);
    expect(check(`query Q { node { id } ...Deep } fragment Deep on Query { __schema { types { ${'ofType { '.repeat(40)}name${' }'.repeat(40)} } } }`, 10)).toEqual([
      "'Q' is nested 42 deep in introspection; at most 14 is allowed.",
    ]);
    // __typename is a leaf: it never deepens an operation already at the limit.
    expect(check('{ node { child { child { __typename } } } }')).toEqual([]);
  });
});
