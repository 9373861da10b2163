import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { actorOf, checkText, CurrentActor, loadList, requestLoader, SignedIn, UuidPipe, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { PeopleService, PersonModel } from '@convene/identity';
import { loadPerson } from '../groups/mapping';
import { MEETING_LOADERS } from '../loader-keys';
import { ActionsService } from '../minutes/actions.service';
import { ActionItemModel } from '../minutes/minutes.models';
import { MeetingModel } from '../models';
import { MeetingsService } from '../meetings/meetings.service';
import { AgendaItemInput, AgendaItemModel, AgendaItemUpdateInput, AgendaVersionModel } from './agenda.models';
import { AgendaService } from './agenda.service';

@SignedIn()
@Resolver(() => MeetingModel)
export class MeetingAgendaResolver {
  constructor(
    private readonly agenda: AgendaService,
    private readonly actions: ActionsService,
  ) {}

  @ResolveField(() => [AgendaItemModel], { description: 'The working agenda, in order; starts from the group’s standing template.' })
  agendaItems(meeting: MeetingModel, _args: unknown, ctx: RequestContext): MaybePromise<AgendaItemModel[]> {
    const actor = actorOf(ctx);
    return loadList(ctx, MEETING_LOADERS.agendaItems, (ids) => this.agenda.items(actor, ids), meeting.id);
  }

  @ResolveField(() => [AgendaVersionModel], { description: 'Published versions, newest first.' })
  agendaVersions(meeting: MeetingModel, _args: unknown, ctx: RequestContext): MaybePromise<AgendaVersionModel[]> {
    return loadList(ctx, 'agenda-versions', (ids) => this.agenda.versions(ids), meeting.id);
  }

  @ResolveField(() => [ActionItemModel], { description: 'Open actions from earlier meetings of the group, under “minutes of the last meeting and matters arising”.' })
  mattersArising(meeting: MeetingModel, _args: unknown, ctx: RequestContext): MaybePromise<ActionItemModel[]> {
    return loadList(ctx, MEETING_LOADERS.mattersArising, (ids) => this.actions.mattersArising(ids), meeting.id);
  }

  @Mutation(() => AgendaItemModel, { description: 'Chair, secretary or coordinator: adds an accepted item at the end.' })
  addAgendaItem(@Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string, @Args('input') input: AgendaItemInput, @CurrentActor() actor: Actor): Promise<AgendaItemModel> {
    return this.agenda.add(actor, meetingId, input);
  }

  @Mutation(() => AgendaItemModel, { description: 'Group members propose items before the submission deadline.' })
  proposeAgendaItem(@Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string, @Args('input') input: AgendaItemInput, @CurrentActor() actor: Actor): Promise<AgendaItemModel> {
    return this.agenda.propose(actor, meetingId, input);
  }

  @Mutation(() => AgendaItemModel)
  updateAgendaItem(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: AgendaItemUpdateInput, @CurrentActor() actor: Actor): Promise<AgendaItemModel> {
    return this.agenda.update(actor, id, input);
  }

  @Mutation(() => AgendaItemModel)
  acceptAgendaItem(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<AgendaItemModel> {
    return this.agenda.decide(actor, id, true);
  }

  @Mutation(() => AgendaItemModel, { description: 'Declines a proposal, with a reason the proposer sees.' })
  declineAgendaItem(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('reason') reason: string, @CurrentActor() actor: Actor): Promise<AgendaItemModel> {
    return this.agenda.decide(actor, id, false, checkText(reason, 'reason', { max: 1000 }));
  }

  @Mutation(() => Boolean)
  removeAgendaItem(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.agenda.remove(actor, id);
  }

  @Mutation(() => Boolean, { description: 'Sets the order; list every item of the agenda once.' })
  async reorderAgenda(
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
    @Args('itemIds', { type: () => [ID] }) itemIds: string[],
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.agenda.reorder(actor, meetingId, itemIds.slice(0, 200));
    return true;
  }

  @Mutation(() => AgendaVersionModel, { description: 'Freezes the accepted items as a numbered version. From version 2 a change note is required.' })
  publishAgenda(
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
    @Args('changeNote', { type: () => String, nullable: true }) changeNote: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<AgendaVersionModel> {
    return this.agenda.publish(actor, meetingId, checkText(changeNote, 'changeNote', { max: 1000, optional: true, blank: true }));
  }
}

@SignedIn()
@Resolver(() => AgendaItemModel)
export class AgendaItemResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly meetings: MeetingsService,
  ) {}

  @ResolveField(() => MeetingModel, { nullable: true, description: 'The meeting whose agenda it is on.' })
  meeting(item: AgendaItemModel, _args: unknown, ctx: RequestContext): Promise<MeetingModel | null> {
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'meeting-of-item', (ids: readonly string[]) => this.meetings.byIds(actor, ids)).load(item.meetingId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  presenter(item: AgendaItemModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    if (!item.presenterPersonId) return null;
    return loadPerson(ctx, this.people, item.presenterPersonId);
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'Who proposed or added it.' })
  proposedBy(item: AgendaItemModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    if (!item.proposedByPersonId) return null;
    return loadPerson(ctx, this.people, item.proposedByPersonId);
  }
}
