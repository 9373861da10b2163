import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One email per person and post. A post can reach a person by two emails, the mention email and
 * the watched-posts email; each claims its posts here before it sends, and the primary key lets
 * only one of them have a post, however the two jobs overlap. The watched-posts email leaves out
 * posts whose mention email the person will get, so the mention wins.
 */
export class PostEmailOnce1766100000000 implements MigrationInterface {
  name = 'PostEmailOnce1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE post_email (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        post_id uuid NOT NULL REFERENCES post(id) ON DELETE CASCADE,
        purpose_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, post_id)
      )`);
    await q.query(`CREATE INDEX post_email_post_idx ON post_email(post_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE post_email`);
  }
}
