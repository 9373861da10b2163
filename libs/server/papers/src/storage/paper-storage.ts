import { createHash } from 'node:crypto';

/** Anything that runs SQL: the DataSource, or a transaction's EntityManager. */
export interface Sql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Where paper bytes live, addressed by their sha256: the same bytes stored twice are kept once.
 * `stored_file` is always the index of what is kept (paper versions refer to it); an
 * implementation decides where the bytes themselves go. Writes take the caller's transaction, so
 * a paper and its bytes are saved together or not at all.
 */
export interface PaperStorage {
  /** Keeps `bytes` under `sha256`; storing bytes already kept changes nothing. */
  put(sql: Sql, sha256: string, bytes: Buffer): Promise<void>;
  /** The bytes kept under `sha256`, or null. */
  get(sha256: string): Promise<Buffer | null>;
  /** Forgets those of `sha256s` that nothing refers to any more: no paper version, no bank resource (one statement). */
  delete(sql: Sql, sha256s: string[]): Promise<void>;
  /**
   * After the transaction that deleted index rows has committed: removes the bytes of those rows
   * kept outside PostgreSQL (all due ones when `sha256s` is absent). A failure is kept for the
   * next sweep, never thrown: the database change stands either way. PostgreSQL storage has
   * nothing to do here.
   */
  sweep?(sha256s?: string[]): Promise<void>;
}

/** The Nest token the configured implementation is provided under. */
export const PAPER_STORAGE = Symbol('PAPER_STORAGE');

export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
