import type { Route } from '../../routes';
import { MeetingPage } from './meeting-page';
import { NewMeetingPage } from './new-meeting';

/** The meetings screens. */
export const ROUTES: Route[] = [
  { path: '/groups/:groupId/meetings/new', component: NewMeetingPage },
  { path: '/meetings/:meetingId', component: MeetingPage },
];
