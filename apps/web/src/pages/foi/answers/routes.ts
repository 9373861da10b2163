import type { Route } from '../../../routes';
import { FoiMatrixPage } from './matrix-page';
import { FoiPublishPage } from './publish-page';
import { RecordAnswersPage } from './record-answers-page';

/** A campaign's answers: the matrix with its chart and exports, and publishing. */
export const ROUTES: Route[] = [
  { path: '/foi/campaigns/:campaignId/matrix', component: FoiMatrixPage },
  { path: '/foi/campaigns/:campaignId/publish', component: FoiPublishPage },
  { path: '/foi/requests/:requestId/answers', component: RecordAnswersPage },
];
