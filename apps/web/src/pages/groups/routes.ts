import type { Route } from '../../routes';

/** The groups screens. */
export const ROUTES: Route[] = [];
