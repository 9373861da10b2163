import { Args, ArgsType, Field, GraphQLISODateTime, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { Actor } from '@convene/access';
import { actorOf, Connection, CurrentActor, Text, loadList, requestLoader, SignedIn, UuidPipe, type MaybePromise, type Page, type RequestContext } from '@convene/graphql-kit';
import { PeopleService, PersonModel } from '@convene/identity';
import { loadPerson } from '../groups/mapping';
import { MeetingModel } from '../models';
import { ActionsService } from './actions.service';
import {
  ActionInput,
  ActionItemModel,
  ActionLogArgs,
  ActionProgressModel,
  ActionUpdateInput,
  MinutesCommentModel,
  MinutesInput,
  MinutesModel,
  MinutesRevisionModel,
} from './minutes.models';
import { MinutesService, toMinutes } from './minutes.service';

const ActionConnection = Connection(ActionItemModel, 'ActionItemConnection');

@ArgsType()
class CommentArgs {
  @Field(() => ID) @IsUUID() minutesId!: string;
  @Field() @Text({ max: 5_000, label: 'comment', keepSpaces: true }) body!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() agendaItemId?: string | null;
}

@SignedIn()
@Resolver(() => MinutesModel)
export class MinutesResolver {
  constructor(
    private readonly minutes: MinutesService,
    private readonly actions: ActionsService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => MinutesModel, { name: 'minutes', description: 'Drafts are visible to the chair, secretary and coordinators only.' })
  async minutesById(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<MinutesModel> {
    return toMinutes(await this.minutes.get(actor, id));
  }

  @Mutation(() => MinutesModel, { description: 'Chair, secretary or coordinator: starts the minutes of a meeting, one note per accepted agenda item.' })
  startMinutes(@Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string, @CurrentActor() actor: Actor): Promise<MinutesModel> {
    return this.minutes.start(actor, meetingId);
  }

  @Mutation(() => MinutesModel, { description: 'Saves a new revision (while DRAFT or CIRCULATED).' })
  updateMinutes(@Args('minutesId', { type: () => ID }, UuidPipe) minutesId: string, @Args('input') input: MinutesInput, @CurrentActor() actor: Actor): Promise<MinutesModel> {
    return this.minutes.update(actor, minutesId, input);
  }

  @Mutation(() => MinutesModel, { description: 'DRAFT → CIRCULATED: members can read and comment.' })
  circulateMinutes(@Args('minutesId', { type: () => ID }, UuidPipe) minutesId: string, @CurrentActor() actor: Actor): Promise<MinutesModel> {
    return this.minutes.circulate(actor, minutesId);
  }

  @Mutation(() => MinutesModel, {
    description: 'CIRCULATED → APPROVED: at a later meeting of the group that has started (atMeetingId), or by a decision recorded on a date (decidedAt) not in the future and not before the meeting. Give one.',
  })
  approveMinutes(
    @Args('minutesId', { type: () => ID }, UuidPipe) minutesId: string,
    @Args('atMeetingId', { type: () => ID, nullable: true }) atMeetingId: string | null,
    @Args('decidedAt', { type: () => GraphQLISODateTime, nullable: true, description: 'When the decision was made outside a meeting, e.g. by email.' }) decidedAt: Date | null,
    @CurrentActor() actor: Actor,
  ): Promise<MinutesModel> {
    return this.minutes.approve(actor, minutesId, { atMeetingId, decidedAt });
  }

  @Mutation(() => MinutesModel, { description: 'APPROVED → PUBLISHED: on the public page of a PUBLIC group, without redacted items.' })
  publishMinutes(@Args('minutesId', { type: () => ID }, UuidPipe) minutesId: string, @CurrentActor() actor: Actor): Promise<MinutesModel> {
    return this.minutes.publish(actor, minutesId);
  }

  @Mutation(() => MinutesCommentModel, { description: 'Members comment while the minutes are circulated.' })
  commentOnMinutes(@Args() args: CommentArgs, @CurrentActor() actor: Actor): Promise<MinutesCommentModel> {
    return this.minutes.comment(actor, args.minutesId, args.body, args.agendaItemId);
  }

  @ResolveField(() => [MinutesCommentModel])
  comments(minutes: MinutesModel, _args: unknown, ctx: RequestContext): MaybePromise<MinutesCommentModel[]> {
    return loadList(ctx, 'minutes-comments', (ids) => this.minutes.comments(ids), minutes.id);
  }

  @ResolveField(() => [MinutesRevisionModel], {
    description: 'Every saved version with its author, oldest first. The chair, secretary and coordinators see all; other readers see the versions saved from circulation on.',
  })
  revisions(minutes: MinutesModel, _args: unknown, ctx: RequestContext): MaybePromise<MinutesRevisionModel[]> {
    const actor = actorOf(ctx);
    return loadList(ctx, 'minutes-revisions', (ids) => this.minutes.revisions(actor, ids), minutes.id);
  }

  @ResolveField(() => MeetingModel)
  async meeting(minutes: MinutesModel, _args: unknown, ctx: RequestContext): Promise<MeetingModel | null> {
    return requestLoader(ctx, 'meeting-of-child', (ids: readonly string[]) => this.actions.meetingsByIds(ids)).load(minutes.meetingId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  approvedBy(minutes: MinutesModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, minutes.approvedByPersonId);
  }
}

@SignedIn()
@Resolver(() => MinutesCommentModel)
export class MinutesCommentResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel, { nullable: true })
  author(comment: MinutesCommentModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, comment.personId);
  }
}

