import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AttendanceStatus, GroupKind, GroupRole, GroupVisibility, MeetingStatus, StandingItem, TermsStatus } from './enums';

/**
 * The GraphQL shapes shared by every part of the groups feature. Field resolvers that load
 * related rows (agenda, minutes, assessment…) live with their own part and attach to these
 * types with `@Resolver(() => MeetingModel)`.
 */
@ObjectType('StandingAgendaItem', { description: 'One line of a group’s standing agenda template.' })
export class StandingAgendaItemModel {
  @Field() title!: string;
  @Field(() => StandingItem) standing!: StandingItem;
  @Field(() => Int, { nullable: true }) minutesAllotted!: number | null;
}

@ObjectType('Group', { description: 'A steering group, working group or board.' })
export class GroupModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field(() => GroupKind) kind!: GroupKind;
  @Field(() => GroupVisibility) visibility!: GroupVisibility;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'RFC 5545 RRULE, e.g. FREQ=WEEKLY;INTERVAL=6' }) cadence!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The first occurrence of the cadence.' }) cadenceStart!: Date | null;
  @Field(() => Int) meetingDurationMinutes!: number;
  @Field(() => String, { nullable: true }) defaultLocation!: string | null;
  @Field(() => String, { nullable: true }) defaultOnlineUrl!: string | null;
  @Field(() => Int, { description: 'Members propose agenda items until this many days before a meeting.' }) submissionDeadlineDays!: number;
  @Field(() => Int, { description: 'The agenda pack is emailed this many days before a meeting.' }) agendaPackDays!: number;
  @Field(() => [StandingAgendaItemModel]) standingAgenda!: StandingAgendaItemModel[];
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The cadence’s meetings exist up to here: a year ahead, or a year from the first meeting when that is later. `meetings` lists nothing of the cadence after it. Null without a cadence.',
  })
  plannedUntil!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the group was archived: no more meetings are planned from its cadence.' }) archivedAt!: Date | null;
  partnershipId!: string;
}

@ObjectType('GroupMember')
export class GroupMemberModel {
  @Field(() => ID) id!: string;
  @Field(() => GroupRole) role!: GroupRole;
  personId!: string;
  organisationId!: string | null;
  groupId!: string;
}

@ObjectType('TermsOfReference', { description: 'One version of a group’s terms of reference.' })
export class TermsOfReferenceModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => TermsStatus) status!: TermsStatus;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field() purpose!: string;
  @Field() membership!: string;
  @Field(() => Int, { nullable: true }) quorum!: number | null;
  @Field(() => [String], { description: 'Seats a quorum needs present (a seat twice: two).' }) quorumSeats!: string[];
  @Field() cadence!: string;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) reviewDate!: string | null;
  @Field({ description: 'True when the review date has passed.' }) reviewDue!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  groupId!: string;
  approvedByPersonId!: string | null;
}

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime) endsAt!: Date;
  @Field() timeZone!: string;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => String, { nullable: true }) onlineUrl!: string | null;
  @Field(() => MeetingStatus) status!: MeetingStatus;
  @Field(() => String, { nullable: true }) cancelReason!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was last moved, as members were told.' }) moveReason!: string | null;
  @Field({ description: 'True when this occurrence was moved from its place in the series.' }) moved!: boolean;
  @Field({ description: 'True for a meeting outside the group’s cadence.' }) oneOff!: boolean;
  groupId!: string;
}

@ObjectType('Attendance')
export class AttendanceModel {
  @Field(() => ID) id!: string;
  @Field(() => AttendanceStatus) status!: AttendanceStatus;
  @Field(() => String, { nullable: true, description: 'E.g. the reason for apologies.' }) note!: string | null;
  personId!: string;
  meetingId!: string;
}
