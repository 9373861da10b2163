export const PAPER_OPTIONS = Symbol('PAPER_OPTIONS');

export interface PaperOptions {
  /** The largest upload accepted, in bytes (PAPER_MAX_BYTES). */
  maxBytes: number;
  /** Where the web client is served: cookie-carrying uploads must come from this origin. */
  publicWebUrl: string;
  storage: 'postgres';
}
