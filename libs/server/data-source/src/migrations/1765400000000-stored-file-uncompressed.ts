import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Papers are PDFs, Office files and images: already compressed. PostgreSQL's default storage
 * tries to compress every large value before moving it out of line, which for a 5 MB PDF costs
 * more than writing it (the papers benchmark: 0.17x to 0.31x of a raw write). EXTERNAL keeps
 * the bytes out of line without the attempt; existing rows are unchanged until rewritten.
 */
export class StoredFileUncompressed1765400000000 implements MigrationInterface {
  name = 'StoredFileUncompressed1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stored_file ALTER COLUMN bytes SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stored_file ALTER COLUMN bytes SET STORAGE EXTENDED`);
  }
}
