import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Refuses operations nested deeper than `max` fields, counting through fragments. Each
 * fragment's depth is worked out once, so `...G25` built from doubling fragments costs as much
 * as its text; a fragment met again on its own path counts as nothing (NoFragmentCyclesRule
 * reports the cycle).
 */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
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
            ? selection.name.value.startsWith('__')
              ? 0 // introspection has its own shape, as graphql-depth-limit allowed
              : 1 + setDepth(selection.selectionSet)
            : selection.kind === Kind.INLINE_FRAGMENT
              ? setDepth(selection.selectionSet)
              : fragmentDepth(selection.name.value);
        if (depth > deepest) deepest = depth;
      }
      return deepest;
    };

    return {
      OperationDefinition(node) {
        // The root field is depth 0, as graphql-depth-limit counted it.
        const depth = setDepth(node.selectionSet) - 1;
        if (depth > max) {
          const name = node.name ? `'${node.name.value}'` : 'This operation';
          context.reportError(new GraphQLError(`${name} is nested ${depth} deep; at most ${max} is allowed.`, { nodes: [node] }));
        }
      },
    };
  };
}
