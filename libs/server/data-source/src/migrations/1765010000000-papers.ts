import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Papers as files on agenda items, beside the links in `agenda_item.papers`. Bytes are stored
 * once per sha256 (`stored_file`); each upload is a numbered `paper_version`; RESTRICTED papers
 * name their readers. Upload tickets are stored hashed and used once.
 */
export class Papers1765010000000 implements MigrationInterface {
  name = 'Papers1765010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stored_file (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size int NOT NULL CHECK (size >= 0),
        -- NULL once the bytes live in another store (S3): the row stays the index of what is kept.
        bytes bytea,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE paper (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        confidentiality text NOT NULL CHECK (confidentiality IN ('PUBLIC', 'PARTNERSHIP', 'GROUP', 'RESTRICTED')),
        author_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        current_version int NOT NULL DEFAULT 1 CHECK (current_version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX paper_agenda_item_idx ON paper(agenda_item_id, created_at)`);
    await q.query(`
      CREATE TABLE paper_version (
        paper_id uuid NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version >= 1),
        sha256 text NOT NULL REFERENCES stored_file(sha256),
        filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 150),
        content_type text NOT NULL,
        size int NOT NULL CHECK (size >= 0),
        page_count int CHECK (page_count IS NULL OR page_count >= 0),
        author_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (paper_id, version)
      )`);
    await q.query(`CREATE INDEX paper_version_sha256_idx ON paper_version(sha256)`);
    // Versions also go with their agenda item, meeting or group (cascades): their bytes go too,
    // unless another version still holds them, so nothing confidential outlives its paper.
    await q.query(`
      CREATE FUNCTION stored_file_release() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM stored_file s WHERE s.sha256 = OLD.sha256 AND NOT EXISTS (SELECT 1 FROM paper_version v WHERE v.sha256 = OLD.sha256);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER paper_version_release AFTER DELETE ON paper_version FOR EACH ROW EXECUTE FUNCTION stored_file_release()`);
    await q.query(`
      CREATE TABLE paper_reader (
        paper_id uuid NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        PRIMARY KEY (paper_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE paper_upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        replace_paper_id uuid REFERENCES paper(id) ON DELETE CASCADE,
        title text NOT NULL,
        confidentiality text NOT NULL CHECK (confidentiality IN ('PUBLIC', 'PARTNERSHIP', 'GROUP', 'RESTRICTED')),
        max_bytes int NOT NULL CHECK (max_bytes > 0),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        paper_id uuid REFERENCES paper(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX paper_upload_expires_idx ON paper_upload(expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE paper_upload`);
    await q.query(`DROP TABLE paper_reader`);
    await q.query(`DROP TABLE paper_version`);
    await q.query(`DROP FUNCTION stored_file_release()`);
    await q.query(`DROP TABLE paper`);
    await q.query(`DROP TABLE stored_file`);
  }
}
