import type { EntityManager } from 'typeorm';
import type { AuditService } from '@convene/audit';
import { badInput } from '@convene/errors';
import type { InvitationEntity } from '../entities';

/** One answer for unknown, expired, used-up and revoked tokens, so none can be told apart. */
export const INVITATION_INVALID = 'This invitation is not valid. It may have expired, been used or been withdrawn. Ask the person who invited you for a new one.';

export type JoiningInvitation = Pick<InvitationEntity, 'id' | 'partnershipId' | 'role' | 'organisationId' | 'forumId' | 'groupId' | 'groupRole'>;

/** The columns `JoiningInvitation` needs, for RETURNING and SELECT lists. */
export const JOINING_COLUMNS = `id, partnership_id AS "partnershipId", kind, email, role, organisation_id AS "organisationId", forum_id AS "forumId",
                    group_id AS "groupId", group_role AS "groupRole"`;

/** An invitation into a forum only (not a group): it makes forum guests. */
export const invitesGuests = (invitation: Pick<JoiningInvitation, 'forumId' | 'groupId'>) => !!invitation.forumId && !invitation.groupId;

/** The organisation a guest typed when joining: one line, up to 200 characters, or nothing. */
export function organisationNameOf(typed: string | null | undefined): string | null {
  const name = typed?.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  if (name.length > 200) throw badInput('Your organisation’s name can be up to 200 characters.', { field: 'organisation' });
  return name;
}

/**
 * What accepting an invitation grants the account: a person in the partnership (unless one was
 * deactivated there), and the forum and group the invitation names. A forum invitation makes
 * someone new a forum guest (PartnershipRole.GUEST); someone already in the partnership keeps
 * their role and is added to the forum.
 */
export async function joinPartnership(manager: EntityManager, audit: AuditService, invitation: JoiningInvitation, accountId: string, joining: { organisationName?: string | null } = {}): Promise<void> {
  const [existing]: { id: string; deactivatedAt: Date | null }[] = await manager.query(
    `SELECT id, deactivated_at AS "deactivatedAt" FROM person WHERE partnership_id = $1 AND account_id = $2`,
    [invitation.partnershipId, accountId],
  );
  if (existing?.deactivatedAt) throw badInput(INVITATION_INVALID, { field: 'token' });
  if (!existing) {
    const guest = invitesGuests(invitation);
    const role = guest ? 'GUEST' : invitation.role;
    const [person]: { id: string }[] = await manager.query(
      `INSERT INTO person (partnership_id, account_id, organisation_id, role, organisation_name, joined_through_forum_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [invitation.partnershipId, accountId, invitation.organisationId, role, organisationNameOf(joining.organisationName), guest ? invitation.forumId : null],
    );
    await audit.record(
      { partnershipId: invitation.partnershipId, actorPersonId: person.id, action: 'person.joined', subjectType: 'person', subjectId: person.id, detail: { invitationId: invitation.id, role } },
      manager,
    );
  }
  if (invitation.forumId) {
    // A forum invitation: the person joins the forum too (even if a moderator removed them before).
    const [person] = await manager.query(`SELECT id FROM person WHERE partnership_id = $1 AND account_id = $2`, [invitation.partnershipId, accountId]);
    await manager.query(`DELETE FROM forum_exclusion WHERE forum_id = $1 AND person_id = $2`, [invitation.forumId, person.id]);
    await manager.query(
      `INSERT INTO forum_member (forum_id, person_id, role) SELECT id, $2, 'MEMBER' FROM forum WHERE id = $1 AND partnership_id = $3 ON CONFLICT DO NOTHING`,
      [invitation.forumId, person.id, invitation.partnershipId],
    );
  }
  if (invitation.groupId) await joinGroup(manager, audit, invitation, accountId);
}

/** A group invitation: the role it carries, and the organisation they belong to as the one they represent. */
async function joinGroup(manager: EntityManager, audit: AuditService, invitation: JoiningInvitation, accountId: string): Promise<void> {
  const [person]: { id: string }[] = await manager.query(`SELECT id FROM person WHERE partnership_id = $1 AND account_id = $2`, [invitation.partnershipId, accountId]);
  const joined = await manager.query(
    `INSERT INTO group_member (group_id, person_id, role, organisation_id)
     SELECT g.id, p.id, $3, p.organisation_id FROM "group" g JOIN person p ON p.id = $2 WHERE g.id = $1 AND g.partnership_id = $4
     ON CONFLICT (group_id, person_id) DO NOTHING RETURNING id`,
    [invitation.groupId, person.id, invitation.groupRole ?? 'MEMBER', invitation.partnershipId],
  );
  if (joined.length) {
    await audit.record(
      { partnershipId: invitation.partnershipId, actorPersonId: person.id, action: 'group.member-set', subjectType: 'group', subjectId: invitation.groupId!, detail: { personId: person.id, role: invitation.groupRole, invitationId: invitation.id } },
      manager,
    );
  }
}
