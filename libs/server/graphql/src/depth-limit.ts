import { GraphQLError, Kind, getIntrospectionQuery, parse, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Depths of one document's operations, counting through fragments. Each fragment's depth is
 * worked out once per way of counting, so `...G25` built from doubling fragments costs as much
 * as its text; a fragment met again on its own path counts as nothing (NoFragmentCyclesRule
 * reports the cycle). `schema` depth skips introspection fields; `all` counts them too, bar the
 * leaf `__typename`, so only `__schema` and `__type` can make it deeper.
 */
function depthMeter(document: DocumentNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const meter = (counts: (field: string) => boolean) => {
    const known = new Map<string, number>();
    const active = new Set<string>();
    const fragmentDepth = (name: string): number => {
      const done = known.get(name);
      if (done !== undefined) return done;
      const fragment = fragments.get(name);
      if (!fragment || active.has(name)) return 0;
      active.add(name);
      const depth = setDepth(fragment.selectionSet);
      active.delete(name);
      known.set(name, depth);
      return depth;
    };
    const setDepth = (set: SelectionSetNode | undefined): number => {
      let deepest = 0;
      for (const selection of set?.selections ?? []) {
        const depth =
          selection.kind === Kind.FIELD
            ? counts(selection.name.value)
              ? 1 + setDepth(selection.selectionSet)
              : 0
            : selection.kind === Kind.INLINE_FRAGMENT
              ? setDepth(selection.selectionSet)
              : fragmentDepth(selection.name.value);
        if (depth > deepest) deepest = depth;
      }
      return deepest;
    };
    // The root field is depth 0, as graphql-depth-limit counted it.
    return (set: SelectionSetNode) => setDepth(set) - 1;
  };
  return { schema: meter((field) => !field.startsWith('__')), all: meter((field) => field !== '__typename') };
}

/**
 * How deep the standard introspection query goes (every option on, as codegen and GraphiQL send
 * it): 14 with graphql 16, nine of them its `ofType` chain. Introspection may go this deep, no
 * deeper.
 */
export const INTROSPECTION_DEPTH = (() => {
  const query = parse(
    getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
  );
  const { all } = depthMeter(query);
  return Math.max(...query.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? all(d.selectionSet) : 0)));
})();

/**
 * Refuses operations nested deeper than `max` fields. Introspection is measured on its own:
 * the standard introspection query passes, a longer `ofType { ofType … }` chain does not.
 */
export function depthLimit(max: number) {
  const introspectionMax = Math.max(max, INTROSPECTION_DEPTH);
  return (context: ValidationContext): ASTVisitor => {
    const depth = depthMeter(context.getDocument());
    return {
      OperationDefinition(node) {
        const name = node.name ? `'${node.name.value}'` : 'This operation';
        const fields = depth.schema(node.selectionSet);
        if (fields > max) {
          context.reportError(new GraphQLError(`${name} is nested ${fields} deep; at most ${max} is allowed.`, { nodes: [node] }));
          return;
        }
        const all = depth.all(node.selectionSet);
        if (all > introspectionMax) {
          context.reportError(new GraphQLError(`${name} is nested ${all} deep in introspection; at most ${introspectionMax} is allowed.`, { nodes: [node] }));
        }
      },
    };
  };
}
