import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@convene/access';
import { AttendanceModel, GroupMemberModel } from '@convene/groups';
import { CurrentActor, loadList, loadOne, SignedIn, UuidPipe, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { PersonModel } from '@convene/identity';
import { AffiliationModel, PastAffiliationInput, RepresentationInput, RepresentationModel } from './people.models';
import { DirectoryPeopleService } from './people.service';

@SignedIn()
@Resolver(() => PersonModel)
export class AffiliationResolver {
  constructor(private readonly people: DirectoryPeopleService) {}

  @ResolveField(() => [AffiliationModel], { description: 'Their organisations over time, newest first; the open one is `organisation`.' })
  affiliations(person: PersonModel, _args: unknown, ctx: RequestContext): MaybePromise<AffiliationModel[]> {
    const actor = ctx.actor!;
    return loadList(ctx, 'directory:person-affiliations', (ids) => this.people.affiliationsOf(actor, 'person', ids), person.id);
  }

  @Mutation(() => AffiliationModel, { description: 'Coordinators and admins: records a past span with an organisation. It may not overlap their others.' })
  recordPastAffiliation(@Args('input') input: PastAffiliationInput, @CurrentActor() actor: Actor): Promise<AffiliationModel> {
    return this.people.recordPastAffiliation(actor, input);
  }
}

@SignedIn()
@Resolver(() => GroupMemberModel)
export class RepresentationResolver {
  constructor(private readonly people: DirectoryPeopleService) {}

  @ResolveField(() => RepresentationModel, { nullable: true, description: 'The seat they hold now for an organisation, with their deputy.' })
  seat(member: GroupMemberModel, _args: unknown, ctx: RequestContext): MaybePromise<RepresentationModel | null> {
    const actor = ctx.actor!;
    return loadOne(ctx, 'directory:member-seat', (keys: readonly string[]) => this.people.currentSeats(actor, keys), `${member.groupId}:${member.personId}`);
  }

  @Mutation(() => RepresentationModel, { description: 'Those who manage the group: seats a member for an organisation from `startsOn`, ending the seat they held on it before.' })
  setRepresentation(@Args('input') input: RepresentationInput, @CurrentActor() actor: Actor): Promise<RepresentationModel> {
    return this.people.setRepresentation(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Those who manage the group: the seat ends today.' })
  endRepresentation(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.people.endRepresentation(actor, id);
  }
}

@SignedIn()
@Resolver(() => AttendanceModel)
export class AttendanceSeatResolver {
  constructor(private readonly people: DirectoryPeopleService) {}

  @ResolveField(() => RepresentationModel, { nullable: true, description: 'The seat they held on the group, and the organisation they sat for, on the day of the meeting.' })
  representing(attendance: AttendanceModel, _args: unknown, ctx: RequestContext): MaybePromise<RepresentationModel | null> {
    const actor = ctx.actor!;
    return loadOne(ctx, 'directory:attendance-seat', (keys: readonly string[]) => this.people.seatsAtMeetings(actor, keys), `${attendance.meetingId}:${attendance.personId}`);
  }
}
