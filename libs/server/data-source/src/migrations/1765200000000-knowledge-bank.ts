import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The knowledge bank: resources (reports, briefings, toolkits…) with facets, a weighted search
 * vector kept by `resource_reindex`, a word list for "did you mean", every change kept in
 * `resource_version`, anonymous view/download counts, and the people a coordinator has made
 * contributors. Files reuse the papers' content-addressed `stored_file`.
 */
export class KnowledgeBank1765200000000 implements MigrationInterface {
  name = 'KnowledgeBank1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is STABLE (it reads its dictionary by name); pinning the dictionary makes it
    // safe to call from IMMUTABLE index expressions.
    await q.query(`
      CREATE FUNCTION bank_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);
    // English stemming after accent folding: "integración" and "integracion" are one lexeme.
    await q.query(`CREATE TEXT SEARCH CONFIGURATION bank (COPY = english)`);
    await q.query(`ALTER TEXT SEARCH CONFIGURATION bank ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem`);

    await q.query(`
      CREATE TABLE resource (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL CHECK (length(summary) <= 600),
        type text NOT NULL CHECK (type IN ('REPORT', 'BRIEFING', 'INFOGRAPHIC', 'TOOLKIT', 'GUIDANCE', 'DATASET', 'VIDEO', 'WEB_PAGE')),
        year int NOT NULL CHECK (year BETWEEN 1900 AND 2100),
        published_on date CHECK (published_on IS NULL OR extract(year FROM published_on) = year),
        themes text[] NOT NULL DEFAULT '{}',
        policy_areas text[] NOT NULL DEFAULT '{}' CHECK (policy_areas <@ ARRAY['HOUSING', 'COMPULSORY_EDUCATION', 'HEALTH', 'EMPLOYMENT', 'ADULT_EDUCATION', 'COMMUNITY_COHESION', 'MEDIA_INFORMATION', 'ADVICE_GUIDANCE']),
        geography text NOT NULL DEFAULT '' CHECK (length(geography) <= 100),
        language text NOT NULL DEFAULT 'en' CHECK (language ~ '^[a-z]{2,3}$'),
        licence text NOT NULL DEFAULT '' CHECK (length(licence) <= 100),
        external_url text CHECK (external_url IS NULL OR external_url ~ '^https?://'),
        outside_authors text[] NOT NULL DEFAULT '{}',
        superseded_by_id uuid REFERENCES resource(id) ON DELETE SET NULL CHECK (superseded_by_id <> id),
        review_on date,
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'PARTNERSHIP', 'GROUP')),
        group_id uuid REFERENCES "group"(id) ON DELETE CASCADE,
        -- The uploaded file, if any: bytes in stored_file (shared with papers).
        file_sha256 text REFERENCES stored_file(sha256),
        file_name text CHECK (file_name IS NULL OR length(file_name) BETWEEN 1 AND 150),
        file_content_type text,
        file_size int CHECK (file_size IS NULL OR file_size >= 0),
        file_pages int CHECK (file_pages IS NULL OR file_pages >= 0),
        -- Text extracted from the file (weight C in the search); filled after upload.
        file_text text NOT NULL DEFAULT '',
        -- A first-page or image thumbnail (PNG), rendered by the worker.
        thumbnail_sha256 text REFERENCES stored_file(sha256),
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        search tsvector NOT NULL DEFAULT ''::tsvector,
        created_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((visibility = 'GROUP') = (group_id IS NOT NULL)),
        CHECK ((file_sha256 IS NULL) = (file_name IS NULL))
      )`);
    await q.query(`CREATE INDEX resource_search_idx ON resource USING gin (search)`);
    await q.query(`CREATE INDEX resource_title_trgm_idx ON resource USING gin (bank_fold(title) gin_trgm_ops)`);
    await q.query(`CREATE INDEX resource_partnership_idx ON resource (partnership_id, visibility, year)`);
    await q.query(`CREATE INDEX resource_themes_idx ON resource USING gin (themes)`);
    await q.query(`CREATE INDEX resource_group_idx ON resource (group_id) WHERE group_id IS NOT NULL`);
    await q.query(`CREATE INDEX resource_file_idx ON resource (file_sha256) WHERE file_sha256 IS NOT NULL`);
    await q.query(`CREATE INDEX resource_thumbnail_idx ON resource (thumbnail_sha256) WHERE thumbnail_sha256 IS NOT NULL`);

    await q.query(`
      CREATE TABLE resource_organisation (
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        position int NOT NULL DEFAULT 0,
        PRIMARY KEY (resource_id, organisation_id)
      )`);
    await q.query(`CREATE INDEX resource_organisation_org_idx ON resource_organisation (organisation_id)`);

    // Distinct folded words of each resource's title, summary and authors: the vocabulary
    // "did you mean" picks from, joined back to resources so a hidden one suggests nothing.
    await q.query(`
      CREATE TABLE resource_word (
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        word text NOT NULL,
        PRIMARY KEY (resource_id, word)
      )`);
    await q.query(`CREATE INDEX resource_word_trgm_idx ON resource_word USING gin (word gin_trgm_ops)`);

    // The search vector: A title, B summary and authors (outside and organisations), C file text.
    await q.query(`
      CREATE FUNCTION resource_reindex(target uuid) RETURNS void LANGUAGE sql AS $$
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

    await q.query(`
      CREATE TABLE resource_version (
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        version int NOT NULL,
        -- The whole resource as it was saved (fields and organisation ids), for the history.
        snapshot jsonb NOT NULL,
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (resource_id, version)
      )`);

    // Counts only: nobody's views or downloads are recorded.
    await q.query(`
      CREATE TABLE resource_counter (
        resource_id uuid PRIMARY KEY REFERENCES resource(id) ON DELETE CASCADE,
        views int NOT NULL DEFAULT 0,
        downloads int NOT NULL DEFAULT 0
      )`);

    await q.query(`
      CREATE TABLE resource_contributor (
        person_id uuid PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        granted_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        granted_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE resource_upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        max_bytes int NOT NULL CHECK (max_bytes > 0),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX resource_upload_expires_idx ON resource_upload (expires_at)`);

    // Bytes are released once neither a paper version nor a resource (file or thumbnail) holds them.
    await q.query(`
      CREATE OR REPLACE FUNCTION stored_file_unused(hash text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT NOT EXISTS (SELECT 1 FROM paper_version v WHERE v.sha256 = hash)
           AND NOT EXISTS (SELECT 1 FROM resource r WHERE r.file_sha256 = hash OR r.thumbnail_sha256 = hash)
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION stored_file_release() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM stored_file s WHERE s.sha256 = OLD.sha256 AND stored_file_unused(OLD.sha256);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION resource_file_release() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM stored_file s
         WHERE s.sha256 IN (OLD.file_sha256, OLD.thumbnail_sha256)
           AND (TG_OP = 'DELETE' OR s.sha256 IS DISTINCT FROM NEW.file_sha256 AND s.sha256 IS DISTINCT FROM NEW.thumbnail_sha256)
           AND stored_file_unused(s.sha256);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER resource_file_release AFTER DELETE OR UPDATE OF file_sha256, thumbnail_sha256 ON resource FOR EACH ROW EXECUTE FUNCTION resource_file_release()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER resource_file_release ON resource`);
    await q.query(`DROP FUNCTION resource_file_release()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION stored_file_release() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM stored_file s WHERE s.sha256 = OLD.sha256 AND NOT EXISTS (SELECT 1 FROM paper_version v WHERE v.sha256 = OLD.sha256);
        RETURN NULL;
      END $$`);
    await q.query(`DROP FUNCTION stored_file_unused(text)`);
    await q.query(`DROP TABLE resource_upload, resource_contributor, resource_counter, resource_version, resource_word, resource_organisation`);
    await q.query(`DROP FUNCTION resource_reindex(uuid)`);
    await q.query(`DROP TABLE resource`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION bank`);
    await q.query(`DROP FUNCTION bank_fold(text)`);
  }
}
