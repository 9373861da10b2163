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
