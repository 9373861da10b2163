import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { assertUuid, rows } from '@convene/database';
import { conflict, notFound } from '@convene/errors';
import { mentionedIds } from '@convene/markdown';
import { RealtimePublisher } from '@convene/realtime';
import type { PersonalDataMode } from '../guard/guard';
import { holdsGuestPost } from '../guests/guests.service';
import { POST_COLUMNS, toPostPayload, type HeldReason, type PostRow } from '../rows';

/** Same lock as PostsService's IN_CHANGE_ORDER (not imported: posts.service imports this file). */
const IN_CHANGE_ORDER = `SELECT pg_advisory_xact_lock(hashtext('forum_change_seq'))`;

export interface HeldPostRow extends PostRow {
  heldAt: Date;
  threadTitle: string;
  /** What the guard found (kinds only), and the author's reason for posting anyway. */
  guardKinds: string[];
  guardReason: string | null;
}

type Db = Pick<EntityManager | DataSource, 'query'>;

/**
 * Posts that wait for a moderator: a new guest's first posts (FIRST_POST, the forum's
 * `guest_posts_held`), or posts the personal-data guard sends for approval (PERSONAL_DATA).
 * A held post is stored but not delivered: no forum room event, no mentions, no digest, no
 * watchers, no unread count (`held_reason IS NULL` means delivered). Approval delivers it once:
 * the conditional update on `held_decision IS NULL` succeeds for one moderator only, and only
 * that one announces it and records its mentions. Rejection keeps it from everyone else for good.
 */
