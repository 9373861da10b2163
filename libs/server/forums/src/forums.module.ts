import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { FORUMS_OPTIONS, type ForumsOptions } from './forums.options';
import { ForumMemberResolver, ForumsResolver, PostsResolver, ThreadsResolver } from './forums.resolver';
import { ForumsService } from './forums.service';
import { ForumViewerCanResolver, GroupForumResolver, MeForumsResolver, PersonForumsResolver } from './forum-admin.resolver';
import { AgendaItemInputsResolver, ThreadAgendaItemResolver } from './inputs.resolver';
import { MentionsResolver } from './mentions.resolver';
import { ForumFollowingResolver, ThreadFollowingResolver } from './following/following.resolver';
import { FollowingService } from './following/following.service';
import { PostsService } from './posts.service';
import { SearchService } from './search.service';
import { ThreadsService } from './threads.service';

export const FORUMS_RESOLVERS: Type[] = [ForumsResolver, ForumMemberResolver, ThreadsResolver, PostsResolver, AgendaItemInputsResolver, ThreadAgendaItemResolver, ForumViewerCanResolver, GroupForumResolver, PersonForumsResolver, MeForumsResolver, MentionsResolver, ThreadFollowingResolver, ForumFollowingResolver];
const PROVIDERS: Provider[] = [ForumsService, ThreadsService, PostsService, SearchService, FollowingService];

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
