import { Args, Field, ID, Mutation, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { FORUM_GRADES, AccessService, type Actor } from '@convene/access';
import { CurrentActor, requestLoader, SignedIn, UuidPipe, type RequestContext } from '@convene/graphql-kit';
import { gradesOf } from '../forums.resolver';
import { PersonalDataConsentInput } from '../held/held.models';
import { ThreadModel } from '../models';
import type { ThreadRow } from '../rows';
import { ThreadTitlesService } from './thread-titles.service';

@ObjectType('ThreadTitleModeration', { description: 'A title a moderator hid: the reason, for everyone in the forum.' })
export class ThreadTitleModerationModel {
  @Field() hidden!: boolean;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

type ThreadParent = ThreadModel & Partial<Pick<ThreadRow, 'titleHiddenAt' | 'titleHiddenReason' | 'heldReason'>>;

@SignedIn()
@Resolver(() => ThreadModel)
export class ThreadTitlesResolver {
  constructor(
    private readonly titles: ThreadTitlesService,
    private readonly access: AccessService,
  ) {}

  @Mutation(() => ThreadModel, { description: 'Moderators rewrite a thread’s title (it may name a client), with a reason. Audited with the reason only.' })
  editThreadTitle(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('title') title: string,
    @Args('reason') reason: string,
    @Args('personalData', { type: () => PersonalDataConsentInput, nullable: true }) personalData: PersonalDataConsentInput | null,
    @CurrentActor() actor: Actor,
  ): Promise<ThreadRow> {
    return this.titles.editTitle(actor, id, title, reason, personalData);
  }

  @Mutation(() => ThreadModel, { description: 'Moderators hide a thread’s title, with a reason: everyone reads “Title hidden by a moderator”. Audited.' })
  hideThreadTitle(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('reason') reason: string, @CurrentActor() actor: Actor): Promise<ThreadRow> {
    return this.titles.setTitleHidden(actor, id, true, reason);
  }

  @Mutation(() => ThreadModel, { description: 'Moderators show a hidden title again. Audited.' })
  showThreadTitle(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<ThreadRow> {
    return this.titles.setTitleHidden(actor, id, false);
  }

  @ResolveField(() => ThreadTitleModerationModel)
  titleModeration(thread: ThreadParent): ThreadTitleModerationModel {
    return { hidden: !!thread.titleHiddenAt, reason: thread.titleHiddenAt ? (thread.titleHiddenReason ?? null) : null };
  }

  @ResolveField(() => String, { nullable: true, description: 'The words of a hidden title; moderators only (null for everyone else).' })
  async hiddenTitle(thread: ThreadParent, _args: unknown, ctx: RequestContext): Promise<string | null> {
    if (!thread.titleHiddenAt || ((await gradesOf(ctx, this.access)).get(thread.forumId) ?? 0) < FORUM_GRADES.MODERATE) return null;
    return (await requestLoader(ctx, 'thread-hidden-title', async (ids: readonly string[]) => {
      const found = await this.titles.hiddenTitles(ids);
      return ids.map((id) => found.get(id) ?? null);
    }).load(thread.id)) ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Its opening post waits for a moderator: only you (its author) and moderators see the thread.' })
  waitingForApproval(thread: ThreadParent): boolean {
    return !!thread.heldReason;
  }
}
