import type { Route } from '../../routes';

/** The forums screens. */
export const ROUTES: Route[] = [];
