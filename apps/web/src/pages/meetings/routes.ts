import type { Route } from '../../routes';
import { MeetingPage } from './meeting-page';

/** The meetings screens. */
export const ROUTES: Route[] = [{ path: '/meetings/:meetingId', component: MeetingPage }];
