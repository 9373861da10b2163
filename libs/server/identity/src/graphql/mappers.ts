import type { InvitationEntity, PartnershipEntity } from '../entities';
import type { OrganisationRow, PersonRow } from '../people/people.service';
import { InvitationStatus, type InvitationModel, type OrganisationModel, type PartnershipModel, type PersonModel } from './models';

export const toPerson = (row: PersonRow): PersonModel => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  jobTitle: row.jobTitle,
  preferredLanguage: row.preferredLanguage,
  active: row.deactivatedAt === null,
  joinedAt: row.createdAt,
  organisationId: row.organisationId,
  knownOrganisation: row.organisation === undefined ? undefined : row.organisation && toOrganisation(row.organisation),
  nameOnly: row.nameOnly === true,
});

export const toOrganisation = (row: OrganisationRow): OrganisationModel => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  area: row.area,
  themes: row.themes,
  website: row.website,
  contactEmail: row.contactEmail,
});

export const toPartnership = (row: PartnershipEntity): PartnershipModel => ({ id: row.id, name: row.name, slug: row.slug, timeZone: row.timeZone });

export function invitationStatus(row: InvitationEntity, now = new Date()): InvitationStatus {
  if (row.revokedAt) return InvitationStatus.REVOKED;
  if (row.uses >= row.maxUses) return InvitationStatus.ACCEPTED;
  if (row.expiresAt <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}

export const toInvitation = (row: InvitationEntity): InvitationModel => ({
  id: row.id,
  kind: row.kind,
  email: row.email,
  role: row.role,
  status: invitationStatus(row),
  maxUses: row.maxUses,
  uses: row.uses,
  expiresAt: row.expiresAt,
  sentAt: row.sentAt,
  createdAt: row.createdAt,
  organisationId: row.organisationId,
  createdByPersonId: row.createdByPersonId,
});
