import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { assertUuid, rows } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { assertSingleLine } from '@convene/graphql-kit';
import { RealtimePublisher } from '@convene/realtime';
import { FORUM_COLUMNS, type ForumRow } from './rows';
import { afterMarker, newsFor, notMuted } from './following/follow-sql';

export type ForumRole = 'MEMBER' | 'MODERATOR';

export interface ForumMemberRow {
  personId: string;
  role: ForumRole;
  /** Member through the forum's group rather than added by hand. */
  viaGroup: boolean;
}

/** Forums and who is in them. */
@Injectable()
export class ForumsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
  ) {}

  /** The forums the actor is in, with their grade, newest activity first. */
  async mine(actor: Actor): Promise<ForumRow[]> {
    const ids = [...(await this.access.forumsOf(actor)).keys()];
    if (!ids.length) return [];
    return this.db.query(
      `SELECT ${FORUM_COLUMNS} FROM forum f WHERE f.id = ANY($1::uuid[])
        ORDER BY (SELECT max(t.last_post_at) FROM thread t WHERE t.forum_id = f.id) DESC NULLS LAST, f.name`,
      [ids],
    );
  }

  async get(actor: Actor, id: string): Promise<ForumRow> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.forumRead, id, 'Forum');
    const [forum] = await this.db.query(`SELECT ${FORUM_COLUMNS} FROM forum f WHERE f.id = $1`, [id]);
    return forum;
  }

  /**
   * Coordinators create standalone forums on a topic; a group's chair, secretary or a
   * coordinator creates the group's forum. The creator moderates it.
   */
  async create(actor: Actor, input: { name: string; description?: string | null; groupId?: string | null }): Promise<ForumRow> {
    const name = input.name.trim();
    if (!name || name.length > 120) throw badInput('A forum needs a name of up to 120 characters.');
    assertSingleLine(name, 'name');
    if (input.groupId) {
      assertUuid(input.groupId, 'groupId');
      await this.access.assertAccess(actor, Permission.groupManage, input.groupId, 'Group');
    } else {
      this.access.assertCan(actor, Capability.forumCreate);
    }
    const forum = await this.db
      .transaction(async (tx) => {
        const [row] = await rows<ForumRow>(
          tx,
          `INSERT INTO forum AS f (partnership_id, group_id, name, description, created_by_person_id) VALUES ($1, $2, $3, $4, $5) RETURNING ${FORUM_COLUMNS}`,
          [actor.partnershipId, input.groupId ?? null, name, input.description?.trim().slice(0, 2000) || null, actor.personId],
        );
        await tx.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, 'MODERATOR')`, [row.id, actor.personId]);
        await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'forum.created', subjectType: 'forum', subjectId: row.id }, tx);
        return row;
      })
      .catch((error: unknown) => {
        const { code, constraint } = error as { code?: string; constraint?: string };
        if (code === '23505' && constraint === 'forum_group_key') throw conflict('The group already has a forum.');
        if (code === '23505') throw conflict('There is already a forum with that name.');
        throw error;
      });
    this.access.forget(actor);
    this.realtime.addedToForum(await this.memberIds(forum.id), forum.id);
    return forum;
  }

  /**
   * The group's forum, created on first need (for inputs threads). Found by the group's id only:
   * a forum that merely shares the group's name is someone else's and is never adopted.
   */
  async forGroup(actor: Actor, groupId: string, groupName: string, manager: EntityManager = this.db.manager): Promise<string> {
    const own = async () => ((await manager.query(`SELECT id FROM forum WHERE group_id = $1`, [groupId])) as { id: string }[])[0]?.id;
    const existing = await own();
    if (existing) return existing;
    const name = groupName.slice(0, 120);
    const [created] = await rows<{ id: string }>(
      manager,
      `INSERT INTO forum (partnership_id, group_id, name, description, created_by_person_id) VALUES ($1, $2, $3, 'Discussion and inputs for the group’s meetings.', $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [actor.partnershipId, groupId, name, actor.personId],
    );
    const id = created?.id ?? (await own());
    if (!id) throw conflict(`Another forum is already called “${name}”. Rename that forum or the group, then try again.`);
    return id;
  }

  async members(actor: Actor, forumId: string): Promise<ForumMemberRow[]> {
    await this.access.assertAccess(actor, Permission.forumRead, forumId, 'Forum');
    return this.db.query(
      `SELECT fm.person_id AS "personId", fm.role, false AS "viaGroup" FROM forum_member fm JOIN person p ON p.id = fm.person_id
        WHERE fm.forum_id = $1 AND p.deactivated_at IS NULL
       UNION ALL
       SELECT gm.person_id, CASE WHEN gm.role IN ('CHAIR', 'SECRETARY') THEN 'MODERATOR' ELSE 'MEMBER' END, true
         FROM forum f JOIN group_member gm ON gm.group_id = f.group_id JOIN person p ON p.id = gm.person_id
        WHERE f.id = $1 AND p.deactivated_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM forum_member fm WHERE fm.forum_id = f.id AND fm.person_id = gm.person_id)
          AND NOT EXISTS (SELECT 1 FROM forum_exclusion e WHERE e.forum_id = f.id AND e.person_id = gm.person_id)`,
      [forumId],
    );
  }

  /** Moderators add someone from the partnership, or change their forum role. Audited. */
  async setMember(actor: Actor, forumId: string, personId: string, role: ForumRole): Promise<void> {
    assertUuid(forumId, 'forumId');
    assertUuid(personId, 'personId');
    await this.access.assertAccess(actor, Permission.forumModerate, forumId, 'Forum');
    await this.access.assertAccess(actor, Permission.personRead, personId, 'Person');
    await this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM forum_exclusion WHERE forum_id = $1 AND person_id = $2`, [forumId, personId]);
      await tx.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, $3) ON CONFLICT (forum_id, person_id) DO UPDATE SET role = excluded.role`, [forumId, personId, role]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'forum.member-set', subjectType: 'forum', subjectId: forumId, detail: { personId, role } }, tx);
    });
    this.access.forget(actor);
    this.realtime.addedToForum([personId], forumId);
  }

  /**
   * Removes someone, including a member through the group; their sockets leave the forum's room
   * on every instance at once. Audited.
   */
  async removeMember(actor: Actor, forumId: string, personId: string): Promise<void> {
    assertUuid(forumId, 'forumId');
    assertUuid(personId, 'personId');
    await this.access.assertAccess(actor, Permission.forumModerate, forumId, 'Forum');
    const removed = await this.db.transaction(async (tx) => {
      const explicit = await rows(tx, `DELETE FROM forum_member WHERE forum_id = $1 AND person_id = $2 RETURNING person_id`, [forumId, personId]);
      const [viaGroup] = await tx.query(`SELECT 1 FROM forum f JOIN group_member gm ON gm.group_id = f.group_id WHERE f.id = $1 AND gm.person_id = $2`, [forumId, personId]);
      if (viaGroup) await tx.query(`INSERT INTO forum_exclusion (forum_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [forumId, personId]);
      if (!explicit.length && !viaGroup) return false;
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'forum.member-removed', subjectType: 'forum', subjectId: forumId, detail: { personId } }, tx);
      return true;
    });
    if (!removed) throw notFound('Member');
    this.access.forget(actor);
    this.realtime.removedFromForum([personId], forumId);
  }

  /** Unread posts per forum for the actor (not their own, not hidden or held, not in what they muted). */
  async unreadCounts(actor: Actor, forumIds: readonly string[]): Promise<Map<string, number>> {
    if (!forumIds.length) return new Map();
    const found: { forumId: string; unread: number }[] = await this.db.query(
      // Counted per thread first, so the mute rule is asked once per thread rather than per post.
      `SELECT x."forumId", sum(x.unread)::int AS unread FROM (
         SELECT p.forum_id AS "forumId", p.thread_id AS "threadId", count(*) AS unread
           FROM post p LEFT JOIN thread_read r ON r.thread_id = p.thread_id AND r.person_id = $2
          WHERE p.forum_id = ANY($1::uuid[]) AND ${newsFor('p', '$2')} AND ${afterMarker('p', 'r')}
          GROUP BY p.forum_id, p.thread_id) x
        WHERE ${notMuted('x."threadId"', 'x."forumId"', '$2')}
        GROUP BY x."forumId"`,
      [forumIds, actor.personId],
    );
    return new Map(found.map((r) => [r.forumId, r.unread]));
  }

  /** Reports awaiting a moderator. */
  async openReports(actor: Actor, forumId: string): Promise<{ id: string; postId: string; threadId: string; path: string; reporterPersonId: string | null; reason: string; createdAt: Date }[]> {
    await this.access.assertAccess(actor, Permission.forumModerate, forumId, 'Forum');
    const found: { id: string; postId: string; threadId: string; reporterPersonId: string | null; reason: string; createdAt: Date }[] = await this.db.query(
      `SELECT r.id, r.post_id AS "postId", p.thread_id AS "threadId", r.reporter_person_id AS "reporterPersonId", r.reason, r.created_at AS "createdAt"
         FROM post_report r JOIN post p ON p.id = r.post_id WHERE p.forum_id = $1 AND r.resolved_at IS NULL ORDER BY r.created_at`,
      [forumId],
    );
    // Each report links to the post itself, in its thread.
    return found.map((r) => ({ ...r, path: `/forums/${forumId}/threads/${r.threadId}#post-${r.postId}` }));
  }

  async resolveReport(actor: Actor, reportId: string): Promise<void> {
    assertUuid(reportId);
    const [report] = await this.db.query(`SELECT p.forum_id AS "forumId" FROM post_report r JOIN post p ON p.id = r.post_id WHERE r.id = $1`, [reportId]);
    if (!report) throw notFound('Report');
    await this.access.assertAccess(actor, Permission.forumModerate, report.forumId, 'Report');
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE post_report SET resolved_at = now(), resolved_by_person_id = $2 WHERE id = $1`, [reportId, actor.personId]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'post.report-resolved', subjectType: 'post_report', subjectId: reportId }, tx);
    });
  }

  private async memberIds(forumId: string): Promise<string[]> {
    const found: { personId: string }[] = await this.db.query(
      `SELECT person_id AS "personId" FROM forum_member WHERE forum_id = $1
       UNION SELECT gm.person_id FROM forum f JOIN group_member gm ON gm.group_id = f.group_id WHERE f.id = $1`,
      [forumId],
    );
    return found.map((r) => r.personId);
  }
}
