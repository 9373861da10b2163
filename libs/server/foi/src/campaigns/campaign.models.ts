import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { SingleLine, Text } from '@convene/graphql-kit';
import { FoiCampaignStatus, FoiPublicationPolicy } from './foi.rows';
import { FoiUnit } from './units';

registerEnumType(FoiCampaignStatus, { name: 'FoiCampaignStatus' });
registerEnumType(FoiPublicationPolicy, { name: 'FoiPublicationPolicy', description: 'NONE: never published. ON_SIGN_OFF: on the public page once a coordinator signs off a dataset.' });
registerEnumType(FoiUnit, { name: 'FoiUnit', description: 'COUNT (whole number ≥ 0), MONEY_GBP, PERCENTAGE, YES_NO, DATE, TEXT.' });

@ObjectType('FoiQuestion')
export class FoiQuestionModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'As numbered in the letter: 1, 1a, 2 …' }) number!: string;
  @Field(() => Int) position!: number;
  @Field() text!: string;
  @Field(() => FoiUnit) unit!: FoiUnit;
  @Field({ description: 'What counts, the period, the date: what the authority should measure.' }) definition!: string;
}

@ObjectType('FoiCampaignViewerCan')
export class FoiCampaignViewerCan {
  @Field() manage!: boolean;
}

@ObjectType('FoiCampaignCounts', { description: 'How its requests stand.' })
export class FoiCampaignCounts {
  @Field(() => Int) requests!: number;
  @Field(() => Int, { description: 'Awaiting an answer (the clock running or stopped).' }) open!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int, { description: 'Letters still to go by email.' }) unsent!: number;
}

@ObjectType('FoiCampaign', { description: 'One FOI request sent to many authorities.' })
export class FoiCampaignModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() purpose!: string;
  @Field({ description: 'Placeholders: {{authority}}, {{partnership}}, {{questions}}, {{title}}, {{date}}.' }) letterTemplate!: string;
  @Field(() => FoiPublicationPolicy) publicationPolicy!: FoiPublicationPolicy;
  @Field(() => FoiCampaignStatus) status!: FoiCampaignStatus;
  @Field(() => ID, { nullable: true, description: 'null: partnership-wide (coordinators only).' }) groupId!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) sentAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  recipientListVersionId!: string | null;
  partnershipId!: string;
}

@InputType('FoiCampaignInput')
export class FoiCampaignInput {
  @Field() @Text({ max: 200 }) @SingleLine() title!: string;
  @Field({ defaultValue: '' }) @Text({ max: 4000, blank: true, keepSpaces: true }) purpose!: string;
  @Field(() => String, { nullable: true, description: 'Left out: the standard letter.' }) @Text({ max: 20000, optional: true, keepSpaces: true, label: 'letter' }) letterTemplate?: string | null;
  @Field(() => FoiPublicationPolicy, { defaultValue: FoiPublicationPolicy.ON_SIGN_OFF }) @IsEnum(FoiPublicationPolicy) publicationPolicy!: FoiPublicationPolicy;
  @Field(() => ID, { nullable: true, description: 'The group whose members see it once sent; left out: coordinators only.' }) @IsOptional() @IsUUID() groupId?: string | null;
}

@InputType('FoiQuestionInput')
export class FoiQuestionInput {
  @Field({ description: '1 to 3 digits and an optional letter: 1, 1a, 12b.' }) @Matches(/^[0-9]{1,3}[a-z]?$/, { message: 'Number each question as 1, 1a, 2 and so on.' }) number!: string;
  @Field() @Text({ max: 2000, keepSpaces: true, label: 'question' }) text!: string;
  @Field(() => FoiUnit) @IsEnum(FoiUnit) unit!: FoiUnit;
  @Field({ defaultValue: '' }) @Text({ max: 2000, blank: true, keepSpaces: true }) definition!: string;
}

@InputType('FoiQuestionsInput')
export class FoiQuestionsInput {
  @Field(() => [FoiQuestionInput]) @ValidateNested({ each: true }) @Type(() => FoiQuestionInput) @ArrayMaxSize(100) questions!: FoiQuestionInput[];
}
