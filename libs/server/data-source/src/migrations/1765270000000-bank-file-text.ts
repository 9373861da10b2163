import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which file a resource's text (file_text, weight C of the search) was read from, so the worker
 * reads each stored or replaced file once, including those that turn out to have no text.
 */
export class BankFileText1765270000000 implements MigrationInterface {
  name = 'BankFileText1765270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE resource ADD COLUMN file_text_sha256 text`);
    // What the tick looks for: files whose text is not read yet.
    await q.query(`CREATE INDEX resource_text_due_idx ON resource (updated_at) WHERE file_sha256 IS NOT NULL AND file_text_sha256 IS DISTINCT FROM file_sha256`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX resource_text_due_idx`);
    await q.query(`ALTER TABLE resource DROP COLUMN file_text_sha256`);
  }
}
