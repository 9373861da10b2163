import { requestLoader, type RequestContext } from '@convene/graphql-kit';
import type { OrganisationEntity, OrganisationModel, PeopleService, PersonModel, PersonRow } from '@convene/identity';

export const toPersonModel = (row: PersonRow | null): PersonModel | null =>
  row && { id: row.id, name: row.name, email: row.email, role: row.role, jobTitle: row.jobTitle, preferredLanguage: row.preferredLanguage, active: row.deactivatedAt === null, joinedAt: row.createdAt, organisationId: row.organisationId };

export const toOrganisationModel = (row: OrganisationEntity | null): OrganisationModel | null =>
  row && { id: row.id, name: row.name, kind: row.kind, area: row.area, themes: row.themes, website: row.website, contactEmail: row.contactEmail };

/** The person behind an id, batched per request and limited to the reader's partnership. */
export async function loadPerson(ctx: RequestContext, people: PeopleService, id: string | null): Promise<PersonModel | null> {
  if (!id || !ctx.actor) return null;
  const actor = ctx.actor;
  return toPersonModel(await requestLoader(ctx, 'person', (ids: readonly string[]) => people.byIds(actor, ids)).load(id));
}
