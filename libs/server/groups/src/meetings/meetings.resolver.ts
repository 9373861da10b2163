import { Args, ArgsType, Field, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';
import type { Actor } from '@convene/access';
import { CurrentActor, GqlContext, SignedIn, UuidPipe, loadList, requestLoader, type RequestContext } from '@convene/graphql-kit';
import { PeopleService, PersonModel } from '@convene/identity';
import { AttendanceStatus } from '../enums';
import { loadPerson } from '../groups/mapping';
import { GroupsService } from '../groups/groups.service';
import { AttendanceModel, GroupModel, MeetingModel } from '../models';
import { MeetingsService } from './meetings.service';

@ObjectType('Quorum')
class QuorumModel {
  @Field(() => Int, { nullable: true, description: 'From the approved terms of reference; null when they set none.' }) required!: number | null;
  @Field(() => Int, { description: 'Accepted or attended.' }) expected!: number;
  @Field(() => Int, { description: 'Recorded as attended.' }) present!: number;
  @Field(() => Boolean, { nullable: true }) met!: boolean | null;
}

@ArgsType()
class ScheduleArgs {
  @Field(() => ID) @IsUUID() groupId!: string;
  @Field() @IsString() @Length(1, 200) title!: string;
  @Field(() => GraphQLISODateTime) @IsDate() startsAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) location?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) onlineUrl?: string | null;
}

@ArgsType()
class MoveArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => GraphQLISODateTime) @IsDate() startsAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() endsAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) location?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) onlineUrl?: string | null;
}

@ArgsType()
class AttendanceArgs {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => ID) @IsUUID() personId!: string;
  @Field(() => AttendanceStatus) @IsEnum(AttendanceStatus) status!: AttendanceStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string | null;
}

@SignedIn()
@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly meetingsService: MeetingsService,
    private readonly groupsService: GroupsService,
  ) {}

  @Query(() => MeetingModel)
  meeting(@Args('id', { type: () => ID }, UuidPipe) id: string, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    return this.meetingsService.get(actor, id);
  }

  @Query(() => [MeetingModel], { description: 'Your next meetings, in every group you belong to.' })
  upcomingMeetings(@Args('first', { type: () => Int, defaultValue: 10 }) first: number, @CurrentActor() actor: Actor): Promise<MeetingModel[]> {
    return this.meetingsService.upcomingForPerson(actor, Math.min(Math.max(first, 1), 100));
  }

  @Mutation(() => MeetingModel, { description: 'A meeting outside the cadence. Chair, secretary or coordinator.' })
  scheduleOneOffMeeting(@Args() args: ScheduleArgs, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    return this.meetingsService.scheduleOneOff(actor, args.groupId, args);
  }

  @Mutation(() => MeetingModel, { description: 'Moves one occurrence; the rest of the series stays as it is.' })
  moveMeeting(@Args() args: MoveArgs, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    return this.meetingsService.move(actor, args.id, args);
  }

  @Mutation(() => MeetingModel, { description: 'Cancels one occurrence, which stays visible as cancelled.' })
  cancelMeeting(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('reason') reason: string, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    return this.meetingsService.cancel(actor, id, reason.slice(0, 500));
  }

  @Mutation(() => MeetingModel, { description: 'Sends your apologies, with a note.' })
  async sendApologies(@Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string, @Args('note', { type: () => String, nullable: true }) note: string | null, @CurrentActor() actor: Actor): Promise<MeetingModel> {
    await this.meetingsService.respond(actor, meetingId, AttendanceStatus.APOLOGIES, note?.slice(0, 1000));
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

  @ResolveField(() => GroupModel)
  group(@Parent() meeting: MeetingModel, @CurrentActor() actor: Actor, @GqlContext() ctx: RequestContext): Promise<GroupModel | null> {
    return requestLoader(ctx, 'group', (ids: readonly string[]) => this.groupsService.byIds(actor, ids)).load(meeting.groupId);
  }

  @ResolveField(() => [AttendanceModel], { description: 'Every member of the group; those who have not replied are INVITED.' })
  async attendance(@Parent() meeting: MeetingModel, @GqlContext() ctx: RequestContext): Promise<AttendanceModel[]> {
    return loadList(ctx, 'attendance', (ids) => this.meetingsService.attendance(ids), meeting.id);
  }

  @ResolveField(() => QuorumModel)
  async quorum(@Parent() meeting: MeetingModel, @GqlContext() ctx: RequestContext): Promise<QuorumModel | null> {
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
  async person(@Parent() attendance: AttendanceModel, @CurrentActor() actor: Actor, @GqlContext() ctx: RequestContext): Promise<PersonModel | null> {
    return loadPerson(ctx, this.people, attendance.personId);
  }
}
