import type { Route } from '../../routes';

/** The admin screens. */
export const ROUTES: Route[] = [];
