import type { DataSource } from 'typeorm';
import type { PaperStorageOptions } from '../papers.options';
import type { PaperStorage } from './paper-storage';
import { PostgresPaperStorage } from './postgres-paper-storage';
import { S3PaperStorage } from './s3-paper-storage';

/** The one place PAPER_STORAGE picks an implementation (the API, and the worker for packs). */
export function createPaperStorage(db: DataSource, options: PaperStorageOptions): PaperStorage {
  if (options.storage === 's3') return new S3PaperStorage(db, options.s3!);
  return new PostgresPaperStorage(db);
}
