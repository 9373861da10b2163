import type { Route } from '../../routes';
import { ForumPage } from './forum';
import { ForumMembersPage, ForumNewPage } from './forum-manage';
import { ForumsPage } from './forums';
import { ForumSearchPage } from './search';
import { ThreadPage } from './thread';
import { HeldPostsPage } from './held-posts';

/** The forums screens. `/forums/search` comes before `/forums/:forumId`, which would match it. */
export const ROUTES: Route[] = [
  { path: '/forums', component: ForumsPage },
  { path: '/forums/search', component: ForumSearchPage },
  { path: '/forums/new', component: ForumNewPage },
  { path: '/forums/held', component: HeldPostsPage },
  { path: '/forums/:forumId', component: ForumPage },
  { path: '/forums/:forumId/members', component: ForumMembersPage },
  { path: '/forums/:forumId/threads/:threadId', component: ThreadPage },
];
