import type { Route } from '../../routes';

/** The meetings screens. */
export const ROUTES: Route[] = [];
