import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, rows } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { assertSingleLine } from '@convene/graphql-kit';
import { RealtimePublisher } from '@convene/realtime';
import { ForumsService } from './forums.service';
import { PostsService, postBody } from './posts.service';
import { guardTexts, type PersonalDataConsent } from './guard/guard';
import { HeldPostsService } from './held/held-posts.service';
import { threadColumns, toThreadPayload, type PostRow, type ThreadRow } from './rows';

export interface NewThread {
  forumId: string;
  title: string;
  theme?: string | null;
  body: string;
  clientId: string;
  /** Links the discussion to an agenda item the author can read. */
  agendaItemId?: string | null;
  /** The author's answer to a PERSONAL_DATA refusal, for the title and the first post together. */
  personalData?: PersonalDataConsent | null;
}

const title = (value: string) => {
  const text = value.trim();
  assertSingleLine(text, 'title');
  if (!text || text.length > 200) throw badInput('A thread needs a title of up to 200 characters.');
  return text;
};

/** Threads: starting them, listing them, pinning and locking, and meeting inputs threads. */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimePublisher,
    private readonly forums: ForumsService,
    private readonly posts: PostsService,
    private readonly clock: Clock,
    private readonly held: HeldPostsService,
  ) {}

  async byIds(ids: readonly string[]): Promise<Map<string, ThreadRow>> {
    const found: ThreadRow[] = ids.length ? await this.db.query(`SELECT ${threadColumns('$2')} FROM thread t WHERE t.id = ANY($1::uuid[])`, [ids, this.clock.now()]) : [];
    return new Map(found.map((r) => [r.id, r]));
  }

  async get(actor: Actor, id: string): Promise<ThreadRow> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.threadRead, id, 'Thread');
    return (await this.byIds([id])).get(id)!;
  }

  /** Pinned first, then the most recently active; `after` is the last thread of the previous page. */
  async list(actor: Actor, forumId: string, first: number, after?: string | null): Promise<{ threads: ThreadRow[]; more: boolean }> {
    assertUuid(forumId);
    await this.access.assertAccess(actor, Permission.forumRead, forumId, 'Forum');
    if (after) assertUuid(after, 'after');
    // Threads waiting for a moderator: their author and the forum's moderators only.
    const moderator = (await this.access.requireAccess({ actor, permission: Permission.forumModerate, ids: [forumId] })).has(forumId);
    const found: ThreadRow[] = await this.db.query(
      `SELECT ${threadColumns('$4')} FROM thread t
        WHERE t.forum_id = $1 AND (t.held_reason IS NULL OR $5 OR t.created_by_person_id = $6)
          AND ($2::uuid IS NULL OR (t.pinned::int, t.last_post_at, t.id) < (SELECT c.pinned::int, c.last_post_at, c.id FROM thread c WHERE c.id = $2 AND c.forum_id = $1))
        ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC LIMIT $3`,
      [forumId, after ?? null, first + 1, this.clock.now(), moderator, actor.personId],
    );
    return { threads: found.slice(0, first), more: found.length > first };
  }

  /** Starts a thread with its first post. Sending the same clientId again returns the same thread. */
  async create(actor: Actor, input: NewThread): Promise<{ thread: ThreadRow; post: PostRow }> {
    assertUuid(input.forumId, 'forumId');
    const typedTitle = title(input.title);
    const typedBody = postBody(input.body);
    await this.access.assertAccess(actor, Permission.forumPost, input.forumId, 'Forum');
    // The guard reads the title and the first post together: one warning, one choice for both.
    const guard = guardTexts({ title: typedTitle, body: typedBody }, await this.held.modeOf(input.forumId), input.personalData);
    const name = guard.texts.title.slice(0, 200);
    if (input.agendaItemId) {
      assertUuid(input.agendaItemId, 'agendaItemId');
      await this.access.assertAccess(actor, Permission.agendaItemRead, input.agendaItemId, 'Agenda item');
    }
    const [again] = await this.db.query(`SELECT thread_id AS "threadId" FROM post WHERE author_person_id = $1 AND client_id = $2`, [actor.personId, input.clientId]);
    let threadId: string = again?.threadId;
    if (!threadId) {
      const [created] = await rows<{ id: string }>(
        this.db,
        `INSERT INTO thread (forum_id, title, theme, agenda_item_id, created_by_person_id, held_reason) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.forumId, name, input.theme?.trim().slice(0, 60) || null, input.agendaItemId ?? null, actor.personId, guard.hold ? 'PERSONAL_DATA' : null],
      );
      threadId = created.id;
    }
    let post: PostRow;
    try {
      post = (await this.posts.create(actor, { threadId, clientId: input.clientId, body: guard.texts.body, guarded: { ...guard, texts: { body: guard.texts.body } } })).post;
    } catch (error) {
      // No thread without its first post (rate limited, invalid, or lost a race).
      await this.db.query(`DELETE FROM thread t WHERE t.id = $1 AND NOT EXISTS (SELECT 1 FROM post p WHERE p.thread_id = t.id)`, [threadId]);
      throw error;
    }
    return { thread: (await this.byIds([post.threadId])).get(post.threadId)!, post };
  }

  /** Moderators pin or lock a thread. Audited and announced. */
  async moderate(actor: Actor, id: string, change: { pinned?: boolean; locked?: boolean }): Promise<ThreadRow> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.threadModerate, id, 'Thread');
    await this.db.transaction(async (tx) => {
      await tx.query(
        `UPDATE thread SET pinned = coalesce($2, pinned), locked = coalesce($3, locked),
                locks_at = CASE WHEN $3 = false THEN NULL ELSE locks_at END, updated_at = now() WHERE id = $1`,
        [id, change.pinned ?? null, change.locked ?? null],
      );
      const action = change.locked !== undefined ? (change.locked ? 'thread.locked' : 'thread.unlocked') : change.pinned ? 'thread.pinned' : 'thread.unpinned';
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action, subjectType: 'thread', subjectId: id }, tx);
    });
    const thread = (await this.byIds([id])).get(id)!;
    this.realtime.threadUpdated(toThreadPayload(thread));
    return thread;
  }

  /**
   * A coordinator (or the group's chair or secretary) opens an inputs thread for an agenda item,
   * in the group's forum. Members post their evidence there until the agenda's submission
   * deadline, when the thread locks itself; the agenda pack lists what was posted.
   */
  async openInputs(actor: Actor, agendaItemId: string): Promise<ThreadRow> {
    assertUuid(agendaItemId, 'agendaItemId');
    await this.access.assertAccess(actor, Permission.agendaItemManage, agendaItemId, 'Agenda item');
    const [item] = await this.db.query(
      `SELECT i.title, g.id AS "groupId", g.name AS "groupName", m.starts_at - make_interval(days => g.submission_deadline_days) AS deadline
         FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN "group" g ON g.id = m.group_id WHERE i.id = $1`,
      [agendaItemId],
    );
    if (!item) throw notFound('Agenda item');
    if (new Date(item.deadline) <= this.clock.now()) throw conflict('The submission deadline for this meeting has passed.');
    const threadId = await this.db.transaction(async (tx) => {
      const forumId = await this.forums.forGroup(actor, item.groupId, `${item.groupName}`, tx);
      const [thread] = await rows<{ id: string }>(
        tx,
        `INSERT INTO thread (forum_id, kind, title, agenda_item_id, locks_at, created_by_person_id) VALUES ($1, 'INPUTS', $2, $3, $4, $5)
         ON CONFLICT (agenda_item_id) WHERE kind = 'INPUTS' DO UPDATE SET locks_at = excluded.locks_at RETURNING id`,
        [forumId, `Inputs: ${item.title}`.slice(0, 200), agendaItemId, item.deadline, actor.personId],
      );
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'thread.inputs-opened', subjectType: 'thread', subjectId: thread.id, detail: { agendaItemId } }, tx);
      return thread.id;
    });
    this.access.forget(actor);
    return (await this.byIds([threadId])).get(threadId)!;
  }

  /** Inputs threads of these agenda items, for the agenda pack. */
  async inputsFor(agendaItemIds: readonly string[]): Promise<Map<string, ThreadRow>> {
    const found: ThreadRow[] = agendaItemIds.length
      ? await this.db.query(`SELECT ${threadColumns('$2')} FROM thread t WHERE t.kind = 'INPUTS' AND t.agenda_item_id = ANY($1::uuid[])`, [agendaItemIds, this.clock.now()])
      : [];
    return new Map(found.map((r) => [r.agendaItemId!, r]));
  }
}
