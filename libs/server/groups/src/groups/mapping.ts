import { requestLoader, type RequestContext } from '@convene/graphql-kit';
import { toPerson, type PeopleService, type PersonModel } from '@convene/identity';

/** The person behind an id, with their organisation, batched per request and limited to the reader's partnership. */
export async function loadPerson(ctx: RequestContext, people: PeopleService, id: string | null): Promise<PersonModel | null> {
  if (!id || !ctx.actor) return null;
  const actor = ctx.actor;
  const row = await requestLoader(ctx, 'person', (ids: readonly string[]) => people.byIds(actor, ids)).load(id);
  return row && toPerson(row);
}
