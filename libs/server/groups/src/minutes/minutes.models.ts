import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, ArgsType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs, SingleLine, Text } from '@convene/graphql-kit';
import { ActionStatus, MinutesStatus } from '../enums';

@ObjectType('MinutesItemNote', { description: 'The notes taken under one agenda item.' })
export class MinutesItemNoteModel {
  @Field(() => ID, { nullable: true }) agendaItemId!: string | null;
  @Field() title!: string;
  @Field({ description: 'As written: Markdown.' }) notes!: string;
  @Field({ description: 'The notes rendered from Markdown and sanitised, as forum posts are.' }) notesHtml!: string;
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
  @Field() @Text({ max: 300, label: 'note title' }) @SingleLine() title!: string;
  @Field() @Text({ max: 20_000, blank: true, keepSpaces: true }) notes!: string;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() redacted = false;
}

@InputType()
export class MinutesInput {
  @Field(() => [MinutesItemNoteInput]) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => MinutesItemNoteInput) items!: MinutesItemNoteInput[];
  @Field(() => [String], { description: 'Up to 100, each 1 to 2,000 characters.' }) @ArrayMaxSize(100, { message: 'Record at most 100 decisions.' }) @IsString({ each: true, message: 'Each decision must be text.' }) @Matches(/\S/, { each: true, message: 'Enter each decision, or leave it out.' }) @MaxLength(2_000, { each: true, message: 'Each decision must be 2,000 characters or fewer.' }) decisions!: string[];
  @Field(() => String, { nullable: true }) @Text({ max: 5_000, optional: true, blank: true, keepSpaces: true }) attendanceNote?: string | null;
}

@InputType()
export class ActionInput {
  @Field() @Text({ max: 500 }) @SingleLine() title!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerPersonId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsISO8601({ strict: true }) dueDate?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() agendaItemId?: string | null;
}

@InputType()
export class ActionUpdateInput {
  @Field(() => ActionStatus, { nullable: true }) @IsOptional() @IsEnum(ActionStatus) status?: ActionStatus | null;
  @Field(() => String, { nullable: true, description: 'A progress note, kept in the action’s history.' }) @Text({ max: 5_000, optional: true, blank: true, keepSpaces: true }) note?: string | null;
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
