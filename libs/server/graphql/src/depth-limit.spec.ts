import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { depthLimit } from './depth-limit';

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
});
