import type { Route } from '../../routes';
import { ActionsPage } from './actions';
import { AdminHomePage } from './admin';
import { AdminForumGuestsPage } from './forum-guests';
import { AdminInvitationsPage } from './invitations';
import { AdminNewOrganisationPage, AdminOrganisationPage, AdminOrganisationsPage } from './organisations';
import { AdminPeoplePage, AdminPersonPage } from './people';
import { PreferencesPage } from './preferences';

/**
 * The admin screens (coordinators and admins; others are told they have no access), the action
 * log and email preferences. Every path here is signed in.
 */
export const ROUTES: Route[] = [
  { path: '/admin', component: AdminHomePage },
  { path: '/admin/people', component: AdminPeoplePage },
  { path: '/admin/people/:id', component: AdminPersonPage },
  { path: '/admin/organisations', component: AdminOrganisationsPage },
  { path: '/admin/organisations/new', component: AdminNewOrganisationPage },
  { path: '/admin/organisations/:id', component: AdminOrganisationPage },
  { path: '/admin/invitations', component: AdminInvitationsPage },
  { path: '/admin/forum-guests', component: AdminForumGuestsPage },
  { path: '/actions', component: ActionsPage },
  { path: '/preferences', component: PreferencesPage },
];
