import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FORUM_GRADES, AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { actorOf, CurrentActor, GqlContext, requestLoader, SignedIn, UuidPipe, type RequestContext } from '@convene/graphql-kit';
import { gradesOf, toPostModel } from '../forums.resolver';
import { ForumModel, PostModel } from '../models';
import type { PersonalDataKind } from '../guard/personal-data';
import { ApprovalStateEnum, HeldPostModel, HeldReasonEnum, PersonalDataModeEnum, PostApprovalModel } from './held.models';
import { HeldPostsService } from './held-posts.service';

/** The moderators' queue of held posts, approving and rejecting, and the forum's guard setting. */
@SignedIn()
@Resolver(() => HeldPostModel)
export class HeldPostsResolver {
  constructor(
    private readonly held: HeldPostsService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [HeldPostModel], { description: 'Posts waiting for you to approve them, in the forums you moderate (or one of them), oldest first.' })
  async heldPosts(
    @Args('forumId', { type: () => ID, nullable: true }) forumId: string | null,
    @CurrentActor() actor: Actor,
    @GqlContext() ctx: RequestContext,
  ): Promise<HeldPostModel[]> {
    const rows = await this.held.queue(actor, forumId);
    return Promise.all(
      rows.map(async (row) => ({
        post: await toPostModel(ctx, this.access, row),
        threadTitle: row.threadTitle,
        reason: row.heldReason as HeldReasonEnum,
        heldAt: row.heldAt,
        kinds: row.guardKinds as PersonalDataKind[],
        authorReason: row.guardReason,
        forumId: row.forumId,
      })),
    );
  }

  @Mutation(() => PostModel, { description: 'Moderators approve a held post: it is delivered now, once (live, mentions, digests, watchers). A second decision is CONFLICT.' })
  async approvePost(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor, @GqlContext() ctx: RequestContext): Promise<PostModel> {
    return toPostModel(ctx, this.access, await this.held.approve(actor, id));
  }

  @Mutation(() => PostModel, { description: 'Moderators reject a held post: only its author still sees it, marked not approved. A second decision is CONFLICT.' })
  async rejectPost(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor, @GqlContext() ctx: RequestContext): Promise<PostModel> {
    return toPostModel(ctx, this.access, await this.held.reject(actor, id));
  }
}

@SignedIn()
@Resolver(() => PostModel)
export class PostApprovalResolver {
  @ResolveField(() => PostApprovalModel, { nullable: true, description: 'Waiting for a moderator, or not approved; null once delivered.' })
  approval(post: PostModel): PostApprovalModel | null {
    if (!post.heldReason) return null;
    return { state: post.heldDecision === 'REJECTED' ? ApprovalStateEnum.REJECTED : ApprovalStateEnum.WAITING, reason: post.heldReason as HeldReasonEnum };
  }
}

@SignedIn()
@Resolver(() => ForumModel)
export class ForumGuardSettingResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  @ResolveField(() => PersonalDataModeEnum, { description: 'What the personal-data guard does with posts that may name someone.' })
  async personalDataMode(forum: ForumModel, _args: unknown, ctx: RequestContext): Promise<PersonalDataModeEnum> {
    const loader = requestLoader(ctx, 'forum-personal-data-mode', async (ids: readonly string[]) => {
      const found: { id: string; mode: PersonalDataModeEnum }[] = await this.db.query(`SELECT id, personal_data_mode AS mode FROM forum WHERE id = ANY($1::uuid[])`, [ids]);
      const byId = new Map(found.map((f) => [f.id, f.mode]));
      return ids.map((id) => byId.get(id) ?? PersonalDataModeEnum.WARN);
    });
    return (await loader.load(forum.id)) ?? PersonalDataModeEnum.WARN;
  }

  @ResolveField(() => Int, { description: 'Posts waiting for a moderator; 0 unless you moderate the forum.' })
  async heldCount(forum: ForumModel, _args: unknown, ctx: RequestContext): Promise<number> {
    if (((await gradesOf(ctx, this.access)).get(forum.id) ?? 0) < FORUM_GRADES.MODERATE) return 0;
    const loader = requestLoader(ctx, 'forum-held-count', async (ids: readonly string[]) => {
      const found: { id: string; held: number }[] = await this.db.query(
        `SELECT forum_id AS id, count(*)::int AS held FROM post WHERE forum_id = ANY($1::uuid[]) AND held_reason IS NOT NULL AND held_decision IS NULL GROUP BY forum_id`,
        [ids],
      );
      const byId = new Map(found.map((f) => [f.id, f.held]));
      return ids.map((id) => byId.get(id) ?? 0);
    });
    return (await loader.load(forum.id)) ?? 0;
  }

  @Mutation(() => PersonalDataModeEnum, { description: 'Moderators choose what the personal-data guard does in the forum. Audited.' })
  async setForumPersonalDataMode(
    @Args('forumId', { type: () => ID }, UuidPipe) forumId: string,
    @Args('mode', { type: () => PersonalDataModeEnum }) mode: PersonalDataModeEnum,
    @CurrentActor() actor: Actor,
    @GqlContext() ctx: RequestContext,
  ): Promise<PersonalDataModeEnum> {
    await this.access.assertAccess(actorOf(ctx), Permission.forumModerate, forumId, 'Forum');
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE forum SET personal_data_mode = $2, updated_at = now() WHERE id = $1`, [forumId, mode]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'forum.personal-data-mode', subjectType: 'forum', subjectId: forumId, detail: { mode } }, tx);
    });
    return mode;
  }
}
