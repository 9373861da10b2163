import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following forums and threads. One row per person and forum, or person and thread, says
 * WATCHING (each new post by email) or MUTED (out of digests and unread counts); no row means
 * the default, and a thread's row overrides its forum's. Watched posts are batched in
 * five-minute windows of when a post became visible: its creation, or its approval if it was
 * held, so an approved post reaches watchers once, in the window of its approval.
 */
export class ForumFollowing1765900000000 implements MigrationInterface {
  name = 'ForumFollowing1765900000000';

  async up(q: QueryRunner): Promise<void> {
    const sql = (text: string) => q.query(text);
    await sql(`
      CREATE TABLE forum_follow (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        forum_id uuid NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('WATCHING', 'MUTED')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, forum_id)
      )`);
    await sql(`CREATE INDEX forum_follow_watching_idx ON forum_follow(forum_id) WHERE level = 'WATCHING'`);
    await sql(`
      CREATE TABLE thread_follow (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES thread(id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN ('WATCHING', 'MUTED')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, thread_id)
      )`);
    await sql(`CREATE INDEX thread_follow_watching_idx ON thread_follow(thread_id) WHERE level = 'WATCHING'`);
    await sql(`CREATE INDEX post_visible_at_idx ON post ((coalesce(held_decided_at, created_at))) WHERE held_reason IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX post_visible_at_idx`);
    await q.query(`DROP TABLE thread_follow`);
    await q.query(`DROP TABLE forum_follow`);
  }
}
