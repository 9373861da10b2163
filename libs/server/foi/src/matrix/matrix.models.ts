import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { FoiUnit } from '../campaigns/units';
// Registers FoiUnit with GraphQL (the campaign models own it).
import '../campaigns/campaign.models';
import { AnswerQualifier } from '../answers/qualifiers';

@ObjectType('FoiQuestionTotals', { description: 'What one question’s answers add up to, exact figures and estimates kept apart; fewer-than-five answers are counted, never summed.' })
export class QuestionTotalsModel {
  @Field(() => Float, { nullable: true, description: 'Sum of exact answers (COUNT; MONEY_GBP in pence), mean for PERCENTAGE; null when none or not a number.' }) exactTotal!: number | null;
  @Field(() => Float, { nullable: true, description: 'The same including estimates.' }) withEstimatesTotal!: number | null;
  @Field(() => String, { nullable: true, description: 'exactTotal as people read it.' }) exactTotalText!: string | null;
  @Field(() => String, { nullable: true }) withEstimatesTotalText!: string | null;
  @Field(() => Int) exact!: number;
  @Field(() => Int) estimates!: number;
  @Field(() => Int) fewerThanFive!: number;
  @Field(() => Int) notHeld!: number;
  @Field(() => Int) notKnown!: number;
  @Field(() => Int) refused!: number;
  @Field(() => Int) yes!: number;
  @Field(() => Int) no!: number;
  @Field(() => Int) unanswered!: number;
  @Field({ description: 'What the totals include, in words.' }) summary!: string;
}

@ObjectType('FoiMatrixQuestion')
export class MatrixQuestionModel {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field() text!: string;
  @Field(() => FoiUnit) unit!: FoiUnit;
  @Field() definition!: string;
  @Field(() => QuestionTotalsModel) totals!: QuestionTotalsModel;
}

@ObjectType('FoiMatrixCell')
export class MatrixCellModel {
  @Field(() => ID) questionId!: string;
  @Field(() => AnswerQualifier, { nullable: true, description: 'Null: no answer recorded yet.' }) qualifier!: AnswerQualifier | null;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => Float, { nullable: true, description: 'The number the totals use (pence for money).' }) amount!: number | null;
  @Field({ description: 'As people read it; "No answer yet" when none.' }) display!: string;
  @Field() note!: string;
  @Field() source!: string;
}

@ObjectType('FoiMatrixRow', { description: 'One authority’s request and its answers, in question order.' })
export class MatrixRowModel {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) organisationId!: string;
  @Field() authority!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
  @Field(() => String, { nullable: true, description: 'The internal review’s own deadline, while one is asked for.' }) internalReviewDueOn!: string | null;
  @Field(() => Int, { nullable: true, description: 'Working days (bank holidays skipped, as FoiRequest.clock counts them) past the due date while an answer is still owed, or past the internal review’s deadline while it is under review; null when not overdue, including on the due date itself.' }) daysOverdue!: number | null;
  @Field(() => String, { nullable: true, description: 'ANSWER or INTERNAL_REVIEW: what is overdue.' }) overdueFor!: 'ANSWER' | 'INTERNAL_REVIEW' | null;
  @Field({ description: 'At least one answer recorded.' }) replied!: boolean;
  @Field(() => [MatrixCellModel]) cells!: MatrixCellModel[];
}

@ObjectType('FoiMatrix', { description: 'A campaign’s authorities × questions.' })
export class MatrixModel {
  @Field(() => ID) campaignId!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field(() => [MatrixQuestionModel]) questions!: MatrixQuestionModel[];
  @Field(() => [MatrixRowModel], { description: 'By authority name.' }) rows!: MatrixRowModel[];
  @Field(() => Int) requests!: number;
  @Field(() => Int, { description: 'Requests with at least one answer recorded.' }) replied!: number;
  @Field(() => Int, { description: 'replied / requests, as a whole percentage.' }) responseRate!: number;
  @Field(() => [MatrixRowModel], { description: 'Requests past their due date with an answer still owed, or past an internal review’s deadline, most overdue first.' }) overdue!: MatrixRowModel[];
  @Field({ description: 'The CSV export (signed in; one row per authority and question).' }) csvUrl!: string;
  @Field({ description: 'The XLSX export: sheets Matrix, Answers and Totals.' }) xlsxUrl!: string;
}
