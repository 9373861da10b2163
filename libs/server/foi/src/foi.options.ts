import type { paperStorageOptionsOf } from '@convene/papers';

export const FOI_OPTIONS = Symbol('FOI_OPTIONS');

export interface FoiOptions {
  /** The largest attachment accepted, in bytes (the papers' PAPER_MAX_BYTES). */
  maxBytes: number;
  /** Where the web client is served: cookie-carrying uploads must come from this origin. */
  publicWebUrl: string;
  /** Where attachment bytes go: the papers' PAPER_STORAGE (PostgreSQL when left out). */
  storage?: ReturnType<typeof paperStorageOptionsOf>;
}
