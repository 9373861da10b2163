import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeping the directory true: the yearly "is this still right?" check of each organisation and
 * service (one per record and year, by constraint; the token stored only as a hash), and merges
 * of duplicate organisations with what each merge moved, so that it can be undone.
 */
export class DirectoryUpkeep1765350000000 implements MigrationInterface {
  name = 'DirectoryUpkeep1765350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE directory_check (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisation(id) ON DELETE CASCADE,
        service_id uuid REFERENCES directory_service(id) ON DELETE CASCADE,
        contact_id uuid REFERENCES directory_contact(id) ON DELETE SET NULL,
        period text NOT NULL CHECK (period ~ '^[0-9]{4}$'),
        token_hash text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        suggested_at timestamptz,
        CHECK ((organisation_id IS NULL) <> (service_id IS NULL))
      )`);
    // Once per record and year, whoever asks and however often.
    await q.query(`CREATE UNIQUE INDEX directory_check_organisation_once ON directory_check(organisation_id, period) WHERE organisation_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX directory_check_service_once ON directory_check(service_id, period) WHERE service_id IS NOT NULL`);
    await q.query(`CREATE INDEX directory_check_contact_idx ON directory_check(contact_id) WHERE contact_id IS NOT NULL`);

    // Duplicate proposals: similar names (pg_trgm) and the same web domain.
    await q.query(`CREATE INDEX organisation_name_trgm_idx ON organisation USING gin (lower(name) gin_trgm_ops)`);
    await q.query(`
      CREATE FUNCTION web_domain(url text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT nullif(lower(substring(url FROM '^[a-zA-Z]+://(?:www\\.)?([^/:?#]+)')), '')
      $$`);
    await q.query(`CREATE INDEX organisation_domain_idx ON organisation(partnership_id, web_domain(website)) WHERE website IS NOT NULL`);

    // Ids without foreign keys: the merged organisation is deleted by the merge, and a survivor
    // merged away later makes this merge impossible to undo (the service says so).
    await q.query(`
      CREATE TABLE directory_merge (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        survivor_id uuid NOT NULL,
        merged_id uuid NOT NULL,
        merged_name text NOT NULL,
        merged_row jsonb NOT NULL,
        survivor_filled jsonb NOT NULL DEFAULT '{}',
        reasons text[] NOT NULL DEFAULT '{}',
        merged_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        merged_at timestamptz NOT NULL DEFAULT now(),
        undone_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        undone_at timestamptz,
        CHECK (survivor_id <> merged_id)
      )`);
    // An organisation is merged away at most once while that merge stands.
    await q.query(`CREATE UNIQUE INDEX directory_merge_standing_idx ON directory_merge(merged_id) WHERE undone_at IS NULL`);
    await q.query(`CREATE INDEX directory_merge_partnership_idx ON directory_merge(partnership_id, merged_at DESC)`);
    await q.query(`
      CREATE TABLE directory_merge_change (
        id bigserial PRIMARY KEY,
        merge_id uuid NOT NULL REFERENCES directory_merge(id) ON DELETE CASCADE,
        table_name text NOT NULL,
        column_name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MOVED', 'CLEARED', 'DELETED')),
        row_key jsonb NOT NULL,
        row_data jsonb
      )`);
    await q.query(`CREATE INDEX directory_merge_change_merge_idx ON directory_merge_change(merge_id)`);
    await q.query(`
      CREATE TABLE directory_merge_dismissal (
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        first_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        second_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        dismissed_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        dismissed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (first_id, second_id),
        CHECK (first_id < second_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE directory_merge_dismissal, directory_merge_change, directory_merge, directory_check`);
    await q.query(`DROP INDEX organisation_domain_idx, organisation_name_trgm_idx`);
    await q.query(`DROP FUNCTION web_domain(text)`);
  }
}
