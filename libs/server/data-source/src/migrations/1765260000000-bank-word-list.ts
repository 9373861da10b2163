import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bank's typo tolerance looks for words close to a misspelt one. `resource_word` holds a row
 * per word per resource (about fifteen per resource), so a trigram match over it finds the same
 * word thousands of times and has to de-duplicate them before ranking. `bank_word` is the same
 * vocabulary once per word, with the number of resources holding it, kept by statement triggers
 * on `resource_word` (so every path that changes the word list, `resource_reindex` and cascades
 * included, keeps it), with its own trigram index for the `%` operator.
 */
export class BankWordList1765260000000 implements MigrationInterface {
  name = 'BankWordList1765260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE bank_word (word text PRIMARY KEY, resources int NOT NULL)`);
    // Words in a fixed order, so two saves touching the same words queue rather than deadlock.
    await q.query(`
      CREATE FUNCTION bank_word_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO bank_word (word, resources)
          SELECT word, count(*) FROM added GROUP BY word ORDER BY word
          ON CONFLICT (word) DO UPDATE SET resources = bank_word.resources + excluded.resources;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION bank_word_removed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE bank_word b SET resources = b.resources - g.n
          FROM (SELECT word, count(*)::int AS n FROM removed GROUP BY word) g WHERE b.word = g.word;
        DELETE FROM bank_word b WHERE b.resources <= 0 AND b.word IN (SELECT word FROM removed);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION bank_word_cleared() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM bank_word;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER bank_word_added AFTER INSERT ON resource_word REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION bank_word_added()`);
    await q.query(`CREATE TRIGGER bank_word_removed AFTER DELETE ON resource_word REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION bank_word_removed()`);
    await q.query(`CREATE TRIGGER bank_word_cleared AFTER TRUNCATE ON resource_word FOR EACH STATEMENT EXECUTE FUNCTION bank_word_cleared()`);
    await q.query(`INSERT INTO bank_word (word, resources) SELECT word, count(*) FROM resource_word GROUP BY word`);
    await q.query(`CREATE INDEX bank_word_trgm_idx ON bank_word USING gin (word gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER bank_word_cleared ON resource_word`);
    await q.query(`DROP TRIGGER bank_word_removed ON resource_word`);
    await q.query(`DROP TRIGGER bank_word_added ON resource_word`);
    await q.query(`DROP FUNCTION bank_word_cleared(), bank_word_removed(), bank_word_added()`);
    await q.query(`DROP TABLE bank_word`);
  }
}
