import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The bank's typo-tolerant search looks resources up by a word: an index led by the word. */
export class BankWordIndex1765200000001 implements MigrationInterface {
  name = 'BankWordIndex1765200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX resource_word_word_idx ON resource_word (word, resource_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX resource_word_word_idx`);
  }
}
