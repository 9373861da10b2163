import type { Route } from '../../routes';
import { GroupEditPage, GroupNewPage } from './group-form';
import { GroupMembersPage } from './group-members';
import { GroupPage } from './group-page';
import { GroupsPage } from './groups-list';
import { TermsPage } from './terms-page';

/** The groups screens. */
export const ROUTES: Route[] = [
  { path: '/groups', component: GroupsPage },
  { path: '/groups/new', component: GroupNewPage },
  { path: '/groups/:groupId', component: GroupPage },
  { path: '/groups/:groupId/edit', component: GroupEditPage },
  { path: '/groups/:groupId/members', component: GroupMembersPage },
  { path: '/groups/:groupId/terms-of-reference', component: TermsPage },
];
