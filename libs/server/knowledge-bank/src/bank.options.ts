import type { paperStorageOptionsOf } from '@convene/papers';

export const BANK_OPTIONS = Symbol('BANK_OPTIONS');

export interface BankOptions {
  /** The largest file accepted, in bytes (the papers' PAPER_MAX_BYTES). */
  maxBytes: number;
  /** Where the web client is served: cookie-carrying uploads must come from this origin. */
  publicWebUrl: string;
  /** Where file bytes go: the papers' PAPER_STORAGE (PostgreSQL when left out). */
  storage?: ReturnType<typeof paperStorageOptionsOf>;
}
