import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUrl, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SingleLine, Text, WEB_ADDRESS } from '@convene/graphql-kit';
import { AgendaItemStatus, StandingItem } from '../enums';

@ObjectType('PaperLink', { description: 'A paper for an agenda item given as a link (files are in `AgendaItem.files`).' })
export class PaperModel {
  @Field() title!: string;
  @Field() url!: string;
}

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The number on the agenda: accepted items run 1, 2, 3 … with no gaps; a proposal or declined item shows the number it would take where it stands.' })
  position!: number;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => StandingItem, { nullable: true, description: 'Set for items from the standing agenda.' }) standing!: StandingItem | null;
  @Field(() => Int, { nullable: true }) minutesAllotted!: number | null;
  @Field(() => AgendaItemStatus) status!: AgendaItemStatus;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => [PaperModel]) papers!: PaperModel[];
  meetingId!: string;
  presenterPersonId!: string | null;
  proposedByPersonId!: string | null;
}

@ObjectType('AgendaVersion', { description: 'A published, frozen agenda.' })
export class AgendaVersionModel {
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) changeNote!: string | null;
  @Field(() => GraphQLISODateTime) publishedAt!: Date;
  @Field(() => [AgendaItemModel]) items!: AgendaItemModel[];
  meetingId!: string;
}

@InputType()
export class PaperInput {
  @Field() @Text({ max: 200, label: 'paper title' }) @SingleLine() title!: string;
  @Field() @IsUrl(WEB_ADDRESS, { message: 'A paper’s link must be a web address starting with http:// or https://.' }) @MaxLength(1000, { message: 'A paper’s link must be 1,000 characters or fewer.' }) url!: string;
}

@InputType()
export class AgendaItemInput {
  @Field() @Text({ max: 300 }) @SingleLine() title!: string;
  @Field(() => String, { nullable: true }) @Text({ max: 10_000, optional: true, blank: true, keepSpaces: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() presenterPersonId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(600) minutesAllotted?: number | null;
  @Field(() => [PaperInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PaperInput) papers?: PaperInput[] | null;
}

@InputType()
export class AgendaItemUpdateInput {
  @Field(() => String, { nullable: true }) @Text({ max: 300, optional: true }) @SingleLine() title?: string | null;
  @Field(() => String, { nullable: true }) @Text({ max: 10_000, optional: true, blank: true, keepSpaces: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() presenterPersonId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(600) minutesAllotted?: number | null;
  @Field(() => [PaperInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PaperInput) papers?: PaperInput[] | null;
  @Field(() => StandingItem, { nullable: true }) @IsOptional() @IsEnum(StandingItem) standing?: StandingItem | null;
}