@Injectable()
export class HeldPostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
  ) {}

  /** The forum's personal-data guard setting. */
  async modeOf(forumId: string, db: Db = this.db): Promise<PersonalDataMode> {
    const [forum] = await db.query(`SELECT personal_data_mode AS mode FROM forum WHERE id = $1`, [forumId]);
    return forum?.mode ?? 'WARN';
  }

  /** Why a new post by the actor in this forum must wait, if it must: the guard's verdict first, then the guest rule. */
  async reasonToHold(actor: Actor, forumId: string, guardHolds: boolean, db: Db = this.db): Promise<HeldReason | null> {
    if (guardHolds) return 'PERSONAL_DATA';
    return (await holdsGuestPost(db, forumId, actor.personId)) ? 'FIRST_POST' : null;
  }

  /** Tells the forum's moderators and the author, on their own sockets only, that a post waits. */
  async announceHeld(post: PostRow, reason: HeldReason, kinds: string[]): Promise<void> {
    const people = new Set([...(await this.moderatorsOf(post.forumId)), ...(post.authorPersonId ? [post.authorPersonId] : [])]);
    this.realtime.postHeld([...people], { post: toPostPayload(post), reason, kinds });
  }

  /** Active people who moderate the forum (forum moderators, the group's chair and secretary, coordinators). */
  async moderatorsOf(forumId: string): Promise<string[]> {
    const people: { id: string }[] = await this.db.query(
      `SELECT p.id FROM forum f JOIN person p ON p.partnership_id = f.partnership_id AND p.deactivated_at IS NULL WHERE f.id = $1`,
      [forumId],
    );
    return [...(await this.access.audience(Permission.forumModerate, forumId, people.map((p) => p.id)))];
  }

  /** Posts waiting in the forums the actor moderates (or one of them), oldest first. */
  async queue(actor: Actor, forumId?: string | null): Promise<HeldPostRow[]> {
    if (forumId) assertUuid(forumId, 'forumId');
    const candidates = forumId ? [forumId] : [...(await this.access.forumsOf(actor)).keys()];
    const forums = [...(await this.access.requireAccess({ actor, permission: Permission.forumModerate, ids: candidates }))];
    if (!forums.length) return [];
    return this.db.query(
      `SELECT ${POST_COLUMNS}, p.held_at AS "heldAt", t.title AS "threadTitle", coalesce(p.guard_kinds, '{}') AS "guardKinds", p.guard_reason AS "guardReason"
         FROM post p JOIN thread t ON t.id = p.thread_id
        WHERE p.forum_id = ANY($1::uuid[]) AND p.held_reason IS NOT NULL AND p.held_decision IS NULL
        ORDER BY p.held_at LIMIT 200`,
      [forums],
    );
  }

  /** Approves a held post: delivered now, once, as if just posted (it joins the end of its thread). */
  async approve(actor: Actor, postId: string): Promise<PostRow> {
    assertUuid(postId);
    await this.access.assertAccess(actor, Permission.postModerate, postId, 'Post');
    const approved = await this.db.transaction(async (tx) => {
      await tx.query(IN_CHANGE_ORDER);
      const [post] = await rows<{ threadId: string; forumId: string; body: string; authorPersonId: string | null }>(
        tx,
        `UPDATE post SET held_reason = NULL, held_decision = 'APPROVED', held_decided_at = now(), held_decided_by_person_id = $2,
                created_seq = nextval('forum_change_seq'), change_seq = nextval('forum_change_seq')
          WHERE id = $1 AND held_reason IS NOT NULL AND held_decision IS NULL
          RETURNING thread_id AS "threadId", forum_id AS "forumId", body_markdown AS body, author_person_id AS "authorPersonId"`,
        [postId, actor.personId],
      );
      if (!post) return null;
      const [thread] = await rows<{ released: boolean }>(
        tx,
        `UPDATE thread t SET last_post_at = now(), held_reason = NULL FROM (SELECT held_reason IS NOT NULL AS released FROM thread WHERE id = $1) b
          WHERE t.id = $1 RETURNING b.released`,
        [post.threadId],
      );
      // Mentions were not recorded while held: recorded now, so the mention email goes out once, after approval.
      const readers = await this.access.audience(Permission.forumRead, post.forumId, mentionedIds(post.body).filter((id) => id !== post.authorPersonId));
      if (readers.size) await tx.query(`INSERT INTO post_mention (post_id, person_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [postId, [...readers]]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'post.approved', subjectType: 'post', subjectId: postId, detail: { forumId: post.forumId } }, tx);
      return { ...post, threadReleased: thread.released };
    });
    if (!approved) throw conflict('This post has already been decided.');
    const post = await this.byId(postId);
    this.realtime.postCreated(toPostPayload(post));
    await this.announceDecision(post, 'APPROVED');
    return post;
  }

  /** Rejects a held post: it stays with its author, marked not approved, and reaches no one else. */
  async reject(actor: Actor, postId: string): Promise<PostRow> {
    assertUuid(postId);
    await this.access.assertAccess(actor, Permission.postModerate, postId, 'Post');
    const rejected = await this.db.transaction(async (tx) => {
      await tx.query(IN_CHANGE_ORDER);
      const [post] = await rows<{ forumId: string }>(
        tx,
        `UPDATE post SET held_decision = 'REJECTED', held_decided_at = now(), held_decided_by_person_id = $2, change_seq = nextval('forum_change_seq')
          WHERE id = $1 AND held_reason IS NOT NULL AND held_decision IS NULL RETURNING forum_id AS "forumId"`,
        [postId, actor.personId],
      );
      if (!post) return false;
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'post.rejected', subjectType: 'post', subjectId: postId, detail: { forumId: post.forumId } }, tx);
      return true;
    });
    if (!rejected) throw conflict('This post has already been decided.');
    const post = await this.byId(postId);
    await this.announceDecision(post, 'REJECTED');
    return post;
  }

  private async announceDecision(post: PostRow, decision: 'APPROVED' | 'REJECTED'): Promise<void> {
    const people = new Set([...(await this.moderatorsOf(post.forumId)), ...(post.authorPersonId ? [post.authorPersonId] : [])]);
    this.realtime.postDecided([...people], { postId: post.id, threadId: post.threadId, forumId: post.forumId, decision });
  }

  private async byId(id: string): Promise<PostRow> {
    const [post] = await this.db.query<PostRow[]>(`SELECT ${POST_COLUMNS} FROM post p WHERE p.id = $1`, [id]);
    if (!post) throw notFound('Post');
    return post;
  }
}
