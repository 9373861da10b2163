import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A title a moderator hides is replaced in `thread.title` itself, so every reader of titles
 * (lists, search, digests, mention emails, sockets) shows the placeholder without knowing about
 * hiding; the words are kept in `hidden_title` for moderators and restored if it is shown again.
 */
export class HiddenThreadTitle1765800000001 implements MigrationInterface {
  name = 'HiddenThreadTitle1765800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thread ADD COLUMN hidden_title text, ADD CONSTRAINT thread_hidden_title_check CHECK ((hidden_title IS NULL) = (title_hidden_at IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE thread DROP CONSTRAINT thread_hidden_title_check, DROP COLUMN hidden_title`);
  }
}
