import type { ForumPostPayload, ForumThreadPayload } from '@convene/contracts';
import type { ThreadKind } from './models';

/** Why a post waits for a moderator: a new guest's first posts, or what the personal-data guard found. */
export type HeldReason = 'FIRST_POST' | 'PERSONAL_DATA';

export interface PostRow {
  id: string;
  forumId: string;
  threadId: string;
  clientId: string;
  authorPersonId: string | null;
  authorName: string | null;
  replyToId: string | null;
  bodyMarkdown: string;
  bodyHtml: string;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  editedAt: Date | null;
  createdAt: Date;
  createdSeq: string;
  changeSeq: string;
  /** Set while held for a moderator (or after a rejection): not delivered. */
  heldReason: HeldReason | null;
  heldDecision: 'APPROVED' | 'REJECTED' | null;
}

export const POST_COLUMNS = `p.id, p.forum_id AS "forumId", p.thread_id AS "threadId", p.client_id AS "clientId", p.author_person_id AS "authorPersonId",
  (SELECT a.name FROM person pe JOIN account a ON a.id = pe.account_id WHERE pe.id = p.author_person_id) AS "authorName",
  p.reply_to_post_id AS "replyToId", p.body_markdown AS "bodyMarkdown", p.body_html AS "bodyHtml", p.hidden_at AS "hiddenAt",
  p.hidden_reason AS "hiddenReason", p.edited_at AS "editedAt", p.created_at AS "createdAt", p.created_seq::text AS "createdSeq", p.change_seq::text AS "changeSeq",
  p.held_reason AS "heldReason", p.held_decision AS "heldDecision"`;

/** What sockets carry: a hidden post keeps its place but not its words. */
export const toPostPayload = (row: PostRow): ForumPostPayload => ({
  id: row.id,
  forumId: row.forumId,
  threadId: row.threadId,
  clientId: row.clientId,
  author: row.authorPersonId ? { id: row.authorPersonId, name: row.authorName ?? '' } : null,
  replyToId: row.replyToId,
  bodyHtml: row.hiddenAt ? null : row.bodyHtml,
  hidden: row.hiddenAt !== null,
  hiddenReason: row.hiddenReason,
  createdAt: row.createdAt.toISOString(),
  editedAt: row.editedAt?.toISOString() ?? null,
  cursor: row.changeSeq,
  held: row.heldReason !== null,
});

export interface ThreadRow {
  id: string;
  forumId: string;
  kind: ThreadKind;
  title: string;
  theme: string | null;
  pinned: boolean;
  /** Locked by a moderator, or past its `locksAt`. */
  locked: boolean;
  locksAt: Date | null;
  agendaItemId: string | null;
  createdByPersonId: string | null;
  createdAt: Date;
  lastPostAt: Date;
  /** Its opening post is held for a moderator: the thread is not delivered either. */
  heldReason: HeldReason | null;
  titleHiddenAt: Date | null;
  titleHiddenReason: string | null;
}

/** A thread's columns; `now` names the query parameter holding the clock's time, which decides `locksAt`. */
export const threadColumns = (now: string) => `t.id, t.forum_id AS "forumId", t.kind, t.title, t.theme, t.pinned,
  (t.locked OR coalesce(t.locks_at <= ${now}::timestamptz, false)) AS locked, t.locks_at AS "locksAt", t.agenda_item_id AS "agendaItemId",
  t.created_by_person_id AS "createdByPersonId", t.created_at AS "createdAt", t.last_post_at AS "lastPostAt",
  t.held_reason AS "heldReason", t.title_hidden_at AS "titleHiddenAt", t.title_hidden_reason AS "titleHiddenReason"`;

export const toThreadPayload = (row: ThreadRow): ForumThreadPayload => ({ id: row.id, forumId: row.forumId, title: row.title, pinned: row.pinned, locked: row.locked });

export interface ForumRow {
  id: string;
  name: string;
  description: string | null;
  groupId: string | null;
  createdAt: Date;
}

export const FORUM_COLUMNS = `f.id, f.name, f.description, f.group_id AS "groupId", f.created_at AS "createdAt"`;
