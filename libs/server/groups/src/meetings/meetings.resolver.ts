import { Args, ArgsType, Field, GraphQLISODateTime, ID, Info, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsUrl, IsUUID, MaxLength } from 'class-validator';
import type { Actor } from '@convene/access';
import { actorOf, checkText, CurrentActor, GqlContext, loadList, ONLINE_LINK, primeLoader, requestLoader, selectedFields, SignedIn, SingleLine, Text, UuidPipe, WEB_ADDRESS, type MaybePromise, type RequestContext } from '@convene/graphql-kit';
import { PERSON_LOADER, PeopleService, PersonModel } from '@convene/identity';
import { AttendanceStatus } from '../enums';
import { AgendaPackService } from '../agendas/agenda-pack.service';
import { loadPerson } from '../groups/mapping';
import { MEETING_LOADERS } from '../loader-keys';
import { GroupsService } from '../groups/groups.service';
import { AttendanceModel, GroupModel, MeetingModel } from '../models';
import { MeetingsService } from './meetings.service';

@ObjectType('Quorum')
class QuorumModel {
  @Field(() => Int, { nullable: true, description: 'From the approved terms of reference; null when they set none.' }) required!: number | null;
  @Field(() => Int, { description: 'Members who accepted or attended; observers do not count.' }) expected!: number;
  @Field(() => Int, { description: 'Members recorded as attended; observers do not count.' }) present!: number;
  @Field(() => Boolean, { nullable: true }) met!: boolean | null;
}

@ArgsType()
class ScheduleArgs {
  @Field(() => ID) @IsUUID() groupId!: string;
  @Field() @Text({ max: 200 }) @SingleLine() title!: string;
  @Field(() => GraphQLISODateTime) @IsDate() startsAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Left out: the group’s default place. Null: no place.' }) @Text({ max: 300, optional: true, blank: true, label: 'place' }) location?: string | null;
  @Field(() => String, { nullable: true, description: 'Left out: the group’s default online link. Null: none.' })
  @IsOptional() @IsUrl(WEB_ADDRESS, { message: ONLINE_LINK }) @MaxLength(1000, { message: 'The online link must be 1,000 characters or fewer.' }) onlineUrl?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Records a meeting that already took place: the start may be past, and nothing is sent.' })
  @IsOptional() @IsBoolean() recordPast?: boolean | null;
}

@ArgsType()
class MoveArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => GraphQLISODateTime) @IsDate() startsAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => String, { nullable: true }) @Text({ max: 300, optional: true, blank: true, label: 'place' }) location?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(WEB_ADDRESS, { message: ONLINE_LINK }) @MaxLength(1000, { message: 'The online link must be 1,000 characters or fewer.' }) onlineUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Why it moves; emailed to members. Required unless recordPast.' }) @Text({ max: 500, optional: true, blank: true }) reason?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Corrects the record of a meeting that took place: the start may be past, and nothing is sent.' })
  @IsOptional() @IsBoolean() recordPast?: boolean | null;
}

@ArgsType()
class AttendanceArgs {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => ID) @IsUUID() personId!: string;
  @Field(() => AttendanceStatus) @IsEnum(AttendanceStatus) status!: AttendanceStatus;
  @Field(() => String, { nullable: true }) @Text({ max: 1000, optional: true, blank: true, keepSpaces: true }) note?: string | null;
}

