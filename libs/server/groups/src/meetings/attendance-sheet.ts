import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { Clock } from '@convene/clock';
import { assertUuid } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { CurrentActor, SignedIn, UuidPipe } from '@convene/graphql-kit';
import { AttendanceStatus } from '../enums';
import { MeetingModel } from '../models';
import { MeetingsService } from './meetings.service';
import { acceptsAttendance, assertNotCancelled } from './time-rules';

/** Most people one attendance sheet records: a large board, with room to spare. */
export const MAX_SHEET_ROWS = 500;

@InputType()
export class AttendanceRecordInput {
  @Field(() => ID) @IsUUID() personId!: string;
  @Field(() => AttendanceStatus) @IsEnum(AttendanceStatus) status!: AttendanceStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string | null;
}

@InputType()
export class AttendanceSheetInput {
  @Field(() => [AttendanceRecordInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SHEET_ROWS)
  @ValidateNested({ each: true })
  @Type(() => AttendanceRecordInput)
  records!: AttendanceRecordInput[];
}

/**
 * The whole meeting's attendance in one go: every row is written or none is, so a sheet with
 * one wrong person changes nothing. No one is ATTENDED or ABSENT before the start.
 */
@Injectable()
export class AttendanceSheetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly meetings: MeetingsService,
    private readonly clock: Clock,
  ) {}

  async record(actor: Actor, meetingId: string, records: AttendanceRecordInput[]): Promise<MeetingModel> {
    assertUuid(meetingId, 'meetingId');
    const meeting = await this.meetings.get(actor, meetingId);
    const allowed = await this.access.requireAccess({ actor, permission: Permission.meetingManage, ids: [meetingId] });
    if (!allowed.has(meetingId)) throw notFound('Meeting');
    assertNotCancelled(meeting, 'attendance');
    // Who came and who did not are facts of the day; apologies may be noted before it.
    if (records.some((r) => r.status === AttendanceStatus.ATTENDED || r.status === AttendanceStatus.ABSENT) && !acceptsAttendance(meeting, this.clock.now())) {
      throw conflict('This meeting has not started yet, so no one can be recorded as attended or absent.', { field: 'status' });
    }
    const people = records.map((r) => r.personId);
    if (new Set(people).size !== people.length) throw badInput('List each person once.', { field: 'records' });
    const members: { personId: string }[] = await this.db.query(`SELECT person_id AS "personId" FROM group_member WHERE group_id = $1 AND person_id = ANY($2::uuid[])`, [meeting.groupId, people]);
    const inGroup = new Set(members.map((m) => m.personId));
    const stranger = records.findIndex((r) => !inGroup.has(r.personId));
    if (stranger >= 0) throw badInput(`Person ${stranger + 1} on the sheet is not a member of the group.`, { field: 'personId' });
    await this.db.query(
      `INSERT INTO attendance (meeting_id, person_id, status, note)
       SELECT $1, r.person_id, r.status, r.note FROM unnest($2::uuid[], $3::text[], $4::text[]) AS r(person_id, status, note)
       ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note, updated_at = now()`,
      [meetingId, people, records.map((r) => r.status), records.map((r) => r.note?.trim() || null)],
    );
    return this.meetings.get(actor, meetingId);
  }
}

@SignedIn()
@Resolver(() => MeetingModel)
export class AttendanceSheetResolver {
  constructor(private readonly sheet: AttendanceSheetService) {}

  @Mutation(() => MeetingModel, {
    description: `Chair, secretary or coordinator: records everyone on the sheet at once (at most ${MAX_SHEET_ROWS} people), all or nothing; ATTENDED and ABSENT only from the meeting’s start.`,
  })
  recordAttendanceSheet(
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
    @Args('input') input: AttendanceSheetInput,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingModel> {
    return this.sheet.record(actor, meetingId, input.records);
  }
}
