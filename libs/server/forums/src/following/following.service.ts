import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { assertUuid } from '@convene/database';
import { badInput } from '@convene/errors';
import { FollowLevel, type ThreadReadState } from './following.models';
import { afterMarker, followLevel, newsFor, notMuted } from './follow-sql';

const LEVELS = new Set<string>(Object.values(FollowLevel));
const checkLevel = (level: FollowLevel | null) => {
  if (level !== null && !LEVELS.has(level)) throw badInput('level must be WATCHING, MUTED or null.', { field: 'level' });
  return level;
};

/**
 * Watching and muting threads and forums, and where each person has read to. A person may only
 * follow what the policy layer lets them read; a setting left behind when they lose access does
 * nothing, since every email re-checks access at send time.
 */
@Injectable()
export class FollowingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async setThread(actor: Actor, threadId: string, level: FollowLevel | null): Promise<void> {
    assertUuid(threadId, 'threadId');
    checkLevel(level);
    await this.access.assertAccess(actor, Permission.threadRead, threadId, 'Thread');
    if (level === null) await this.db.query(`DELETE FROM thread_follow WHERE person_id = $1 AND thread_id = $2`, [actor.personId, threadId]);
    else
      await this.db.query(
        `INSERT INTO thread_follow (person_id, thread_id, level) VALUES ($1, $2, $3)
         ON CONFLICT (person_id, thread_id) DO UPDATE SET level = excluded.level, updated_at = now()`,
        [actor.personId, threadId, level],
      );
  }

  async setForum(actor: Actor, forumId: string, level: FollowLevel | null): Promise<void> {
    assertUuid(forumId, 'forumId');
    checkLevel(level);
    await this.access.assertAccess(actor, Permission.forumRead, forumId, 'Forum');
    if (level === null) await this.db.query(`DELETE FROM forum_follow WHERE person_id = $1 AND forum_id = $2`, [actor.personId, forumId]);
    else
      await this.db.query(
        `INSERT INTO forum_follow (person_id, forum_id, level) VALUES ($1, $2, $3)
         ON CONFLICT (person_id, forum_id) DO UPDATE SET level = excluded.level, updated_at = now()`,
        [actor.personId, forumId, level],
      );
  }

  /** The person's own setting on each forum (null: none). Callers pass forums they already read. */
  async forumLevels(personId: string, forumIds: readonly string[]): Promise<(FollowLevel | null)[]> {
    const found: { forumId: string; level: FollowLevel }[] = forumIds.length
      ? await this.db.query(`SELECT forum_id AS "forumId", level FROM forum_follow WHERE person_id = $1 AND forum_id = ANY($2::uuid[])`, [personId, forumIds])
      : [];
    const byId = new Map(found.map((r) => [r.forumId, r.level]));
    return forumIds.map((id) => byId.get(id) ?? null);
  }

  /** Each thread's own setting and the one in force (the thread's, else its forum's). */
  async threadLevels(personId: string, threadIds: readonly string[]): Promise<({ own: FollowLevel | null; effective: FollowLevel | null } | null)[]> {
    const found: { threadId: string; own: FollowLevel | null; effective: FollowLevel | null }[] = threadIds.length
      ? await this.db.query(
          `SELECT t.id AS "threadId", (SELECT tf.level FROM thread_follow tf WHERE tf.thread_id = t.id AND tf.person_id = $1) AS own,
                  ${followLevel('t.id', 't.forum_id', '$1')} AS effective
             FROM thread t WHERE t.id = ANY($2::uuid[])`,
          [personId, threadIds],
        )
      : [];
    const byId = new Map(found.map((r) => [r.threadId, { own: r.own, effective: r.effective }]));
    return threadIds.map((id) => byId.get(id) ?? null);
  }

  /** Unread posts by others in each thread (0 when muted), the position read up to and the first post after it, in one statement. */
  async readStates(personId: string, threadIds: readonly string[]): Promise<(ThreadReadState | null)[]> {
    const found: ({ threadId: string } & ThreadReadState)[] = threadIds.length
      ? await this.db.query(
          `SELECT t.id AS "threadId", r.last_read_seq::text AS "lastReadPosition",
                  CASE WHEN ${notMuted('t.id', 't.forum_id', '$1')} THEN
                    (SELECT count(*)::int FROM post p WHERE p.thread_id = t.id AND ${newsFor('p', '$1')} AND ${afterMarker('p', 'r')})
                  ELSE 0 END AS unread,
                  (SELECT p.id FROM post p WHERE r.last_read_seq IS NOT NULL AND p.thread_id = t.id AND ${newsFor('p', '$1')} AND ${afterMarker('p', 'r')}
                    ORDER BY p.created_seq LIMIT 1) AS "firstUnreadPostId"
             FROM thread t LEFT JOIN thread_read r ON r.thread_id = t.id AND r.person_id = $1
            WHERE t.id = ANY($2::uuid[])`,
          [personId, threadIds],
        )
      : [];
    const byId = new Map(found.map((r) => [r.threadId, { unread: r.unread, lastReadPosition: r.lastReadPosition, firstUnreadPostId: r.firstUnreadPostId }]));
    return threadIds.map((id) => byId.get(id) ?? null);
  }
}
