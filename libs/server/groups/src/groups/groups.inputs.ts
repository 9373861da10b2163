import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsEnum, IsInt, IsOptional, IsUrl, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ONLINE_LINK, SingleLine, Text, WEB_ADDRESS } from '@convene/graphql-kit';
import { GroupKind, GroupVisibility, StandingItem } from '../enums';

@InputType()
export class StandingAgendaItemInput {
  @Field() @Text({ max: 200 }) @SingleLine() title!: string;
  @Field(() => StandingItem) @IsEnum(StandingItem) standing!: StandingItem;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(600) minutesAllotted?: number | null;
}

@InputType()
export class GroupInput {
  @Field() @Text({ min: 2, max: 150 }) @SingleLine() name!: string;
  @Field(() => GroupKind) @IsEnum(GroupKind) kind!: GroupKind;
  @Field(() => GroupVisibility) @IsEnum(GroupVisibility) visibility!: GroupVisibility;
  @Field(() => String, { nullable: true }) @Text({ max: 2000, optional: true, blank: true, keepSpaces: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'RFC 5545 RRULE: FREQ=WEEKLY;INTERVAL=6, FREQ=MONTHLY;INTERVAL=6, FREQ=MONTHLY;BYDAY=2TU …; left out or null for none.' })
  @Text({ max: 300, optional: true, blank: true }) cadence?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The first meeting’s start; later ones keep its London wall-clock time.' })
  @IsOptional() @IsDate() cadenceStart?: Date | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(5) @Max(1440) meetingDurationMinutes?: number | null;
  @Field(() => String, { nullable: true }) @Text({ max: 300, optional: true, blank: true, label: 'place' }) defaultLocation?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(WEB_ADDRESS, { message: ONLINE_LINK }) @MaxLength(1000, { message: 'The online link must be 1,000 characters or fewer.' }) defaultOnlineUrl?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(90) submissionDeadlineDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(60) agendaPackDays?: number | null;
  @Field(() => [StandingAgendaItemInput], { nullable: true, description: 'Defaults to welcome, previous minutes and matters arising, sector assessment, AOB, next meeting.' })
  @IsOptional() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => StandingAgendaItemInput) standingAgenda?: StandingAgendaItemInput[] | null;
}

@InputType()
export class GroupUpdateInput {
  @Field(() => String, { nullable: true }) @Text({ min: 2, max: 150, optional: true }) @SingleLine() name?: string;
  @Field(() => GroupKind, { nullable: true }) @IsOptional() @IsEnum(GroupKind) kind?: GroupKind;
  @Field(() => GroupVisibility, { nullable: true }) @IsOptional() @IsEnum(GroupVisibility) visibility?: GroupVisibility;
  @Field(() => String, { nullable: true }) @Text({ max: 2000, optional: true, blank: true, keepSpaces: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'An RFC 5545 RRULE. Null clears it: no more meetings are planned from it, and those already planned stay. An empty string is refused.' })
  @Text({ max: 300, optional: true, blank: true }) cadence?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() cadenceStart?: Date | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(5) @Max(1440) meetingDurationMinutes?: number | null;
  @Field(() => String, { nullable: true }) @Text({ max: 300, optional: true, blank: true, label: 'place' }) defaultLocation?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(WEB_ADDRESS, { message: ONLINE_LINK }) @MaxLength(1000, { message: 'The online link must be 1,000 characters or fewer.' }) defaultOnlineUrl?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(90) submissionDeadlineDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(60) agendaPackDays?: number | null;
  @Field(() => [StandingAgendaItemInput], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => StandingAgendaItemInput) standingAgenda?: StandingAgendaItemInput[] | null;
}

/**
 * Checked by checkTerms in terms.service.ts, for both mutations: createTermsDraft's nullable
 * input never reaches the ValidationPipe, and its errors would not name the field.
 */
@InputType()
export class TermsInput {
  @Field(() => String, { nullable: true, description: 'Markdown, up to 50,000 characters.' }) body?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to 5,000 characters.' }) purpose?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to 5,000 characters.' }) membership?: string | null;
  @Field(() => Int, { nullable: true, description: 'Members needed, from 1 to 500.' }) quorum?: number | null;
  @Field(() => [String], { nullable: true, description: 'Seats that must be held by someone present for a quorum (representation seats such as STATUTORY); a seat twice needs two; up to 20.' }) quorumSeats?: string[] | null;
  @Field(() => String, { nullable: true, description: 'How often the group meets, in words; up to 500 characters.' }) cadence?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) reviewDate?: string | null;
}
