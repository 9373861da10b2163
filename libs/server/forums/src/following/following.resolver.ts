import { Args, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor } from '@convene/access';
import { actorOf, CurrentActor, requestLoader, SignedIn, UuidPipe, type RequestContext } from '@convene/graphql-kit';
import { ForumsService } from '../forums.service';
import { ForumModel, ThreadModel } from '../models';
import { ThreadsService } from '../threads.service';
import { FollowLevel } from './following.models';
import { FollowingService } from './following.service';

/** Watching and muting, and unread markers per thread, for the signed-in person. */
@SignedIn()
@Resolver(() => ThreadModel)
export class ThreadFollowingResolver {
  constructor(
    private readonly following: FollowingService,
    private readonly threads: ThreadsService,
  ) {}

  @Mutation(() => ThreadModel, { description: 'Watch or mute a thread you can read; null goes back to the forum’s setting.' })
  async followThread(
    @Args('threadId', { type: () => ID }, UuidPipe) threadId: string,
    @Args('level', { type: () => FollowLevel, nullable: true }) level: FollowLevel | null,
    @CurrentActor() actor: Actor,
  ): Promise<ThreadModel> {
    await this.following.setThread(actor, threadId, level ?? null);
    return this.threads.get(actor, threadId);
  }

  @ResolveField(() => FollowLevel, { nullable: true, description: 'Your own setting on this thread; null follows the forum’s.' })
  async followLevel(thread: ThreadModel, _args: unknown, ctx: RequestContext): Promise<FollowLevel | null> {
    return (await this.levels(ctx).load(thread.id))?.own ?? null;
  }

  @ResolveField(() => FollowLevel, { nullable: true, description: 'The setting in force: the thread’s own, else the forum’s.' })
  async effectiveFollowLevel(thread: ThreadModel, _args: unknown, ctx: RequestContext): Promise<FollowLevel | null> {
    return (await this.levels(ctx).load(thread.id))?.effective ?? null;
  }

  @ResolveField(() => Int, { description: 'Posts by others you have not read here (0 while muted). Stored on the server, so every device agrees.' })
  async unreadCount(thread: ThreadModel, _args: unknown, ctx: RequestContext): Promise<number> {
    return (await this.reads(ctx).load(thread.id))?.unread ?? 0;
  }

  @ResolveField(() => String, { nullable: true, description: 'The position (Post.position) you have read up to; null if you never opened the thread. Posts after it are “new since your last visit”.' })
  async lastReadPosition(thread: ThreadModel, _args: unknown, ctx: RequestContext): Promise<string | null> {
    return (await this.reads(ctx).load(thread.id))?.lastReadPosition ?? null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The first post by someone else after lastReadPosition (also while muted): where “new since your last visit” goes. Null if you never opened the thread or nothing is new.' })
  async firstUnreadPostId(thread: ThreadModel, _args: unknown, ctx: RequestContext): Promise<string | null> {
    return (await this.reads(ctx).load(thread.id))?.firstUnreadPostId ?? null;
  }

  private levels(ctx: RequestContext) {
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'thread-follow-level', (ids: readonly string[]) => this.following.threadLevels(actor.personId, ids));
  }

  private reads(ctx: RequestContext) {
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'thread-read-state', (ids: readonly string[]) => this.following.readStates(actor.personId, ids));
  }
}

@SignedIn()
@Resolver(() => ForumModel)
export class ForumFollowingResolver {
  constructor(
    private readonly following: FollowingService,
    private readonly forums: ForumsService,
  ) {}

  @Mutation(() => ForumModel, { description: 'Watch or mute a whole forum you can read; a thread’s own setting overrides it. null removes it.' })
  async followForum(
    @Args('forumId', { type: () => ID }, UuidPipe) forumId: string,
    @Args('level', { type: () => FollowLevel, nullable: true }) level: FollowLevel | null,
    @CurrentActor() actor: Actor,
  ): Promise<ForumModel> {
    await this.following.setForum(actor, forumId, level ?? null);
    return this.forums.get(actor, forumId);
  }

  @ResolveField(() => FollowLevel, { nullable: true, description: 'Your setting on this forum; null for the default (digests only).' })
  followLevel(forum: ForumModel, _args: unknown, ctx: RequestContext): Promise<FollowLevel | null> {
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'forum-follow-level', (ids: readonly string[]) => this.following.forumLevels(actor.personId, ids))
      .load(forum.id)
      .then((level) => level ?? null);
  }
}
