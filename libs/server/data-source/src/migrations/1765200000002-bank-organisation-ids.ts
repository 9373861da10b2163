import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bank's facets count organisations over every visible resource in one statement: each
 * resource carries its organisations' ids (kept by `resource_reindex` from
 * `resource_organisation`, which stays the source), so the count needs no join per row.
 */
export class BankOrganisationIds1765200000002 implements MigrationInterface {
  name = 'BankOrganisationIds1765200000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE resource ADD COLUMN organisation_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      CREATE OR REPLACE FUNCTION resource_reindex(target uuid) RETURNS void LANGUAGE sql AS $$
        UPDATE resource r SET
            organisation_ids = coalesce((SELECT array_agg(ro.organisation_id ORDER BY ro.position) FROM resource_organisation ro WHERE ro.resource_id = r.id), '{}'),
            search =
            setweight(to_tsvector('bank', r.title), 'A')
         || setweight(to_tsvector('bank', r.summary || ' ' || array_to_string(r.outside_authors, ' ') || ' ' ||
              coalesce((SELECT string_agg(o.name, ' ') FROM resource_organisation ro JOIN organisation o ON o.id = ro.organisation_id WHERE ro.resource_id = r.id), '')), 'B')
         || setweight(to_tsvector('bank', left(r.file_text, 200000)), 'C')
         WHERE r.id = target;
        DELETE FROM resource_word WHERE resource_id = target;
        INSERT INTO resource_word (resource_id, word)
          SELECT DISTINCT r.id, w FROM resource r,
                 regexp_split_to_table(bank_fold(r.title || ' ' || r.summary || ' ' || array_to_string(r.outside_authors, ' ')), '[^[:alnum:]]+') w
           WHERE r.id = target AND length(w) BETWEEN 3 AND 40;
      $$`);
    await q.query(`UPDATE resource r SET organisation_ids = coalesce((SELECT array_agg(ro.organisation_id ORDER BY ro.position) FROM resource_organisation ro WHERE ro.resource_id = r.id), '{}')`);
    await q.query(`CREATE INDEX resource_organisation_ids_idx ON resource USING gin (organisation_ids)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX resource_organisation_ids_idx`);
    await q.query(`
      CREATE OR REPLACE FUNCTION resource_reindex(target uuid) RETURNS void LANGUAGE sql AS $$
        UPDATE resource r SET search =
            setweight(to_tsvector('bank', r.title), 'A')
         || setweight(to_tsvector('bank', r.summary || ' ' || array_to_string(r.outside_authors, ' ') || ' ' ||
              coalesce((SELECT string_agg(o.name, ' ') FROM resource_organisation ro JOIN organisation o ON o.id = ro.organisation_id WHERE ro.resource_id = r.id), '')), 'B')
         || setweight(to_tsvector('bank', left(r.file_text, 200000)), 'C')
         WHERE r.id = target;
        DELETE FROM resource_word WHERE resource_id = target;
        INSERT INTO resource_word (resource_id, word)
          SELECT DISTINCT r.id, w FROM resource r,
                 regexp_split_to_table(bank_fold(r.title || ' ' || r.summary || ' ' || array_to_string(r.outside_authors, ' ')), '[^[:alnum:]]+') w
           WHERE r.id = target AND length(w) BETWEEN 3 AND 40;
      $$`);
    await q.query(`ALTER TABLE resource DROP COLUMN organisation_ids`);
  }
}
