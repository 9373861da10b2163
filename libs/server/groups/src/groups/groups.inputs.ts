import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GroupKind, GroupVisibility, StandingItem } from '../enums';
import { SingleLine } from '@convene/graphql-kit';

@InputType()
export class StandingAgendaItemInput {
  @Field() @IsString() @Length(1, 200) @SingleLine() title!: string;
  @Field(() => StandingItem) @IsEnum(StandingItem) standing!: StandingItem;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(600) minutesAllotted?: number | null;
}

@InputType()
export class GroupInput {
  @Field() @IsString() @Length(2, 150) @SingleLine() name!: string;
  @Field(() => GroupKind) @IsEnum(GroupKind) kind!: GroupKind;
  @Field(() => GroupVisibility) @IsEnum(GroupVisibility) visibility!: GroupVisibility;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @Field(() => String, { nullable: true, description: 'RFC 5545 RRULE: FREQ=WEEKLY;INTERVAL=6, FREQ=MONTHLY;INTERVAL=6, FREQ=MONTHLY;BYDAY=2TU …; left out or null for none.' })
  @IsOptional() @IsString() @MaxLength(300) cadence?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The first meeting’s start; later ones keep its London wall-clock time.' })
  @IsOptional() @IsDate() cadenceStart?: Date | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(5) @Max(1440) meetingDurationMinutes?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) defaultLocation?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) defaultOnlineUrl?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(90) submissionDeadlineDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(60) agendaPackDays?: number | null;
  @Field(() => [StandingAgendaItemInput], { nullable: true, description: 'Defaults to welcome, previous minutes and matters arising, sector assessment, AOB, next meeting.' })
  @IsOptional() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => StandingAgendaItemInput) standingAgenda?: StandingAgendaItemInput[] | null;
}

@InputType()
export class GroupUpdateInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 150) @SingleLine() name?: string;
  @Field(() => GroupKind, { nullable: true }) @IsOptional() @IsEnum(GroupKind) kind?: GroupKind;
  @Field(() => GroupVisibility, { nullable: true }) @IsOptional() @IsEnum(GroupVisibility) visibility?: GroupVisibility;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) description?: string | null;
  @Field(() => String, { nullable: true, description: 'An RFC 5545 RRULE. Null clears it: no more meetings are planned from it, and those already planned stay. An empty string is refused.' })
  @IsOptional() @IsString() @MaxLength(300) cadence?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() cadenceStart?: Date | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(5) @Max(1440) meetingDurationMinutes?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) defaultLocation?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) defaultOnlineUrl?: string | null;
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
  @Field(() => String, { nullable: true, description: 'How often the group meets, in words; up to 500 characters.' }) cadence?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) reviewDate?: string | null;
}
