import type { Route } from '../../routes';
import { DirectoryHomePage } from './directory-home';
import { FinderPage, OwnFinderPage } from './finder';
import { EditOrganisationPage, NewOrganisationPage } from './organisation-form';
import { OrganisationPage } from './organisation-page';
import { EditServicePage, NewServicePage } from './service-form';
import { ServicePage } from './service-page';
import { SuggestionsPage } from './suggestions';
import { DirectoryImportPage } from './import';
import { MergeReviewPage } from './merges';
import { ContactPrivacyPage, PersonPrivacyPage } from './subject-access';

/** The partner directory. The finder and service pages work signed out, for what is public. */
export const ROUTES: Route[] = [
  { path: '/directory', component: DirectoryHomePage },
  { path: '/directory/suggestions', component: SuggestionsPage },
  { path: '/directory/merges', component: MergeReviewPage },
  { path: '/directory/import', component: DirectoryImportPage },
  { path: '/directory/contacts/:id/data', component: ContactPrivacyPage },
  { path: '/directory/people/:id/data', component: PersonPrivacyPage },
  { path: '/directory/organisations/new', component: NewOrganisationPage },
  { path: '/directory/organisations/:id', component: OrganisationPage },
  { path: '/directory/organisations/:id/edit', component: EditOrganisationPage },
  { path: '/directory/organisations/:organisationId/services/new', component: NewServicePage },
  { path: '/directory/services/:id', component: ServicePage, public: true },
  { path: '/directory/services/:id/edit', component: EditServicePage },
  { path: '/find-services', component: OwnFinderPage, public: true },
  { path: '/find-services/:partnership', component: FinderPage, public: true },
];
