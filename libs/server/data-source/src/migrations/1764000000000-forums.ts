import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Private forums: forums, members, threads, posts with history, read state, reports, search. */
export class Forums1764000000000 implements MigrationInterface {
  name = 'Forums1764000000000';

  async up(q: QueryRunner): Promise<void> {
    const sql = (text: string) => q.query(text);
    await sql(`
      CREATE TABLE forum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        group_id uuid REFERENCES "group"(id) ON DELETE CASCADE,
        name text NOT NULL,
        description text,
        created_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (partnership_id, name)
      )`);
    await sql(`CREATE INDEX forum_group_idx ON forum(group_id) WHERE group_id IS NOT NULL`);
    await sql(`
      CREATE TABLE forum_member (
        forum_id uuid NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('MEMBER', 'MODERATOR')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (forum_id, person_id)
      )`);
    await sql(`CREATE INDEX forum_member_person_idx ON forum_member(person_id)`);
    // Someone removed from a forum that also comes with their group stays out of it.
    await sql(`
      CREATE TABLE forum_exclusion (
        forum_id uuid NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (forum_id, person_id)
      )`);
    await sql(`ALTER TABLE invitation ADD COLUMN forum_id uuid REFERENCES forum(id) ON DELETE SET NULL`);
    // created_seq orders posts for read state; change_seq moves on every change, for catch-up.
    await sql(`CREATE SEQUENCE forum_change_seq`);
    await sql(`
      CREATE TABLE thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        forum_id uuid NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
        kind text NOT NULL DEFAULT 'DISCUSSION' CHECK (kind IN ('DISCUSSION', 'INPUTS')),
        title text NOT NULL,
        theme text,
        pinned boolean NOT NULL DEFAULT false,
        locked boolean NOT NULL DEFAULT false,
        locks_at timestamptz,
        agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        created_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        last_post_at timestamptz NOT NULL DEFAULT now(),
        change_seq bigint NOT NULL DEFAULT nextval('forum_change_seq'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (to_tsvector('english', title)) STORED
      )`);
    await sql(`CREATE INDEX thread_forum_idx ON thread(forum_id, pinned DESC, last_post_at DESC)`);
    await sql(`CREATE UNIQUE INDEX thread_inputs_idx ON thread(agenda_item_id) WHERE kind = 'INPUTS'`);
    await sql(`CREATE INDEX thread_search_idx ON thread USING gin(search)`);
    await sql(`
      CREATE TABLE post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES thread(id) ON DELETE CASCADE,
        forum_id uuid NOT NULL REFERENCES forum(id) ON DELETE CASCADE,
        author_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 100),
        reply_to_post_id uuid REFERENCES post(id) ON DELETE SET NULL,
        body_markdown text NOT NULL,
        body_html text NOT NULL,
        hidden_at timestamptz,
        hidden_reason text,
        hidden_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        edited_at timestamptz,
        created_seq bigint NOT NULL DEFAULT nextval('forum_change_seq'),
        change_seq bigint NOT NULL DEFAULT nextval('forum_change_seq'),
        created_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (to_tsvector('english', body_markdown)) STORED,
        UNIQUE (author_person_id, client_id)
      )`);
    await sql(`CREATE INDEX post_thread_idx ON post(thread_id, created_seq)`);
    await sql(`CREATE INDEX post_forum_change_idx ON post(forum_id, change_seq)`);
    await sql(`CREATE INDEX post_search_idx ON post USING gin(search)`);
    await sql(`
      CREATE TABLE post_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        body_markdown text NOT NULL,
        edited_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await sql(`CREATE INDEX post_revision_post_idx ON post_revision(post_id, created_at)`);
    await sql(`
      CREATE TABLE post_mention (
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, person_id)
      )`);
    await sql(`CREATE INDEX post_mention_person_idx ON post_mention(person_id, created_at)`);
    await sql(`
      CREATE TABLE thread_read (
        thread_id uuid NOT NULL REFERENCES thread(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        last_read_seq bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, thread_id)
      )`);
    await sql(`
      CREATE TABLE post_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        reporter_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        reason text NOT NULL,
        resolved_at timestamptz,
        resolved_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (post_id, reporter_person_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['post_report', 'thread_read', 'post_mention', 'post_revision', 'post', 'thread', 'forum_exclusion', 'forum_member']) await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE invitation DROP COLUMN forum_id`);
    await q.query(`DROP TABLE forum`);
    await q.query(`DROP SEQUENCE forum_change_seq`);
  }
}
