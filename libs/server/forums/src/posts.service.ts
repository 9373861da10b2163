import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { Clock } from '@convene/clock';
import { AccessService, FORUM_GRADES, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { SOCKET_LIMITS, type CatchUpReply } from '@convene/contracts';
import { assertUuid, rows } from '@convene/database';
import { badInput, conflict, notFound, tooManyRequests } from '@convene/errors';
import { RealtimePublisher } from '@convene/realtime';
import { REDIS, WriteLimits } from '@convene/redis';
import { FORUMS_OPTIONS, type ForumsOptions } from './forums.options';
import { mentionedIds, renderMarkdown } from '@convene/markdown';
import { resolvePlainMentions } from './mentions';
import { POST_COLUMNS, toPostPayload, type PostRow } from './rows';
import { afterMarker, newsFor, notMuted } from './following/follow-sql';
import { guardTexts, type GuardOutcome, type PersonalDataConsent } from './guard/guard';
import { HeldPostsService } from './held/held-posts.service';

/**
 * Writes that take a change number hold this lock until they commit, so change numbers become
 * visible in order and a catch-up cursor can never skip a post committed late. Forum writes are
 * people typing: serialising them costs nothing that matters.
 */
export const IN_CHANGE_ORDER = `SELECT pg_advisory_xact_lock(hashtext('forum_change_seq'))`;

const CLIENT_ID = /^[A-Za-z0-9._:-]{1,100}$/;
const CATCH_UP_PAGE = 500;

export interface NewPost {
  threadId: string;
  clientId: string;
  body: string;
  replyToId?: string | null;
  /** The author's answer to a PERSONAL_DATA refusal. */
  personalData?: PersonalDataConsent | null;
  /** A new thread's guard verdict, already decided over its title and this body together. */
  guarded?: GuardOutcome<'body'>;
}

/** Normalises a post body, or refuses it with a reason the author can act on. */
export function postBody(body: unknown): string {
  if (typeof body !== 'string') throw badInput('Write something to post.');
  const text = body.replace(/\r\n?/g, '\n').trim();
  if (!text) throw badInput('Write something to post.');
  if (text.length > SOCKET_LIMITS.maxPostLength) throw badInput(`Posts can be up to ${SOCKET_LIMITS.maxPostLength.toLocaleString('en-GB')} characters.`);
  return text;
}

/**
 * Posts, whichever door they come through: GraphQL in the API or a socket event in the forum
 * service. The database is the record; announcements go out through the Redis emitter after
 * the commit.
 */
@Injectable()
export class PostsService {
  private readonly postingRate: RateLimiterRedis;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
    @Inject(REDIS) redis: Redis,
    @Inject(FORUMS_OPTIONS) options: ForumsOptions,
    private readonly limits: WriteLimits,
    private readonly clock: Clock,
    private readonly held: HeldPostsService,
  ) {
    this.postingRate = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${options.redisPrefix}:posting`, points: options.postsPerMinute, duration: 60 });
  }

  async byIds(ids: readonly string[]): Promise<Map<string, PostRow>> {
    const found = ids.length ? await this.db.query<PostRow[]>(`SELECT ${POST_COLUMNS} FROM post p WHERE p.id = ANY($1::uuid[])`, [ids]) : [];
    return new Map(found.map((r) => [r.id, r]));
  }

  async get(actor: Actor, id: string): Promise<PostRow> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.postRead, id, 'Post');
    const post = (await this.byIds([id])).get(id);
    if (!post) throw notFound('Post');
    return post;
  }

  /**
   * Creates a post once per (author, clientId): sending the same client id again returns the
   * first post and announces nothing new, so a retried send never makes a duplicate.
   */
  async create(actor: Actor, input: NewPost): Promise<{ post: PostRow; created: boolean }> {
    assertUuid(input.threadId, 'threadId');
    if (typeof input.clientId !== 'string' || !CLIENT_ID.test(input.clientId)) throw badInput('clientId must be 1 to 100 letters, digits or . _ : -');
    const typed = postBody(input.body);
    const existing = await this.byClientId(actor, input.clientId);
    if (existing) return { post: existing, created: false };

    // A new thread's opening post was allowed with the thread (forumPost), which may already be held.
    if (!input.guarded) await this.access.assertAccess(actor, Permission.threadPost, input.threadId, 'Thread');
    const [thread] = await this.db.query<{ forumId: string; locked: boolean; held: boolean }[]>(
      `SELECT forum_id AS "forumId", (locked OR coalesce(locks_at <= $2::timestamptz, false)) AS locked, held_reason IS NOT NULL AS held FROM thread WHERE id = $1`,
      [input.threadId, this.clock.now()],
    );
    if (!thread) throw notFound('Thread');
    if (thread.locked) throw conflict('This thread is locked: no new posts.');
    // Only a moderator gets here for a held thread (the policy layer): its replies would be delivered before it.
    if (thread.held && !input.guarded) throw conflict('This thread is waiting for a moderator’s approval: approve it first.');
    if (input.replyToId) {
      assertUuid(input.replyToId, 'replyToId');
      const [reply] = await this.db.query(`SELECT 1 FROM post WHERE id = $1 AND thread_id = $2`, [input.replyToId, input.threadId]);
      if (!reply) throw badInput('You can only reply to a post in the same thread.');
    }
    // The personal-data guard, on the server for every door (GraphQL, sockets, emailed replies).
    const guard = input.guarded ?? guardTexts({ body: typed }, await this.held.modeOf(thread.forumId), input.personalData);
    await this.consumePostingAllowance(actor);
    const body = await resolvePlainMentions(this.db, this.access, thread.forumId, guard.texts.body);
    const holdReason = await this.held.reasonToHold(actor, thread.forumId, guard.hold);
    // A held post's mentions are recorded when it is approved, so nobody is told of it before.
    const mentions = holdReason ? [] : await this.mentionable(actor, thread.forumId, mentionedIds(body));

    const inserted = await this.db.transaction(async (tx) => {
      await tx.query(IN_CHANGE_ORDER);
      const [row] = await rows<{ id: string }>(
        tx,
        `INSERT INTO post (thread_id, forum_id, author_person_id, client_id, reply_to_post_id, body_markdown, body_html, held_reason, held_at, guard_kinds, guard_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8::text IS NOT NULL THEN now() END, $9, $10)
         ON CONFLICT (author_person_id, client_id) DO NOTHING RETURNING id`,
        [input.threadId, thread.forumId, actor.personId, input.clientId, input.replyToId ?? null, body, renderMarkdown(body), holdReason, guard.kinds.length ? guard.kinds : null, guard.reason],
      );
      if (!row) return null; // the same client id raced in from another connection
      if (holdReason) {
        // A held opening post holds its thread: nobody else sees the thread (nor its title) until approval.
        await tx.query(`UPDATE thread t SET held_reason = $2 WHERE t.id = $1 AND NOT EXISTS (SELECT 1 FROM post p WHERE p.thread_id = t.id AND p.id <> $3)`, [input.threadId, holdReason, row.id]);
      } else {
        await tx.query(`UPDATE thread SET last_post_at = now() WHERE id = $1`, [input.threadId]);
      }
      if (mentions.length) await tx.query(`INSERT INTO post_mention (post_id, person_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [row.id, mentions]);
      // Held, or kept despite the guard: audited with the kinds and the author's reason, never the values.
      if (holdReason || guard.reason) {
        await this.audit.record(
          {
            partnershipId: actor.partnershipId,
            actorPersonId: actor.personId,
            action: holdReason ? 'post.held' : 'post.posted-anyway',
            subjectType: 'post',
            subjectId: row.id,
            detail: { forumId: thread.forumId, ...(holdReason ? { heldReason: holdReason } : {}), kinds: guard.kinds, ...(guard.reason ? { authorReason: guard.reason } : {}) },
          },
          tx,
        );
      }
      return row.id;
    });
    if (!inserted) return { post: (await this.byClientId(actor, input.clientId))!, created: false };
    const post = (await this.byIds([inserted])).get(inserted)!;
    if (holdReason) await this.held.announceHeld(post, holdReason, guard.kinds);
    else this.realtime.postCreated(toPostPayload(post));
    return { post, created: true };
  }

  /** Authors edit their own posts, POST_EDITS_PER_MINUTE at most; every earlier version is kept. */
  async edit(actor: Actor, id: string, rawBody: string, personalData?: PersonalDataConsent | null): Promise<PostRow> {
    assertUuid(id);
    const typed = postBody(rawBody);
    await this.access.assertAccess(actor, Permission.postEdit, id, 'Post');
    const [{ forumId, held }] = await this.db.query(`SELECT forum_id AS "forumId", held_reason IS NOT NULL AS held FROM post WHERE id = $1`, [id]);
    const guard = guardTexts({ body: typed }, await this.held.modeOf(forumId), personalData);
    // A delivered post cannot be taken back to wait for a moderator; a held one simply stays held.
    if (guard.hold && !held) throw conflict('In this forum, posts naming someone wait for a moderator, and an edit cannot: remove it for me, or write a new post.', { kinds: guard.kinds });
    await this.limits.consume('post-edit', actor.personId);
    const body = await resolvePlainMentions(this.db, this.access, forumId, guard.texts.body);
    // People newly mentioned by an edit are told too; those mentioned before are not told again.
    const mentions = held ? [] : await this.mentionable(actor, forumId, mentionedIds(body));
    await this.db.transaction(async (tx) => {
      await tx.query(IN_CHANGE_ORDER);
      const [current] = await tx.query(
        `SELECT p.body_markdown AS body, (t.locked OR coalesce(t.locks_at <= $2::timestamptz, false)) AS locked FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.id = $1 FOR UPDATE OF p`,
        [id, this.clock.now()],
      );
      if (current.locked) throw conflict('This thread is locked: posts can no longer be edited.');
      if (current.body === body) return;
      await tx.query(`INSERT INTO post_revision (post_id, body_markdown, edited_by_person_id) VALUES ($1, $2, $3)`, [id, current.body, actor.personId]);
      await tx.query(
        `UPDATE post SET body_markdown = $2, body_html = $3, edited_at = now(), change_seq = nextval('forum_change_seq'),
                guard_kinds = coalesce($4, guard_kinds), guard_reason = coalesce($5, guard_reason) WHERE id = $1`,
        [id, body, renderMarkdown(body), guard.kinds.length ? guard.kinds : null, guard.reason],
      );
      if (mentions.length) await tx.query(`INSERT INTO post_mention (post_id, person_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [id, mentions]);
    });
    return this.announceUpdate(id);
  }

  /** Moderators hide a post with a reason (shown in its place), or show it again. Audited. */
  async setHidden(actor: Actor, id: string, hidden: boolean, reason?: string | null): Promise<PostRow> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.postModerate, id, 'Post');
    const why = reason?.trim().slice(0, 500) || null;
    if (hidden && !why) throw badInput('Give a reason for hiding the post; members see it in its place.');
    await this.db.transaction(async (tx) => {
      await tx.query(IN_CHANGE_ORDER);
      const [post] = await rows<{ forumId: string }>(
        tx,
        `UPDATE post SET hidden_at = CASE WHEN $2 THEN now() END, hidden_reason = CASE WHEN $2 THEN $3 END, hidden_by_person_id = CASE WHEN $2 THEN $4::uuid END,
                change_seq = nextval('forum_change_seq')
          WHERE id = $1 RETURNING forum_id AS "forumId"`,
        [id, hidden, why, actor.personId],
      );
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: hidden ? 'post.hidden' : 'post.shown', subjectType: 'post', subjectId: id, detail: { forumId: post.forumId, reason: why } }, tx);
    });
    return this.announceUpdate(id);
  }

  async revisions(actor: Actor, id: string): Promise<{ id: string; bodyMarkdown: string; editedByPersonId: string | null; createdAt: Date }[]> {
    await this.access.assertAccess(actor, Permission.postRead, id, 'Post');
    return this.db.query(
      `SELECT id, body_markdown AS "bodyMarkdown", edited_by_person_id AS "editedByPersonId", created_at AS "createdAt" FROM post_revision WHERE post_id = $1 ORDER BY created_at`,
      [id],
    );
  }

  /** A thread's posts in order, `first` at a time after a cursor (the post's position). */
  async list(actor: Actor, threadId: string, first: number, after?: string | null): Promise<{ posts: PostRow[]; more: boolean }> {
    assertUuid(threadId);
    await this.access.assertAccess(actor, Permission.threadRead, threadId, 'Thread');
    const from = after && /^\d{1,18}$/.test(after) ? after : '0';
    // Held posts: their author and the forum's moderators only.
    const moderator = (await this.access.requireAccess({ actor, permission: Permission.threadModerate, ids: [threadId] })).has(threadId);
    const found = await this.db.query<PostRow[]>(
      `SELECT ${POST_COLUMNS} FROM post p WHERE p.thread_id = $1 AND p.created_seq > $2::bigint
          AND (p.held_reason IS NULL OR $4 OR p.author_person_id = $5) ORDER BY p.created_seq LIMIT $3`,
      [threadId, from, first + 1, moderator, actor.personId],
    );
    return { posts: found.slice(0, first), more: found.length > first };
  }

  /**
   * Everything that changed after `after` in the forums the actor may read now (or one of them),
   * from PostgreSQL: a reconnecting client misses nothing, whatever happened to Redis.
   */
  async catchUp(actor: Actor, after: string | null, forumId?: string | null): Promise<CatchUpReply> {
    if (after !== null && !(typeof after === 'string' && /^\d{1,18}$/.test(after))) throw badInput('The cursor is not valid; send null to start again.');
    const grades = await this.access.forumsOf(actor);
    const readable = [...grades.keys()];
    const moderated = readable.filter((id) => (grades.get(id) ?? 0) >= FORUM_GRADES.MODERATE);
    if (forumId) assertUuid(forumId, 'forumId');
    const forums = forumId ? readable.filter((id) => id === forumId) : readable;
    if (forumId && !forums.length) throw notFound('Forum');
    const found = forums.length
      ? await this.db.query<PostRow[]>(
          `SELECT ${POST_COLUMNS} FROM post p WHERE p.forum_id = ANY($1::uuid[]) AND p.change_seq > $2::bigint
              AND (p.held_reason IS NULL OR p.forum_id = ANY($4::uuid[]) OR p.author_person_id = $5) ORDER BY p.change_seq LIMIT $3`,
          [forums, after ?? '0', CATCH_UP_PAGE + 1, moderated, actor.personId],
        )
      : [];
    const page = found.slice(0, CATCH_UP_PAGE);
    const cursor = page.length ? page[page.length - 1].changeSeq : (after ?? (await this.currentCursor()));
    return { posts: page.map(toPostPayload), cursor, more: found.length > CATCH_UP_PAGE };
  }

  /** Marks a thread read up to and including a post; returns what is still unread there. */
  async markRead(actor: Actor, threadId: string, postId?: string | null): Promise<number> {
    assertUuid(threadId, 'threadId');
    await this.access.assertAccess(actor, Permission.threadRead, threadId, 'Thread');
    if (postId) assertUuid(postId, 'postId');
    const [{ forumId, lastRead }] = await this.db.query(
      `INSERT INTO thread_read AS r (thread_id, person_id, last_read_seq)
       SELECT $1, $2, coalesce((SELECT created_seq FROM post WHERE id = $3::uuid AND thread_id = $1), (SELECT max(created_seq) FROM post WHERE thread_id = $1), 0)
       ON CONFLICT (person_id, thread_id) DO UPDATE SET last_read_seq = greatest(r.last_read_seq, excluded.last_read_seq), updated_at = now()
       RETURNING r.last_read_seq::text AS "lastRead", (SELECT forum_id FROM thread WHERE id = $1) AS "forumId"`,
      [threadId, actor.personId, postId ?? null],
    );
    const [{ unread }] = await this.db.query(
      `SELECT count(*)::int AS unread FROM thread t JOIN post p ON p.thread_id = t.id
         LEFT JOIN thread_read r ON r.thread_id = t.id AND r.person_id = $2
        WHERE t.id = $1 AND ${newsFor('p', '$2')} AND ${notMuted('t.id', 't.forum_id', '$2')} AND ${afterMarker('p', 'r')}`,
      [threadId, actor.personId],
    );
    // Every device of the reader moves its unread markers, whichever one did the reading.
    this.realtime.threadRead(actor.personId, { threadId, forumId, lastReadPosition: lastRead, unread });
    return unread;
  }

  /** Members report a post to the moderators, once each, REPORTS_PER_HOUR at most. Audited. */
  async report(actor: Actor, id: string, reason: string): Promise<string> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.postRead, id, 'Post');
    const why = reason.trim().slice(0, 1000);
    if (!why) throw badInput('Say what is wrong with the post.');
    await this.limits.consume('post-report', actor.personId);
    return this.db.transaction(async (tx) => {
      const [report] = await rows<{ id: string }>(
        tx,
        `INSERT INTO post_report (post_id, reporter_person_id, reason) VALUES ($1, $2, $3)
         ON CONFLICT (post_id, reporter_person_id) DO UPDATE SET reason = excluded.reason, resolved_at = NULL RETURNING id`,
        [id, actor.personId, why],
      );
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'post.reported', subjectType: 'post', subjectId: id }, tx);
      return report.id;
    });
  }

  private async announceUpdate(id: string): Promise<PostRow> {
    const post = (await this.byIds([id])).get(id)!;
    // A held post's changes go where the post went: its author and the moderators, never the room.
    if (post.heldReason) await this.held.announceHeld(post, post.heldReason, []);
    else this.realtime.postUpdated(toPostPayload(post));
    return post;
  }

  private async byClientId(actor: Actor, clientId: string): Promise<PostRow | null> {
    const [post] = await this.db.query<PostRow[]>(`SELECT ${POST_COLUMNS} FROM post p WHERE p.author_person_id = $1 AND p.client_id = $2`, [actor.personId, clientId]);
    return post ?? null;
  }

  private async currentCursor(): Promise<string> {
    const [{ seq }] = await this.db.query(`SELECT coalesce(max(change_seq), 0)::text AS seq FROM post`);
    return seq;
  }

  private async consumePostingAllowance(actor: Actor): Promise<void> {
    try {
      await this.postingRate.consume(actor.personId);
    } catch (error: unknown) {
      if (error instanceof RateLimiterRes) throw tooManyRequests(error.msBeforeNext / 1000);
      throw error;
    }
  }

  /** Only people who can read the forum are recorded as mentioned (and later told); never the author. */
  private async mentionable(actor: Actor, forumId: string, ids: string[]): Promise<string[]> {
    const readers = await this.access.audience(Permission.forumRead, forumId, ids.filter((id) => id !== actor.personId));
    return ids.filter((id) => readers.has(id));
  }
}
