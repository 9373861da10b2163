import type { Route } from '../../routes';
import { FoiBankHolidaysPage } from './bank-holidays';
import { FoiCampaignPage } from './campaign-page';
import { FoiCampaignsPage } from './campaigns';
import { FoiRecipientListsPage } from './recipient-lists';
import { FoiRequestPage } from './request-page';

/** FOI campaigns, their requests, recipient lists and bank holidays (the answers' screens are in ./answers). */
export const ROUTES: Route[] = [
  { path: '/foi', component: FoiCampaignsPage },
  { path: '/foi/recipient-lists', component: FoiRecipientListsPage },
  { path: '/foi/bank-holidays', component: FoiBankHolidaysPage },
  { path: '/foi/campaigns/:campaignId', component: FoiCampaignPage },
  { path: '/foi/requests/:requestId', component: FoiRequestPage },
];
