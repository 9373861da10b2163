import type { S3StorageOptions } from './storage/s3-paper-storage';

export const PAPER_OPTIONS = Symbol('PAPER_OPTIONS');

export interface PaperStorageOptions {
  storage: 'postgres' | 's3';
  /** Set when `storage` is s3. */
  s3?: S3StorageOptions;
}

export interface PaperOptions extends PaperStorageOptions {
  /** The largest upload accepted, in bytes (PAPER_MAX_BYTES). */
  maxBytes: number;
  /** Where the web client is served: cookie-carrying uploads must come from this origin. */
  publicWebUrl: string;
  /** clamd's `tcp://host:port` (CLAMD_URL), or null: no scanner configured, uploads count as clean. */
  clamdUrl?: string | null;
  /** How long an upload waits for clamd (CLAMD_TIMEOUT_SECONDS), in ms. */
  scanTimeoutMs?: number;
  /** Upload tickets one person may ask for an hour, papers and bank files together (PAPER_UPLOADS_PER_HOUR). */
  uploadsPerHour?: number;
}

/** The storage part of a loaded config (API or worker). */
export interface PaperStorageConfig {
  PAPER_STORAGE: 'postgres' | 's3';
  S3_ENDPOINT?: string;
  S3_BUCKET?: string;
  S3_REGION: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
  S3_FORCE_PATH_STYLE: boolean;
}

export function paperStorageOptionsOf(config: PaperStorageConfig): PaperStorageOptions {
  if (config.PAPER_STORAGE === 'postgres') return { storage: 'postgres' };
  return {
    storage: 's3',
    s3: {
      endpoint: config.S3_ENDPOINT,
      bucket: config.S3_BUCKET!,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    },
  };
}

/** Everything PapersModule needs, from the API's loaded config. */
export function paperOptionsOf(config: PaperStorageConfig & { PAPER_MAX_BYTES: number; PUBLIC_WEB_URL: string; CLAMD_URL?: string; CLAMD_TIMEOUT_SECONDS: number; PAPER_UPLOADS_PER_HOUR?: number }): PaperOptions {
  return {
    ...paperStorageOptionsOf(config),
    maxBytes: config.PAPER_MAX_BYTES,
    publicWebUrl: config.PUBLIC_WEB_URL,
    clamdUrl: config.CLAMD_URL ?? null,
    scanTimeoutMs: config.CLAMD_TIMEOUT_SECONDS * 1000,
    uploadsPerHour: config.PAPER_UPLOADS_PER_HOUR,
  };
}