@SignedIn()
@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetingsService: MeetingsService,
    private readonly groupsService: GroupsService,
    private readonly packs: AgendaPackService,
  ) {}

  /**
   * The agenda pack: the meeting and whichever of its items, assessment, matters arising and
   * attendance were asked for, with the people they mention, in one statement after the access
   * check. The field resolvers then find them in their loaders.
   */
  @Query(() => MeetingModel)
  async meeting(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor, @GqlContext() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<MeetingModel> {
    const asked = selectedFields(info);
    const pack = await this.packs.read(actor, id, {
      agendaItems: asked.has('agendaItems'),
      assessment: asked.has('assessment'),
      mattersArising: asked.has('mattersArising'),
      attendance: asked.has('attendance'),
    });
    for (const part of ['agendaItems', 'assessment', 'mattersArising', 'attendance'] as const) {
      if (pack[part]) primeLoader(ctx, MEETING_LOADERS[part], id, pack[part]);
    }
    for (const person of pack.people) primeLoader(ctx, PERSON_LOADER, person.id, person);
    return pack.meeting;
  }

  @Query(() => [MeetingModel], { description: 'Your next meetings, in every group you belong to.' })
  upcomingMeetings(@Args('first', { type: () => Int, defaultValue: 10 }) first: number, @CurrentActor() actor: Actor): Promise<MeetingModel[]> {
    return this.meetingsService.upcomingForPerson(actor, Math.min(Math.max(first, 1), 100));
  }

  @Mutation(() => MeetingModel, { description: 'A meeting outside the cadence. Chair, secretary or coordinator.' })
  scheduleOneOffMeeting(@Args() args: ScheduleArgs, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    return this.meetingsService.scheduleOneOff(actor, args.groupId, args);
  }

  @Mutation(() => MeetingModel, {
    description: 'Moves one occurrence; the rest of the series stays as it is. A cancelled meeting moved is rescheduled. Members are emailed the new time with an updated calendar entry.',
  })
  moveMeeting(@Args() args: MoveArgs, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    return this.meetingsService.move(actor, args.id, args);
  }

  @Mutation(() => MeetingModel, {
    description: 'Cancels one occurrence, which stays visible as cancelled, with the reason, and emails members a calendar cancellation. CONFLICT when already cancelled (move it to reschedule it) or already over.',
  })
  cancelMeeting(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('reason') reason: string, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    return this.meetingsService.cancel(actor, id, checkText(reason, 'reason', { max: 500 })!);
  }

  @Mutation(() => MeetingModel, { description: 'Sends your apologies, with a note.' })
  async sendApologies(@Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string, @Args('note', { type: () => String, nullable: true }) note: string | null, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    await this.meetingsService.respond(actor, meetingId, AttendanceStatus.APOLOGIES, checkText(note, 'note', { max: 1000, optional: true, blank: true, keepSpaces: true }));
    return this.meetingsService.get(actor, meetingId);
  }

  @Mutation(() => MeetingModel, { description: 'Says you will attend.' })
  async acceptMeeting(@Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    await this.meetingsService.respond(actor, meetingId, AttendanceStatus.ACCEPTED);
    return this.meetingsService.get(actor, meetingId);
  }

  @Mutation(() => MeetingModel, { description: 'Chair, secretary or coordinator: records who attended.' })
  async recordAttendance(@Args() args: AttendanceArgs, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    await this.meetingsService.recordAttendance(actor, args.meetingId, args.personId, args.status, args.note);
    return this.meetingsService.get(actor, args.meetingId);
  }

  @ResolveField(() => Boolean, { description: 'True once the meeting has ended (by the server’s clock).' })
  isPast(meeting: MeetingModel): boolean {
    return this.meetingsService.timeFacts(meeting).isPast;
  }

  @ResolveField(() => Boolean, { description: 'True from the meeting’s start.' })
  hasStarted(meeting: MeetingModel): boolean {
    return this.meetingsService.timeFacts(meeting).hasStarted;
  }

  @ResolveField(() => Boolean, { description: 'True while members may still accept or send apologies: scheduled and not yet ended.' })
  acceptsReplies(meeting: MeetingModel): boolean {
    return this.meetingsService.timeFacts(meeting).acceptsReplies;
  }

  @ResolveField(() => Boolean, { description: 'True when attendance (ATTENDED) may be recorded: scheduled and started.' })
  acceptsAttendance(meeting: MeetingModel): boolean {
    return this.meetingsService.timeFacts(meeting).acceptsAttendance;
  }

  @ResolveField(() => GroupModel)
  group(meeting: MeetingModel, _args: unknown, ctx: RequestContext): Promise<GroupModel | null> {
    const actor = actorOf(ctx);
    return requestLoader(ctx, 'group', (ids: readonly string[]) => this.groupsService.byIds(actor, ids)).load(meeting.groupId);
  }

  @ResolveField(() => [AttendanceModel], { description: 'Every member of the group; those who have not replied are INVITED.' })
  attendance(meeting: MeetingModel, _args: unknown, ctx: RequestContext): MaybePromise<AttendanceModel[]> {
    return loadList(ctx, MEETING_LOADERS.attendance, (ids) => this.meetingsService.attendance(ids), meeting.id);
  }

  @ResolveField(() => QuorumModel)
  async quorum(meeting: MeetingModel, _args: unknown, ctx: RequestContext): Promise<QuorumModel | null> {
    return requestLoader(ctx, 'quorum', async (ids: readonly string[]) => {
      const found = await this.meetingsService.quorum(ids);
      return ids.map((id) => found.get(id) ?? null);
    }).load(meeting.id);
  }
}

@SignedIn()
@Resolver(() => AttendanceModel)
export class AttendanceResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => PersonModel, { nullable: true })
  person(attendance: AttendanceModel, _args: unknown, ctx: RequestContext): MaybePromise<PersonModel | null> {
    return loadPerson(ctx, this.people, attendance.personId);
  }
}
