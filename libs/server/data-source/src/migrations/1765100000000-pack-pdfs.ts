import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Built PDFs of agenda packs and approved minutes, cached per view: the meeting, the agenda (or
 * minutes) version and the set of paper versions one reader may see. Readers with the same view
 * share one row; the unique key makes concurrent builds store once. A pack goes with its
 * meeting, and with any paper version it carries, so nothing confidential outlives its paper.
 */
export class PackPdfs1765100000000 implements MigrationInterface {
  name = 'PackPdfs1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pack_pdf (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('AGENDA', 'MINUTES')),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version >= 1),
        view_key text NOT NULL CHECK (view_key ~ '^[0-9a-f]{64}$'),
        -- "<paper id>:<version>" of every paper merged or listed, for clean-up and release.
        paper_versions text[] NOT NULL DEFAULT '{}',
        paper_ids uuid[] NOT NULL DEFAULT '{}',
        bytes bytea NOT NULL,
        size int NOT NULL CHECK (size > 0),
        page_count int NOT NULL CHECK (page_count > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, meeting_id, version, view_key)
      )`);
    await q.query(`CREATE INDEX pack_pdf_paper_ids_idx ON pack_pdf USING gin (paper_ids)`);
    await q.query(`
      CREATE FUNCTION pack_pdf_release() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM pack_pdf WHERE paper_ids @> ARRAY[OLD.paper_id];
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER paper_version_pack_release AFTER DELETE ON paper_version FOR EACH ROW EXECUTE FUNCTION pack_pdf_release()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER paper_version_pack_release ON paper_version`);
    await q.query(`DROP FUNCTION pack_pdf_release()`);
    await q.query(`DROP TABLE pack_pdf`);
  }
}
