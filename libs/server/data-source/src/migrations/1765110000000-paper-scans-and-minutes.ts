import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Papers, continued:
 * - a paper belongs to an agenda item or to a meeting's minutes, exactly one of the two;
 * - each version carries its virus-scan state: PENDING versions are kept but never served;
 * - a paper added once the agenda was published is a supplement (decided when it is added);
 * - bytes kept outside PostgreSQL (S3) are named in `stored_file_orphan` when their index row
 *   goes, in the same transaction, so the object is deleted after the commit and a failed
 *   delete is retried rather than forgotten.
 */
export class PaperScansAndMinutes1765110000000 implements MigrationInterface {
  name = 'PaperScansAndMinutes1765110000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['paper', 'paper_upload']) {
      await q.query(`ALTER TABLE ${table} ALTER COLUMN agenda_item_id DROP NOT NULL`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN minutes_id uuid REFERENCES minutes(id) ON DELETE CASCADE`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_one_owner CHECK ((agenda_item_id IS NULL) <> (minutes_id IS NULL))`);
    }
    await q.query(`CREATE INDEX paper_minutes_idx ON paper(minutes_id, created_at) WHERE minutes_id IS NOT NULL`);
    await q.query(`ALTER TABLE paper ADD COLUMN supplement boolean NOT NULL DEFAULT false`);
    // Set once the worker has sent the supplement note to everyone who was due one.
    await q.query(`ALTER TABLE paper ADD COLUMN supplement_noted_at timestamptz`);
    await q.query(`ALTER TABLE paper_version ADD COLUMN scan_status text NOT NULL DEFAULT 'CLEAN' CHECK (scan_status IN ('PENDING', 'CLEAN'))`);
    await q.query(`ALTER TABLE paper_version ADD COLUMN scanned_at timestamptz`);
    await q.query(`CREATE INDEX paper_version_pending_idx ON paper_version(created_at) WHERE scan_status = 'PENDING'`);
    await q.query(`
      CREATE TABLE stored_file_orphan (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        -- Not swept before this: an object written by a transaction that may still commit waits.
        not_before timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0
      )`);
    await q.query(`
      CREATE FUNCTION stored_file_orphaned() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.bytes IS NULL THEN
          INSERT INTO stored_file_orphan (sha256) VALUES (OLD.sha256)
            ON CONFLICT (sha256) DO UPDATE SET not_before = least(stored_file_orphan.not_before, EXCLUDED.not_before);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER stored_file_orphaned AFTER DELETE ON stored_file FOR EACH ROW EXECUTE FUNCTION stored_file_orphaned()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER stored_file_orphaned ON stored_file`);
    await q.query(`DROP FUNCTION stored_file_orphaned()`);
    await q.query(`DROP TABLE stored_file_orphan`);
    await q.query(`ALTER TABLE paper_version DROP COLUMN scanned_at, DROP COLUMN scan_status`);
    await q.query(`ALTER TABLE paper DROP COLUMN supplement_noted_at, DROP COLUMN supplement`);
    for (const table of ['paper_upload', 'paper']) {
      await q.query(`DELETE FROM ${table} WHERE minutes_id IS NOT NULL`);
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_one_owner, DROP COLUMN minutes_id`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN agenda_item_id SET NOT NULL`);
    }
  }
}
