import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forums for casework: posts held for a moderator, the personal-data guard's forum setting, and
 * moderated thread titles. A post (or a thread, when its opening post is held) is delivered only
 * while `held_reason IS NULL`; approval clears it once, by a conditional update on
 * `held_decision IS NULL`, so a second approval changes nothing and delivers nothing. A rejected
 * post keeps its `held_reason` and is never delivered. `guard_kinds` and `guard_reason` record
 * what the guard found (kinds only, never values) and the author's reason for posting anyway.
 */
export class HeldPostsAndGuard1765800000000 implements MigrationInterface {
  name = 'HeldPostsAndGuard1765800000000';

  async up(q: QueryRunner): Promise<void> {
    const sql = (text: string) => q.query(text);
    await sql(`ALTER TABLE forum ADD COLUMN personal_data_mode text NOT NULL DEFAULT 'WARN' CHECK (personal_data_mode IN ('WARN', 'HOLD'))`);
    await sql(`
      ALTER TABLE post
        ADD COLUMN held_reason text NULL CHECK (held_reason IN ('FIRST_POST', 'PERSONAL_DATA')),
        ADD COLUMN held_at timestamptz,
        ADD COLUMN held_decision text CHECK (held_decision IN ('APPROVED', 'REJECTED')),
        ADD COLUMN held_decided_at timestamptz,
        ADD COLUMN held_decided_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        ADD COLUMN guard_kinds text[],
        ADD COLUMN guard_reason text CHECK (length(guard_reason) <= 500),
        ADD CONSTRAINT post_held_at_check CHECK ((held_reason IS NULL OR held_at IS NOT NULL) AND (held_decision IS NULL OR held_at IS NOT NULL)),
        ADD CONSTRAINT post_held_rejected_check CHECK (held_decision IS DISTINCT FROM 'REJECTED' OR held_reason IS NOT NULL),
        ADD CONSTRAINT post_held_approved_check CHECK (held_decision IS DISTINCT FROM 'APPROVED' OR held_reason IS NULL)`);
    await sql(`CREATE INDEX post_held_queue_idx ON post(forum_id, held_at) WHERE held_reason IS NOT NULL AND held_decision IS NULL`);
    await sql(`
      ALTER TABLE thread
        ADD COLUMN held_reason text NULL CHECK (held_reason IN ('FIRST_POST', 'PERSONAL_DATA')),
        ADD COLUMN title_hidden_at timestamptz,
        ADD COLUMN title_hidden_reason text,
        ADD COLUMN title_hidden_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        ADD COLUMN title_edited_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thread DROP COLUMN held_reason, DROP COLUMN title_hidden_at, DROP COLUMN title_hidden_reason, DROP COLUMN title_hidden_by_person_id, DROP COLUMN title_edited_at`);
    await q.query(`DROP INDEX post_held_queue_idx`);
    await q.query(`ALTER TABLE post DROP CONSTRAINT post_held_at_check, DROP CONSTRAINT post_held_rejected_check, DROP CONSTRAINT post_held_approved_check,
      DROP COLUMN held_reason, DROP COLUMN held_at, DROP COLUMN held_decision, DROP COLUMN held_decided_at, DROP COLUMN held_decided_by_person_id,
      DROP COLUMN guard_kinds, DROP COLUMN guard_reason`);
    await q.query(`ALTER TABLE forum DROP COLUMN personal_data_mode`);
  }
}
