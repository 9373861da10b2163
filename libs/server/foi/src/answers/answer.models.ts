import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Text } from '@convene/graphql-kit';
import { FoiUnit } from '../campaigns/units';
// Registers FoiUnit with GraphQL (the campaign models own it).
import '../campaigns/campaign.models';
import { AnswerQualifier } from './qualifiers';

registerEnumType(AnswerQualifier, {
  name: 'FoiAnswerQualifier',
  description: 'How an authority answered: EXACT or ESTIMATE carry a value; FEWER_THAN_FIVE (withheld), NOT_HELD, NOT_KNOWN, REFUSED_SECTION_12 (cost limit), REFUSED_OTHER carry none.',
});

@ObjectType('FoiAnswer', { description: 'One authority’s answer to one question of a campaign.' })
export class AnswerModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => ID) questionId!: string;
  @Field(() => AnswerQualifier) qualifier!: AnswerQualifier;
  @Field(() => String, { nullable: true, description: 'As checked against the unit: whole numbers, pounds as 1250.00, YES or NO, dates as YYYY-MM-DD. Null unless EXACT or ESTIMATE.' })
  value!: string | null;
  @Field({ description: 'The value as people read it, with its qualifier ("12 (estimate)", "Fewer than five (withheld)").' }) display!: string;
  @Field() note!: string;
  @Field({ description: 'Where in the reply it came from, e.g. "page 2, paragraph 3".' }) source!: string;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType('FoiAnswerSheetQuestion', { description: 'A question of the campaign, with this request’s answer if one is recorded.' })
export class AnswerSheetQuestionModel {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field() text!: string;
  @Field(() => FoiUnit) unit!: FoiUnit;
  @Field() definition!: string;
  @Field(() => AnswerModel, { nullable: true }) answer!: AnswerModel | null;
}

@ObjectType('FoiAnswerSheet', { description: 'One request’s answers, question by question: what the “record a reply” form shows.' })
export class AnswerSheetModel {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) campaignId!: string;
  @Field() authority!: string;
  @Field({ description: 'Whether the reader may record answers (coordinators).' }) canRecord!: boolean;
  @Field(() => [AnswerSheetQuestionModel]) questions!: AnswerSheetQuestionModel[];
}

@InputType('FoiAnswerInput')
export class AnswerInput {
  @Field(() => ID) @IsUUID() questionId!: string;
  @Field(() => AnswerQualifier) @IsEnum(AnswerQualifier) qualifier!: AnswerQualifier;
  @Field(() => String, { nullable: true, description: 'Required when EXACT or ESTIMATE; must fit the question’s unit.' })
  @IsOptional()
  @Text({ max: 2000, optional: true, blank: true, label: 'value' })
  value?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Text({ max: 2000, optional: true, blank: true, label: 'note', keepSpaces: true }) note?: string | null;
  @Field(() => String, { nullable: true, description: 'Where in the reply: page, paragraph, table.' })
  @IsOptional()
  @Text({ max: 200, optional: true, blank: true, label: 'where in the reply' })
  source?: string | null;
}

@InputType('RecordFoiAnswersInput')
export class RecordAnswersInput {
  @Field(() => ID) @IsUUID() requestId!: string;
  @Field(() => [AnswerInput], { description: 'At most one per question; questions left out keep their answers.' })
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  @ArrayMaxSize(200)
  answers!: AnswerInput[];
  @Field(() => [ID], { nullable: true, description: 'Questions whose recorded answer is taken away (recorded by mistake).' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  clearQuestionIds?: string[] | null;
}
