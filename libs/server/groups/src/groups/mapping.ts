import type { OrganisationEntity, OrganisationModel, PersonModel, PersonRow } from '@convene/identity';

export const toPersonModel = (row: PersonRow | null): PersonModel | null =>
  row && { id: row.id, name: row.name, email: row.email, role: row.role, jobTitle: row.jobTitle, preferredLanguage: row.preferredLanguage, active: row.deactivatedAt === null, joinedAt: row.createdAt, organisationId: row.organisationId };

export const toOrganisationModel = (row: OrganisationEntity | null): OrganisationModel | null =>
  row && { id: row.id, name: row.name, kind: row.kind, area: row.area, themes: row.themes, website: row.website, contactEmail: row.contactEmail };
