import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { actorOf, CurrentActor, loadList, SignedIn, UuidPipe, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { PeopleService, PersonModel } from '@convene/identity';
import { loadPerson } from '../groups/mapping';
import { MEETING_LOADERS } from '../loader-keys';
import { MeetingModel } from '../models';
import { AssessmentCurationInput, AssessmentEntryInput, AssessmentEntryModel, AssessmentThemeRowModel } from './assessment.models';
import { AssessmentService, COMPARISON_MAX_MEETINGS } from './assessment.service';

@SignedIn()
@Resolver(() => MeetingModel)
export class MeetingAssessmentResolver {
  constructor(private readonly assessmentService: AssessmentService) {}

  @ResolveField(() => [AssessmentEntryModel], { description: 'The sector activity assessment: included entries, plus your own and (for managers) all submitted.' })
  assessment(meeting: MeetingModel, _args: unknown, ctx: RequestContext): MaybePromise<AssessmentEntryModel[]> {
    const actor = actorOf(ctx);
    return loadList(ctx, MEETING_LOADERS.assessment, (ids) => this.assessmentService.entries(actor, ids), meeting.id);
  }

  @Query(() => [AssessmentThemeRowModel], { description: 'Each theme across the group’s last N assessed meetings.' })
  assessmentComparison(
    @Args('groupId', { type: () => ID }, UuidPipe) groupId: string,
    @Args('lastN', { type: () => Int, defaultValue: 6, description: `How many of the group’s most recent assessed meetings to compare: 1 to ${COMPARISON_MAX_MEETINGS}.` }) lastN: number,
    @CurrentActor() actor: Actor,
  ): Promise<AssessmentThemeRowModel[]> {
    return this.assessmentService.comparison(actor, groupId, lastN);
  }

  @Mutation(() => AssessmentEntryModel, { description: 'Members contribute before the deadline; managers’ entries are included at once.' })
  contributeAssessmentEntry(@Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string, @Args('input') input: AssessmentEntryInput, @CurrentActor() actor: Actor): Promise<AssessmentEntryModel> {
    return this.assessmentService.contribute(actor, meetingId, input);
  }

  @Mutation(() => AssessmentEntryModel, { description: 'Chair, secretary or coordinator: include, exclude or edit an entry.' })
  curateAssessmentEntry(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: AssessmentCurationInput, @CurrentActor() actor: Actor): Promise<AssessmentEntryModel> {
    return this.assessmentService.curate(actor, id, input);
  }

  @Mutation(() => Int, { description: 'Copies the previous meeting’s included entries as the starting draft; returns how many were copied.' })
  carryForwardAssessment(@Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string, @CurrentActor() actor: Actor): Promise<number> {
    return this.assessmentService.carryForward(actor, meetingId);
  }
}

@SignedIn()
@Resolver(() => AssessmentEntryModel)
export class AssessmentEntryResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel, { nullable: true })
  contributedBy(entry: AssessmentEntryModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    if (!entry.contributedByPersonId) return null;
    return loadPerson(ctx, this.people, entry.contributedByPersonId);
  }
}
