import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, ArgsType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs, SingleLine } from '@convene/graphql-kit';
import { ActionStatus, MinutesStatus } from '../enums';

@ObjectType('MinutesItemNote', { description: 'The notes taken under one agenda item.' })
export class MinutesItemNoteModel {
  @Field(() => ID, { nullable: true }) agendaItemId!: string | null;
  @Field() title!: string;
  @Field() notes!: string;
  @Field({ description: 'Left out of the public page when the minutes are published.' }) redacted!: boolean;
}

@ObjectType('Minutes')
export class MinutesModel {
  @Field(() => ID) id!: string;
  @Field(() => MinutesStatus) status!: MinutesStatus;
  @Field(() => Int, { description: 'Goes up with every saved revision.' }) version!: number;
  @Field(() => [MinutesItemNoteModel]) items!: MinutesItemNoteModel[];
  @Field(() => [String]) decisions!: string[];
  @Field(() => String, { nullable: true }) attendanceNote!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) circulatedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
  meetingId!: string;
  approvedByPersonId!: string | null;
  approvedAtMeetingId!: string | null;
}

@ObjectType('MinutesRevision', { description: 'One saved version of the minutes, as its author left it.' })
export class MinutesRevisionModel {
  @Field(() => Int) version!: number;
  @Field(() => MinutesStatus, { description: 'The status the minutes had when this version was saved.' }) status!: MinutesStatus;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => [MinutesItemNoteModel]) items!: MinutesItemNoteModel[];
  @Field(() => [String]) decisions!: string[];
  @Field(() => String, { nullable: true }) attendanceNote!: string | null;
  minutesId!: string;
  authorPersonId!: string | null;
}

@ObjectType('MinutesComment')
export class MinutesCommentModel {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field(() => ID, { nullable: true }) agendaItemId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  personId!: string | null;
}

@ObjectType('ActionProgress')
export class ActionProgressModel {
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field() note!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  personId!: string | null;
}

@ObjectType('ActionItem')
export class ActionItemModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) dueDate!: string | null;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field({ description: 'Open or in progress, and past its due date.' }) overdue!: boolean;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  ownerPersonId!: string | null;
  groupId!: string;
  meetingId!: string;
}

@InputType()
export class MinutesItemNoteInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() agendaItemId?: string | null;
  @Field() @IsString() @Length(1, 300) @SingleLine() title!: string;
  @Field() @IsString() @MaxLength(20_000) notes!: string;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() redacted = false;
}

@InputType()
export class MinutesInput {
  @Field(() => [MinutesItemNoteInput]) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => MinutesItemNoteInput) items!: MinutesItemNoteInput[];
  @Field(() => [String]) @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(2_000, { each: true }) decisions!: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5_000) attendanceNote?: string | null;
}

@InputType()
export class ActionInput {
  @Field() @IsString() @Length(1, 500) @SingleLine() title!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerPersonId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsISO8601({ strict: true }) dueDate?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() agendaItemId?: string | null;
}

@InputType()
export class ActionUpdateInput {
  @Field(() => ActionStatus, { nullable: true }) @IsOptional() @IsEnum(ActionStatus) status?: ActionStatus | null;
  @Field(() => String, { nullable: true, description: 'A progress note, kept in the action’s history.' }) @IsOptional() @IsString() @MaxLength(5_000) note?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }) dueDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'A new owner (chair, secretary or coordinator only): someone who can read the group.' }) @IsOptional() @IsUUID() ownerPersonId?: string | null;
}

@ArgsType()
export class ActionLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() groupId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerPersonId?: string | null;
  @Field(() => ActionStatus, { nullable: true }) @IsOptional() @IsEnum(ActionStatus) status?: ActionStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only actions past their due date and not done.' }) @IsOptional() @IsBoolean() overdue?: boolean | null;
}
