import DataLoader from 'dataloader';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { RequestContext } from './context';

/**
 * The request's loader for `key`, created on first use. Loaders live in the request context,
 * so batching and caching never leak between requests or readers.
 */
export function requestLoader<K, V>(ctx: RequestContext, key: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>): DataLoader<K, V | null> {
  let loader = ctx.loaders[key] as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(batch, { maxBatchSize: 1000 });
    for (const [id, value] of (ctx.primed?.get(key) ?? new Map()) as Map<K, V | null>) loader.prime(id, value);
    ctx.loaders[key] = loader;
  }
  return loader;
}

/**
 * Hands a value already read (by the statement that reads a whole agenda pack, say) to the
 * request's loader for `key`, so the field resolvers that use that loader find it there. The
 * loader may not exist yet: its batch function belongs to the resolver that creates it.
 */
export function primeLoader<K, V>(ctx: RequestContext, key: string, id: K, value: V): void {
  ctx.primed ??= new Map();
  let primed = ctx.primed.get(key);
  if (!primed) ctx.primed.set(key, (primed = new Map()));
  primed.set(id, value);
  (ctx.loaders[key] as DataLoader<K, V> | undefined)?.clear(id).prime(id, value);
}

/**
 * The value for `id` through the request's loader for `key`. A primed value comes back at
 * once, not as a promise, so GraphQL completes the fields below it without waiting a turn.
 */
export function loadOne<K, V>(ctx: RequestContext, key: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>, id: K): MaybePromise<V | null> {
  const primed = ctx.primed?.get(key);
  if (primed?.has(id)) return primed.get(id) as V | null;
  return requestLoader(ctx, key, batch).load(id);
}

/** A list per key (items of a meeting, members of a group), batched like `loadOne`. */
export function loadList<V>(ctx: RequestContext, key: string, fetch: (keys: readonly string[]) => Promise<Map<string, V[]>>, id: string): MaybePromise<V[]> {
  const found = loadOne(ctx, key, async (ids: readonly string[]) => {
    const grouped = await fetch(ids);
    return ids.map((k) => grouped.get(k) ?? []);
  }, id);
  return whenLoaded(found, (list) => list ?? []);
}

/** What a field resolver returns when its value may already be in hand. */
export type MaybePromise<T> = T | Promise<T>;

/** `fn` of a value that may still be on its way, without a promise when it is already here. */
export function whenLoaded<T, R>(value: MaybePromise<T>, fn: (value: T) => R): MaybePromise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/**
 * The names of the fields asked for directly under the field being resolved, through fragments
 * and inline fragments, so a resolver can read in one statement what its children will need.
 * `@skip` and `@include` are ignored: reading a field that is then skipped costs nothing more.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}