@SignedIn()
@Resolver(() => MinutesRevisionModel)
export class MinutesRevisionResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who saved this version; null if their account has since been removed.' })
  author(revision: MinutesRevisionModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, revision.authorPersonId);
  }
}

/** Minutes hang off their meeting: `meeting { minutes { … } }`. */
@SignedIn()
@Resolver(() => MeetingModel)
export class MeetingMinutesResolver {
  constructor(
    private readonly minutesService: MinutesService,
    private readonly actionsService: ActionsService,
  ) {}

  @ResolveField(() => MinutesModel, { nullable: true, description: 'Null until minutes exist, and for drafts unless you manage the group.' })
  minutes(meeting: MeetingModel, _args: unknown, ctx: RequestContext): Promise<MinutesModel | null> {
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'minutes-by-meeting', (ids: readonly string[]) => this.minutesService.byMeetingIds(actor, ids)).load(meeting.id);
  }

  @ResolveField(() => [ActionItemModel], { description: 'Actions agreed at this meeting.' })
  async actions(meeting: MeetingModel, _args: unknown, ctx: RequestContext): Promise<ActionItemModel[]> {
    const loader = requestLoader(ctx, 'actions-by-meeting', async (ids: readonly string[]) => {
      const found = await this.actionsService.byMeetingIds(ids);
      return ids.map((id) => found.get(id) ?? []);
    });
    return (await loader.load(meeting.id)) ?? [];
  }
}

@SignedIn()
@Resolver(() => ActionItemModel)
export class ActionResolver {
  constructor(
    private readonly actionsService: ActionsService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => ActionConnection, { description: 'The action log across meetings, filterable by group, owner, status and overdue.' })
  actionLog(@Args() args: ActionLogArgs, @CurrentActor() actor: Actor): Promise<Page<ActionItemModel>> {
    return this.actionsService.log(actor, args);
  }

  @Query(() => ActionItemModel)
  action(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<ActionItemModel> {
    return this.actionsService.get(actor, id);
  }

  @Mutation(() => ActionItemModel, { description: 'Chair, secretary or coordinator: records an action agreed at a meeting.' })
  addAction(@Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string, @Args('input') input: ActionInput, @CurrentActor() actor: Actor): Promise<ActionItemModel> {
    return this.actionsService.add(actor, meetingId, input);
  }

  @Mutation(() => ActionItemModel, { description: 'The owner, or the group’s chair, secretary or coordinator: status, due date and a progress note.' })
  updateAction(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: ActionUpdateInput, @CurrentActor() actor: Actor): Promise<ActionItemModel> {
    return this.actionsService.update(actor, id, input);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  owner(action: ActionItemModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, action.ownerPersonId);
  }

  @ResolveField(() => MeetingModel, { description: 'The meeting that agreed the action.' })
  async meeting(action: ActionItemModel, _args: unknown, ctx: RequestContext): Promise<MeetingModel | null> {
    return requestLoader(ctx, 'meeting-of-child', (ids: readonly string[]) => this.actionsService.meetingsByIds(ids)).load(action.meetingId);
  }

  @ResolveField(() => [ActionProgressModel])
  progress(action: ActionItemModel, _args: unknown, ctx: RequestContext): MaybePromise<ActionProgressModel[]> {
    return loadList(ctx, 'action-progress', (ids) => this.actionsService.progress(ids), action.id);
  }
}
