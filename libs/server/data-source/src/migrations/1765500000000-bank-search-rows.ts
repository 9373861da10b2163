import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bank's search reads a narrow row per resource instead of the resource itself: the search
 * vector, the facet values, the columns the read rule needs (partnership, visibility, group)
 * and the folded title (the title sort and the typo ranking). A `resource` row also carries the
 * summary, the file's text and the rest; reading thousands of matches through it cost most of
 * a search. The rows follow `resource` whoever writes it (a save, `resource_reindex`, the
 * organisation ids' sync, an import): statement triggers upsert the rows each statement
 * inserted or updated, and the foreign key removes them with their resource.
 */
export class BankSearchRows1765500000000 implements MigrationInterface {
  name = 'BankSearchRows1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE resource_search (
        resource_id uuid PRIMARY KEY REFERENCES resource(id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL,
        visibility text NOT NULL,
        group_id uuid,
        type text NOT NULL,
        year int NOT NULL,
        language text NOT NULL,
        themes text[] NOT NULL,
        policy_areas text[] NOT NULL,
        organisation_ids uuid[] NOT NULL,
        published_on date,
        created_at timestamptz NOT NULL,
        title_key text NOT NULL,
        search tsvector NOT NULL
      )`);
    // Rows in id order, so two statements touching the same resources queue rather than deadlock;
    // a row that would not change is left alone (no dead row for an unrelated edit).
    await q.query(`
      CREATE FUNCTION resource_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO resource_search AS s (resource_id, partnership_id, visibility, group_id, type, year, language, themes, policy_areas, organisation_ids, published_on, created_at, title_key, search)
          SELECT c.id, c.partnership_id, c.visibility, c.group_id, c.type, c.year, c.language, c.themes, c.policy_areas, c.organisation_ids, c.published_on, c.created_at, bank_fold(c.title), c.search
            FROM changed c ORDER BY c.id
          ON CONFLICT (resource_id) DO UPDATE SET
            partnership_id = excluded.partnership_id, visibility = excluded.visibility, group_id = excluded.group_id, type = excluded.type,
            year = excluded.year, language = excluded.language, themes = excluded.themes, policy_areas = excluded.policy_areas,
            organisation_ids = excluded.organisation_ids, published_on = excluded.published_on, created_at = excluded.created_at,
            title_key = excluded.title_key, search = excluded.search
          WHERE (s.partnership_id, s.visibility, s.group_id, s.type, s.year, s.language, s.themes, s.policy_areas, s.organisation_ids, s.published_on, s.created_at, s.title_key, s.search)
                IS DISTINCT FROM (excluded.partnership_id, excluded.visibility, excluded.group_id, excluded.type, excluded.year, excluded.language, excluded.themes,
                                  excluded.policy_areas, excluded.organisation_ids, excluded.published_on, excluded.created_at, excluded.title_key, excluded.search);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER resource_search_insert AFTER INSERT ON resource REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION resource_search_sync()`);
    await q.query(`CREATE TRIGGER resource_search_update AFTER UPDATE ON resource REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION resource_search_sync()`);
    await q.query(`
      INSERT INTO resource_search (resource_id, partnership_id, visibility, group_id, type, year, language, themes, policy_areas, organisation_ids, published_on, created_at, title_key, search)
        SELECT id, partnership_id, visibility, group_id, type, year, language, themes, policy_areas, organisation_ids, published_on, created_at, bank_fold(title), search FROM resource`);
    await q.query(`CREATE INDEX resource_search_vector_idx ON resource_search USING gin (search)`);
    await q.query(`CREATE INDEX resource_search_partnership_idx ON resource_search (partnership_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER resource_search_update ON resource`);
    await q.query(`DROP TRIGGER resource_search_insert ON resource`);
    await q.query(`DROP FUNCTION resource_search_sync()`);
    await q.query(`DROP TABLE resource_search`);
  }
}
