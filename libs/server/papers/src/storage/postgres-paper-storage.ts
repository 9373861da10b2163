import type { DataSource } from 'typeorm';
import type { PaperStorage, Sql } from './paper-storage';

/**
 * The embedded default (`PAPER_STORAGE=postgres`): bytes in `stored_file.bytes`, one row per
 * sha256. Fine up to the upload limit; a deployment with many large papers wants S3 instead.
 */
export class PostgresPaperStorage implements PaperStorage {
  constructor(private readonly db: DataSource) {}

  async put(sql: Sql, sha256: string, bytes: Buffer): Promise<void> {
    // DO UPDATE (not NOTHING) locks an existing row, so a delete running alongside waits for us.
    await sql.query(`INSERT INTO stored_file (sha256, size, bytes) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO UPDATE SET sha256 = EXCLUDED.sha256`, [sha256, bytes.length, bytes]);
  }

  async get(sha256: string): Promise<Buffer | null> {
    const rows: { bytes: Buffer | null }[] = await this.db.query(`SELECT bytes FROM stored_file WHERE sha256 = $1`, [sha256]);
    return rows[0]?.bytes ?? null;
  }

  async delete(sql: Sql, sha256s: string[]): Promise<void> {
    if (sha256s.length === 0) return;
    await sql.query(`DELETE FROM stored_file s WHERE s.sha256 = ANY($1::text[]) AND stored_file_unused(s.sha256)`, [sha256s]);
  }
}
