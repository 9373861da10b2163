import type { Route } from '../../routes';
import { GroupPage } from './group-page';
import { GroupsPage } from './groups-list';
import { TermsPage } from './terms-page';

/** The groups screens. */
export const ROUTES: Route[] = [
  { path: '/groups', component: GroupsPage },
  { path: '/groups/:groupId', component: GroupPage },
  { path: '/groups/:groupId/terms-of-reference', component: TermsPage },
];
