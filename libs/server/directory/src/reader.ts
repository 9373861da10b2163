import type { Actor } from '@convene/access';
import type { RequestContext } from '@convene/graphql-kit';

/**
 * Who reads a row of `partnershipId`: the signed-in actor in their own partnership, otherwise
 * nobody in particular (the public's view). Someone signed in elsewhere sees what the public does.
 */
export function readerFor(ctx: RequestContext, partnershipId: string): Actor | null {
  return ctx.actor && ctx.actor.partnershipId === partnershipId ? ctx.actor : null;
}

/** Loader keys carry the reader's view, so a public and a partnership view never share a cache. */
export const viewKey = (name: string, reader: Actor | null, partnershipId: string) => `directory:${name}:${reader ? 'in' : 'out'}:${partnershipId}`;
