import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the worker sends and to whom: each person's email preferences, and the ledger's extra
 * facts (which agenda version a pack carried, the hashed one-click unsubscribe token, and
 * SKIPPED for a digest that had nothing to say).
 */
export class Notifications1764100000000 implements MigrationInterface {
  name = 'Notifications1764100000000';

  async up(q: QueryRunner): Promise<void> {
    const sql = (text: string) => q.query(text);
    await sql(`
      CREATE TABLE notification_preference (
        person_id uuid PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        agenda boolean NOT NULL DEFAULT true,
        minutes boolean NOT NULL DEFAULT true,
        mentions boolean NOT NULL DEFAULT true,
        action_reminders boolean NOT NULL DEFAULT true,
        forum_digest text NOT NULL DEFAULT 'DAILY' CHECK (forum_digest IN ('OFF', 'DAILY', 'WEEKLY')),
        digest_hour int NOT NULL DEFAULT 8 CHECK (digest_hour BETWEEN 0 AND 23),
        digest_weekday int NOT NULL DEFAULT 1 CHECK (digest_weekday BETWEEN 1 AND 7),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await sql(`ALTER TABLE delivery DROP CONSTRAINT delivery_status_check`);
    await sql(`ALTER TABLE delivery ADD CONSTRAINT delivery_status_check CHECK (status IN ('CLAIMED', 'SENT', 'FAILED', 'SKIPPED'))`);
    await sql(`ALTER TABLE delivery ADD COLUMN variant int`);
    await sql(`ALTER TABLE delivery ADD COLUMN unsubscribe_token_hash text`);
    await sql(`CREATE UNIQUE INDEX delivery_unsubscribe_idx ON delivery(unsubscribe_token_hash) WHERE unsubscribe_token_hash IS NOT NULL`);
    await sql(`CREATE INDEX delivery_unsent_idx ON delivery(updated_at) WHERE status IN ('CLAIMED', 'FAILED')`);
    await sql(`CREATE INDEX action_item_due_idx ON action_item(due_date) WHERE status IN ('OPEN', 'IN_PROGRESS')`);
    await sql(`CREATE INDEX meeting_starts_idx ON meeting(starts_at) WHERE status = 'SCHEDULED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS meeting_starts_idx`);
    await q.query(`DROP INDEX IF EXISTS action_item_due_idx`);
    await q.query(`DROP INDEX IF EXISTS delivery_unsent_idx`);
    await q.query(`DROP INDEX IF EXISTS delivery_unsubscribe_idx`);
    await q.query(`ALTER TABLE delivery DROP COLUMN IF EXISTS unsubscribe_token_hash`);
    await q.query(`ALTER TABLE delivery DROP COLUMN IF EXISTS variant`);
    await q.query(`DELETE FROM delivery WHERE status = 'SKIPPED'`);
    await q.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_status_check`);
    await q.query(`ALTER TABLE delivery ADD CONSTRAINT delivery_status_check CHECK (status IN ('CLAIMED', 'SENT', 'FAILED'))`);
    await q.query(`DROP TABLE IF EXISTS notification_preference`);
  }
}
