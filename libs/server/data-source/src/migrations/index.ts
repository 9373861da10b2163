import { Foundation1763800000000 } from './1763800000000-foundation';
import { SteeringGroups1763900000000 } from './1763900000000-steering-groups';

/** In order; each migration is a timestamped class. */
export const MIGRATIONS = [Foundation1763800000000, SteeringGroups1763900000000];
