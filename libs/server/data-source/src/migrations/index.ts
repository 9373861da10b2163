import { Foundation1763800000000 } from './1763800000000-foundation';

/** In order; each migration is a timestamped class. */
export const MIGRATIONS = [Foundation1763800000000];
