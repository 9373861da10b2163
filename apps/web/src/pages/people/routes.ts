import type { Route } from '../../routes';
import { AccountSettingsPage } from './account-settings';
import { PersonPage } from './person-page';

/** A person's page, and your own account. */
export const ROUTES: Route[] = [
  { path: '/people/:personId', component: PersonPage },
  { path: '/account', component: AccountSettingsPage },
];
