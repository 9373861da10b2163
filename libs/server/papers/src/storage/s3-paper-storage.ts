import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { DataSource } from 'typeorm';
import { moduleLogger } from '@convene/logging';
import type { PaperStorage, Sql } from './paper-storage';
import { PostgresPaperStorage } from './postgres-paper-storage';

const logger = moduleLogger('paper-storage');

export interface S3StorageOptions {
  /** An S3-compatible endpoint (MinIO, Garage, a cloud's); absent for AWS itself. */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `https://host/bucket/key` rather than `https://bucket.host/key`: most self-hosted servers want it. */
  forcePathStyle: boolean;
}

/** Orphans swept per call, so one sweep stays short. */
const SWEEP_BATCH = 100;

/**
 * `PAPER_STORAGE=s3`: bytes in a bucket under `papers/<sha256>`, `stored_file` still the index
 * (its `bytes` NULL). Writing the index row first, in the caller's transaction, under an
 * advisory lock on the hash, orders every put against the sweep that deletes objects:
 * - an upload whose transaction rolls back leaves an object no row names; it was listed in
 *   `stored_file_orphan` before it was written, so the sweep removes it;
 * - deleting index rows lists their hashes there (a trigger, in the same transaction); the
 *   object goes after the commit, and a failed delete is retried by the next sweep.
 * Rows written while storage was `postgres` keep their bytes in the row and are served from it.
 */
export class S3PaperStorage implements PaperStorage {
  private readonly client: S3Client;
  /** The index rows are PostgreSQL storage's, with their bytes elsewhere: deleting them is the same statement. */
  private readonly index: PostgresPaperStorage;

  constructor(
    private readonly db: DataSource,
    private readonly options: S3StorageOptions,
  ) {
    this.index = new PostgresPaperStorage(db);
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: options.accessKeyId && options.secretAccessKey ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } : undefined,
    });
  }

  private key(sha256: string): string {
    return `papers/${sha256}`;
  }

  async put(sql: Sql, sha256: string, bytes: Buffer): Promise<void> {
    await sql.query(`SELECT pg_advisory_xact_lock(hashtextextended('stored_file:' || $1, 0))`, [sha256]);
    const [row] = (await sql.query(
      `INSERT INTO stored_file (sha256, size) VALUES ($1, $2) ON CONFLICT (sha256) DO UPDATE SET sha256 = EXCLUDED.sha256 RETURNING (xmax = 0) AS inserted`,
      [sha256, bytes.length],
    )) as { inserted: boolean }[];
    if (!row.inserted) return;
    // Outside the caller's transaction, so it survives a rollback; harmless if the upload commits.
    await this.db.query(
      `INSERT INTO stored_file_orphan (sha256, not_before) VALUES ($1, now() + interval '10 minutes') ON CONFLICT (sha256) DO UPDATE SET not_before = EXCLUDED.not_before`,
      [sha256],
    );
    await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: this.key(sha256), Body: bytes, ContentLength: bytes.length, ContentType: 'application/octet-stream' }));
  }

  async get(sha256: string): Promise<Buffer | null> {
    const [row]: { bytes: Buffer | null }[] = await this.db.query(`SELECT bytes FROM stored_file WHERE sha256 = $1`, [sha256]);
    if (!row) return null;
    if (row.bytes) return row.bytes;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.key(sha256) }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error: unknown) {
      if (error instanceof NoSuchKey) {
        logger.error({ sha256 }, 'paper bytes missing from the bucket');
        return null;
      }
      throw error;
    }
  }

  async delete(sql: Sql, sha256s: string[]): Promise<void> {
    await this.index.delete(sql, sha256s);
  }

  async sweep(sha256s?: string[]): Promise<void> {
    const due: { sha256: string }[] = await this.db.query(
      `SELECT sha256 FROM stored_file_orphan WHERE not_before <= now() AND ($1::text[] IS NULL OR sha256 = ANY($1::text[])) ORDER BY not_before LIMIT ${SWEEP_BATCH}`,
      [sha256s ?? null],
    );
    for (const { sha256 } of due) {
      try {
        await this.db.transaction(async (m) => {
          // An upload of the same bytes holds this lock until it commits: leave it to a later sweep.
          const [{ locked }] = await m.query(`SELECT pg_try_advisory_xact_lock(hashtextextended('stored_file:' || $1, 0)) AS locked`, [sha256]);
          if (!locked) return;
          const [inUse] = await m.query(`SELECT 1 FROM stored_file WHERE sha256 = $1`, [sha256]);
          if (!inUse) await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.key(sha256) }));
          await m.query(`DELETE FROM stored_file_orphan WHERE sha256 = $1`, [sha256]);
        });
      } catch (error: unknown) {
        logger.warn({ sha256, err: (error as Error).message }, 'paper bytes not deleted from the bucket; retrying later');
        await this.db.query(`UPDATE stored_file_orphan SET attempts = attempts + 1, not_before = now() + interval '5 minutes' WHERE sha256 = $1`, [sha256]).catch(() => undefined);
      }
    }
  }

  /** Closes the client's sockets (tests, shutdown). */
  destroy(): void {
    this.client.destroy();
  }
}
