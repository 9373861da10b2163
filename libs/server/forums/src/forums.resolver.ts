import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FORUM_GRADES, AccessService, type Actor } from '@convene/access';
import { actorOf, checkText, CurrentActor, GqlContext, requestLoader, SignedIn, UuidPipe, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { PeopleService, PersonModel, loadPerson } from '@convene/identity';
import { ForumsService } from './forums.service';
import { renderMarkdown } from '@convene/markdown';
import { ForumMemberModel, ForumModel, ForumRole, PostModel, PostPageModel, PostReportModel, PostRevisionModel, SearchHitModel, ThreadModel, ThreadPageModel, clampPage } from './models';
import { PostsService, postBody } from './posts.service';
import type { PostRow } from './rows';
import { SearchService } from './search.service';
import { PersonalDataConsentInput } from './held/held.models';
import { ThreadsService } from './threads.service';

/** The reader's grade in every forum, once per request. */
export async function gradesOf(ctx: RequestContext, access: AccessService): Promise<Map<string, number>> {
  const key = 'forum-grades';
  ctx.loaders[key] ??= access.forumsOf(ctx.actor!);
  return ctx.loaders[key] as Promise<Map<string, number>>;
}

/** Hidden posts keep their place; only moderators and the author still see the words. */
export async function toPostModel(ctx: RequestContext, access: AccessService, row: PostRow): Promise<PostModel> {
  const mayRead = !row.hiddenAt || row.authorPersonId === ctx.actor?.personId || ((await gradesOf(ctx, access)).get(row.forumId) ?? 0) >= FORUM_GRADES.MODERATE;
  return {
    id: row.id,
    threadId: row.threadId,
    forumId: row.forumId,
    clientId: row.clientId,
    replyToId: row.replyToId,
    bodyMarkdown: mayRead ? row.bodyMarkdown : null,
    bodyHtml: mayRead ? row.bodyHtml : null,
    hidden: row.hiddenAt !== null,
    hiddenReason: row.hiddenReason,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    position: row.createdSeq,
    cursor: row.changeSeq,
    authorPersonId: row.authorPersonId,
    heldReason: row.heldReason,
    heldDecision: row.heldDecision,
  };
}

@SignedIn()
@Resolver(() => ForumModel)
export class ForumsResolver {
  constructor(
    private readonly forumsService: ForumsService,
    private readonly threadsService: ThreadsService,
    private readonly searchService: SearchService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [ForumModel], { description: 'The forums you are in, most recently active first.' })
  forums(@CurrentActor() actor: Actor): Promise<ForumModel[]> {
    return this.forumsService.mine(actor);
  }

  @Query(() => ForumModel)
  forum(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<ForumModel> {
    return this.forumsService.get(actor, id);
  }

  @Query(() => [SearchHitModel], { description: 'Full-text search over the posts and thread titles you may read. Any text is accepted (quotes, OR, -word).' })
  searchForums(
    @Args('query') query: string,
    @Args('forumId', { type: () => ID, nullable: true }) forumId: string | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @CurrentActor() actor: Actor,
  ): Promise<SearchHitModel[]> {
    return this.searchService.search(actor, query, { forumId, first: clampPage(first) });
  }

  @Mutation(() => ForumModel, { description: 'Coordinators create topic forums; a group’s chair or secretary can create the group’s forum.' })
  createForum(
    @Args('name') name: string,
    @Args('description', { type: () => String, nullable: true }) description: string | null,
    @Args('groupId', { type: () => ID, nullable: true }) groupId: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<ForumModel> {
    return this.forumsService.create(actor, { name, description: checkText(description, 'description', { max: 2000, optional: true, blank: true, keepSpaces: true }), groupId });
  }

  @Mutation(() => Boolean, { description: 'Moderators add someone from the partnership, or change their role.' })
  async setForumMember(
    @Args('forumId', { type: () => ID }, UuidPipe) forumId: string,
    @Args('personId', { type: () => ID }, UuidPipe) personId: string,
    @Args('role', { type: () => ForumRole, defaultValue: ForumRole.MEMBER }) role: ForumRole,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.forumsService.setMember(actor, forumId, personId, role);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Moderators remove someone; their live connections leave the forum at once.' })
  async removeForumMember(@Args('forumId', { type: () => ID }, UuidPipe) forumId: string, @Args('personId', { type: () => ID }, UuidPipe) personId: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.forumsService.removeMember(actor, forumId, personId);
    return true;
  }

  @Mutation(() => Boolean)
  async resolvePostReport(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.forumsService.resolveReport(actor, id);
    return true;
  }

  @ResolveField(() => ThreadPageModel, { description: 'Pinned threads first, then the most recently active.' })
  async threads(
    @Parent() forum: ForumModel,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => ID, nullable: true }) after: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<ThreadPageModel> {
    const page = await this.threadsService.list(actor, forum.id, clampPage(first), after);
    return { nodes: page.threads, endCursor: page.threads.at(-1)?.id ?? null, hasNextPage: page.more };
  }

  @ResolveField(() => [ForumMemberModel])
  members(forum: ForumModel, _args: unknown, ctx: RequestContext): Promise<ForumMemberModel[]> {
    const actor = actorOf(ctx);
    return this.forumsService.members(actor, forum.id) as Promise<ForumMemberModel[]>;
  }

  @ResolveField(() => Int, { description: 'Posts by others you have not read yet.' })
  async unreadCount(forum: ForumModel, _args: unknown, ctx: RequestContext): Promise<number> {
    const actor = actorOf(ctx);
    const loader = requestLoader(ctx, 'forum-unread', async (ids: readonly string[]) => {
      const counts = await this.forumsService.unreadCounts(actor, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    });
    return (await loader.load(forum.id)) ?? 0;
  }

  @ResolveField(() => ForumRole, { nullable: true, description: 'MODERATOR if you can moderate here; null if you only read.' })
  async myRole(forum: ForumModel, _args: unknown, ctx: RequestContext): Promise<ForumRole | null> {
    const grade = (await gradesOf(ctx, this.access)).get(forum.id) ?? 0;
    return grade >= FORUM_GRADES.MODERATE ? ForumRole.MODERATOR : grade >= FORUM_GRADES.POST ? ForumRole.MEMBER : null;
  }

  @ResolveField(() => [PostReportModel], { description: 'Open reports; moderators only.' })
  async reports(forum: ForumModel, _args: unknown, ctx: RequestContext): Promise<PostReportModel[]> {
    const actor = actorOf(ctx);
    // Not an error: the field is non-null, and one forum's refusal would blank the whole list.
    if (((await gradesOf(ctx, this.access)).get(forum.id) ?? 0) < FORUM_GRADES.MODERATE) return [];
    return this.forumsService.openReports(actor, forum.id);
  }
}

@SignedIn()
@Resolver(() => ForumMemberModel)
export class ForumMemberResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel, { nullable: true })
  person(member: ForumMemberModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, member.personId);
  }
}

@SignedIn()
@Resolver(() => ThreadModel)
export class ThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly postsService: PostsService,
    private readonly forumsService: ForumsService,
    private readonly people: PeopleService,
    private readonly access: AccessService,
  ) {}

  @Query(() => ThreadModel)
  thread(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<ThreadModel> {
    return this.threadsService.get(actor, id);
  }

  @Mutation(() => ThreadModel, { description: 'Starts a thread with its first post. The same clientId again returns the same thread.' })
  async createThread(
    @Args('forumId', { type: () => ID }, UuidPipe) forumId: string,
    @Args('title') title: string,
    @Args('body') body: string,
    @Args('clientId') clientId: string,
    @Args('theme', { type: () => String, nullable: true }) theme: string | null,
    @Args('agendaItemId', { type: () => ID, nullable: true, description: 'Links the thread to an agenda item you can read.' }) agendaItemId: string | null,
    @Args('personalData', { type: () => PersonalDataConsentInput, nullable: true, description: 'The answer to a PERSONAL_DATA refusal.' }) personalData: PersonalDataConsentInput | null,
    @CurrentActor() actor: Actor,
  ): Promise<ThreadModel> {
    return (await this.threadsService.create(actor, { forumId, title, body, clientId, theme: checkText(theme, 'theme', { max: 60, optional: true, blank: true }), agendaItemId, personalData })).thread;
  }

  @Mutation(() => ThreadModel)
  pinThread(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('pinned', { defaultValue: true }) pinned: boolean, @CurrentActor() actor: Actor): Promise<ThreadModel> {
    return this.threadsService.moderate(actor, id, { pinned });
  }

  @Mutation(() => ThreadModel)
  lockThread(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('locked', { defaultValue: true }) locked: boolean, @CurrentActor() actor: Actor): Promise<ThreadModel> {
    return this.threadsService.moderate(actor, id, { locked });
  }

  @Mutation(() => ThreadModel, { description: 'Opens the inputs thread for an agenda item in the group’s forum; it locks at the submission deadline.' })
  openInputsThread(@Args('agendaItemId', { type: () => ID }, UuidPipe) agendaItemId: string, @CurrentActor() actor: Actor): Promise<ThreadModel> {
    return this.threadsService.openInputs(actor, agendaItemId);
  }

  @Mutation(() => Int, { description: 'Marks the thread read up to a post (or all of it); returns what is still unread there.' })
  markThreadRead(@Args('threadId', { type: () => ID }, UuidPipe) threadId: string, @Args('postId', { type: () => ID, nullable: true }) postId: string | null, @CurrentActor() actor: Actor): Promise<number> {
    return this.postsService.markRead(actor, threadId, postId);
  }

  @ResolveField(() => PostPageModel)
  async posts(
    @Parent() thread: ThreadModel,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @CurrentActor() actor: Actor,
    @GqlContext() ctx: RequestContext,
  ): Promise<PostPageModel> {
    const page = await this.postsService.list(actor, thread.id, clampPage(first), after);
    return { nodes: await Promise.all(page.posts.map((p) => toPostModel(ctx, this.access, p))), endCursor: page.posts.at(-1)?.createdSeq ?? null, hasNextPage: page.more };
  }

  @ResolveField(() => ForumModel)
  forum(thread: ThreadModel, _args: unknown, ctx: RequestContext): Promise<ForumModel> {
    const actor = actorOf(ctx);
    return this.forumsService.get(actor, thread.forumId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  createdBy(thread: ThreadModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, thread.createdByPersonId);
  }
}

@SignedIn()
@Resolver(() => PostModel)
export class PostsResolver {
  constructor(
    private readonly postsService: PostsService,
    private readonly people: PeopleService,
    private readonly access: AccessService,
  ) {}

  @Query(() => String, { description: 'The sanitised HTML a post with this Markdown would get, for a preview. Nothing is saved.' })
  previewPost(@Args('body') body: string): string {
    // The same normalising and limits as posting: an empty or too-long body is BAD_USER_INPUT.
    return renderMarkdown(postBody(body));
  }

  @Mutation(() => PostModel, { description: 'Posts in a thread. Sending the same clientId again returns the first post; nothing is duplicated.' })
  async createPost(
    @Args('threadId', { type: () => ID }, UuidPipe) threadId: string,
    @Args('body') body: string,
    @Args('clientId') clientId: string,
    @Args('replyToId', { type: () => ID, nullable: true }) replyToId: string | null,
    @Args('personalData', { type: () => PersonalDataConsentInput, nullable: true, description: 'The answer to a PERSONAL_DATA refusal.' }) personalData: PersonalDataConsentInput | null,
    @CurrentActor() actor: Actor,
    @GqlContext() ctx: RequestContext,
  ): Promise<PostModel> {
    return toPostModel(ctx, this.access, (await this.postsService.create(actor, { threadId, body, clientId, replyToId, personalData })).post);
  }

  @Mutation(() => PostModel, { description: 'Authors edit their own posts; the earlier text is kept in `revisions`.' })
  async editPost(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('body') body: string,
    @Args('personalData', { type: () => PersonalDataConsentInput, nullable: true, description: 'The answer to a PERSONAL_DATA refusal.' }) personalData: PersonalDataConsentInput | null,
    @CurrentActor() actor: Actor,
    @GqlContext() ctx: RequestContext,
  ): Promise<PostModel> {
    return toPostModel(ctx, this.access, await this.postsService.edit(actor, id, body, personalData));
  }

  @Mutation(() => PostModel, { description: 'Moderators hide a post, with a reason that members see in its place.' })
  async hidePost(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('reason') reason: string, @CurrentActor() actor: Actor, @GqlContext() ctx: RequestContext): Promise<PostModel> {
    return toPostModel(ctx, this.access, await this.postsService.setHidden(actor, id, true, checkText(reason, 'reason', { max: 500 })));
  }

  @Mutation(() => PostModel)
  async showPost(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor, @GqlContext() ctx: RequestContext): Promise<PostModel> {
    return toPostModel(ctx, this.access, await this.postsService.setHidden(actor, id, false));
  }

  @Mutation(() => Boolean, { description: 'Tells the forum’s moderators something is wrong with a post.' })
  async reportPost(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('reason') reason: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.postsService.report(actor, id, checkText(reason, 'reason', { max: 1000, blank: true })!);
    return true;
  }

  @ResolveField(() => PersonModel, { nullable: true })
  author(post: PostModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, post.authorPersonId);
  }

  @ResolveField(() => [PostRevisionModel], { description: 'Earlier versions, oldest first; the author and moderators only.' })
  async revisions(post: PostModel, _args: unknown, ctx: RequestContext): Promise<PostRevisionModel[]> {
    const actor = actorOf(ctx);
    const moderator = ((await gradesOf(ctx, this.access)).get(post.forumId) ?? 0) >= FORUM_GRADES.MODERATE;
    if (!moderator && post.authorPersonId !== actor.personId) return [];
    return this.postsService.revisions(actor, post.id);
  }
}
