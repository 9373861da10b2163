import DataLoader from 'dataloader';
import type { RequestContext } from './context';

/**
 * The request's loader for `key`, created on first use. Loaders live in the request context,
 * so batching and caching never leak between requests or readers.
 */
export function requestLoader<K, V>(ctx: RequestContext, key: string, batch: (keys: readonly K[]) => Promise<(V | null)[]>): DataLoader<K, V | null> {
  let loader = ctx.loaders[key] as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(batch, { maxBatchSize: 1000 });
    ctx.loaders[key] = loader;
  }
  return loader;
}

/** A list per key (items of a meeting, members of a group), batched like `requestLoader`. */
export async function loadList<V>(ctx: RequestContext, key: string, fetch: (keys: readonly string[]) => Promise<Map<string, V[]>>, id: string): Promise<V[]> {
  const loader = requestLoader(ctx, key, async (ids: readonly string[]) => {
    const grouped = await fetch(ids);
    return ids.map((k) => grouped.get(k) ?? []);
  });
  return (await loader.load(id)) ?? [];
}
