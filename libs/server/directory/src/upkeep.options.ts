export const UPKEEP_OPTIONS = Symbol('UPKEEP_OPTIONS');

export interface UpkeepOptions {
  /** A record not checked for this many months shows a warning (DIRECTORY_CHECK_MONTHS). */
  checkMonths: number;
}
