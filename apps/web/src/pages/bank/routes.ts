import type { Route } from '../../routes';
import { ContributorsPage } from './contributors';
import { ResourceEditPage, ResourceNewPage } from './resource-form';
import { ResourceImportPage } from './resource-import';
import { SavedSearchesPage } from './saved-searches';
import { ResourcesPage } from './resources';

/** Looking after the knowledge bank. The finder itself is `/bank`, served by the API without JavaScript. */
export const ROUTES: Route[] = [
  { path: '/resources', component: ResourcesPage },
  { path: '/resources/new', component: ResourceNewPage },
  { path: '/resources/contributors', component: ContributorsPage },
  { path: '/resources/import', component: ResourceImportPage },
  { path: '/resources/saved-searches', component: SavedSearchesPage },
  { path: '/resources/:resourceId/edit', component: ResourceEditPage },
];
