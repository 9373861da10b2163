import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { FORUMS_OPTIONS, type ForumsOptions } from './forums.options';
import { ForumMemberResolver, ForumsResolver, PostsResolver, ThreadsResolver } from './forums.resolver';
import { ForumsService } from './forums.service';
import { ForumViewerCanResolver, GroupForumResolver, MeForumsResolver, PersonForumsResolver } from './forum-admin.resolver';
import { AgendaItemInputsResolver, ThreadAgendaItemResolver } from './inputs.resolver';
import { MentionsResolver } from './mentions.resolver';
import { ForumFollowingResolver, ThreadFollowingResolver } from './following/following.resolver';
import { FollowingService } from './following/following.service';
import { ForumGuestSettingsResolver, ForumGuestsResolver, ForumInvitationJoinerResolver, ForumMemberGuestResolver, MeOrganisationNameResolver, PersonOrganisationNameResolver } from './guests/guests.resolver';
import { ForumGuestsService } from './guests/guests.service';
import { HeldPostsService } from './held/held-posts.service';
import { ForumGuardSettingResolver, HeldPostsResolver, PostApprovalResolver } from './held/held-posts.resolver';
import { ThreadTitlesResolver } from './moderation/thread-titles.resolver';
import { ThreadTitlesService } from './moderation/thread-titles.service';
import { PostsService } from './posts.service';
import { SearchService } from './search.service';
import { ThreadsService } from './threads.service';

export const FORUMS_RESOLVERS: Type[] = [ForumsResolver, ForumMemberResolver, ThreadsResolver, PostsResolver, AgendaItemInputsResolver, ThreadAgendaItemResolver, ForumViewerCanResolver, GroupForumResolver, PersonForumsResolver, MeForumsResolver, MentionsResolver, ThreadFollowingResolver, ForumFollowingResolver, ForumGuestsResolver, ForumInvitationJoinerResolver, ForumGuestSettingsResolver, ForumMemberGuestResolver, PersonOrganisationNameResolver, MeOrganisationNameResolver, HeldPostsResolver, PostApprovalResolver, ForumGuardSettingResolver, ThreadTitlesResolver];
const PROVIDERS: Provider[] = [ForumsService, ThreadsService, PostsService, SearchService, FollowingService, ForumGuestsService, HeldPostsService, ThreadTitlesService];

/** Private forums: used by the API (GraphQL) and by the forum service (sockets). */
@Module({})
export class ForumsModule {
  static forRoot(options: ForumsOptions, { graphql = true } = {}): DynamicModule {
    return {
      module: ForumsModule,
      global: true,
      providers: [{ provide: FORUMS_OPTIONS, useValue: options }, ...PROVIDERS, ...(graphql ? FORUMS_RESOLVERS : [])],
      exports: PROVIDERS,
    };
  }
}
