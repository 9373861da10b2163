import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { PartnershipRole } from '@convene/contracts';
import { assertUuid, rows } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { RealtimePublisher } from '@convene/realtime';

/** The most first posts a forum may hold for a new guest. */
export const MAX_GUEST_POSTS_HELD = 20;

/**
 * Forum guests, seen from the coordinators and moderators: turning a guest into a member and a
 * member who joined through a forum invitation into a guest (coordinators), and the per-forum
 * rule that holds a new guest's first posts for a moderator. Removing a guest from a forum is
 * `ForumsService.removeMember`, as for anyone.
 */
@Injectable()
export class ForumGuestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
  ) {}

  /** A coordinator makes a guest a member of the partnership. Audited; open sockets follow at once. */
  makeMember(actor: Actor, personId: string) {
    return this.changeRole(actor, personId, PartnershipRole.GUEST, PartnershipRole.MEMBER);
  }

  /** A coordinator makes a member who came in through a forum invitation a guest of their forums. */
  makeGuest(actor: Actor, personId: string) {
    return this.changeRole(actor, personId, PartnershipRole.MEMBER, PartnershipRole.GUEST);
  }

  /**
   * Members who joined through a forum invitation (before guests existed, or made members
   * since): for the coordinators' review, with the forum that brought them in.
   */
  async joinedThroughForums(actor: Actor): Promise<{ personId: string; forumId: string | null }[]> {
    this.access.assertCan(actor, Capability.forumGuestsManage);
    return this.db.query(
      `SELECT p.id AS "personId", p.joined_through_forum_id AS "forumId" FROM person p JOIN account a ON a.id = p.account_id
        WHERE p.partnership_id = $1 AND p.role = 'MEMBER' AND p.joined_through_forum_id IS NOT NULL AND p.deactivated_at IS NULL
        ORDER BY lower(a.name), p.id`,
      [actor.partnershipId],
    );
  }

  /** The partnership's guests, for the coordinators' people page. */
  async guests(actor: Actor): Promise<string[]> {
    this.access.assertCan(actor, Capability.forumGuestsManage);
    const found: { id: string }[] = await this.db.query(
      `SELECT p.id FROM person p JOIN account a ON a.id = p.account_id WHERE p.partnership_id = $1 AND p.role = 'GUEST' AND p.deactivated_at IS NULL ORDER BY lower(a.name), p.id`,
      [actor.partnershipId],
    );
    return found.map((r) => r.id);
  }

  /** Moderators choose how many of a new guest's first posts wait for approval (0 to 20). Audited. */
  async setPostsHeld(actor: Actor, forumId: string, count: number): Promise<number> {
    assertUuid(forumId, 'forumId');
    if (!Number.isInteger(count) || count < 0 || count > MAX_GUEST_POSTS_HELD) throw badInput(`Hold between 0 and ${MAX_GUEST_POSTS_HELD} of a new guest’s first posts.`, { field: 'count' });
    await this.access.assertAccess(actor, Permission.forumModerate, forumId, 'Forum');
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE forum SET guest_posts_held = $2, updated_at = now() WHERE id = $1`, [forumId, count]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'forum.guest-posts-held', subjectType: 'forum', subjectId: forumId, detail: { count } }, tx);
    });
    return count;
  }

  private async changeRole(actor: Actor, personId: string, from: PartnershipRole, to: PartnershipRole): Promise<string> {
    assertUuid(personId, 'personId');
    this.access.assertCan(actor, Capability.forumGuestsManage);
    const [person] = await this.db.query<{ accountId: string; role: PartnershipRole; joinedThroughForum: boolean }[]>(
      `SELECT account_id AS "accountId", role, joined_through_forum_id IS NOT NULL AS "joinedThroughForum" FROM person WHERE id = $1 AND partnership_id = $2 AND deactivated_at IS NULL`,
      [personId, actor.partnershipId],
    );
    if (!person) throw notFound('Person');
    if (to === PartnershipRole.GUEST && !person.joinedThroughForum) throw conflict('Only someone who joined through a forum invitation can be made a guest.');
    const as = (role: PartnershipRole): Actor => ({ accountId: person.accountId, personId, partnershipId: actor.partnershipId, role, sessionId: '' });
    const had = await this.access.forumsOf(as(person.role));
    const changed = await this.db.transaction(async (tx) => {
      // Conditional on the role it had, so two coordinators' clicks change it (and audit it) once.
      const updated = await rows(tx, `UPDATE person SET role = $3, updated_at = now() WHERE id = $1 AND role = $2 RETURNING id`, [personId, from, to]);
      if (!updated.length) return false;
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: to === PartnershipRole.GUEST ? 'person.made-guest' : 'person.made-member', subjectType: 'person', subjectId: personId, detail: { from, to } }, tx);
      return true;
    });
    if (!changed) throw conflict(to === PartnershipRole.MEMBER ? 'This person is not a forum guest.' : 'This person is not a member.');
    if (changed) {
      // Open sockets follow at once, on every forum instance: rooms lost are left, rooms gained joined.
      const has = await this.access.forumsOf(as(to));
      for (const forumId of had.keys()) if (!has.has(forumId)) this.realtime.removedFromForum([personId], forumId);
      for (const forumId of has.keys()) if (!had.has(forumId)) this.realtime.addedToForum([personId], forumId);
    }
    return personId;
  }
}

/**
 * Should a new post by `authorPersonId` in `forumId` wait for a moderator as one of a new guest's
 * first posts? Yes while the author is a guest and fewer than the forum's `guest_posts_held` of
 * their posts there have been delivered (approved, or never held). One statement, read in the
 * posting transaction.
 */
export async function holdsGuestPost(db: Pick<DataSource, 'query'>, forumId: string, authorPersonId: string): Promise<boolean> {
  const [row] = await db.query(
    `SELECT f.guest_posts_held > (SELECT count(*) FROM post p WHERE p.forum_id = f.id AND p.author_person_id = pe.id AND p.held_reason IS NULL) AS held
       FROM forum f JOIN person pe ON pe.id = $2 AND pe.role = 'GUEST' AND pe.partnership_id = f.partnership_id
      WHERE f.id = $1`,
    [forumId, authorPersonId],
  );
  return row?.held === true;
}

/** Per person: are they a forum guest, and the organisation they typed (only where contact details may be read). */
export async function guestFacts(db: DataSource, access: AccessService, actor: Actor, ids: readonly string[]): Promise<Map<string, { guest: boolean; organisationName: string | null }>> {
  const found: { id: string; guest: boolean; organisationName: string | null }[] = await db.query(
    `SELECT id, role = 'GUEST' AS guest, organisation_name AS "organisationName" FROM person WHERE id = ANY($1::uuid[]) AND partnership_id = $2`,
    [ids, actor.partnershipId],
  );
  const contact = found.length ? await access.requireAccess({ actor, permission: Permission.personContactRead, ids: found.map((r) => r.id) }) : new Set<string>();
  return new Map(found.map((r) => [r.id, { guest: r.guest, organisationName: contact.has(r.id) ? r.organisationName : null }]));
}
