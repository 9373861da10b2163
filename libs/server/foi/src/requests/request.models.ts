import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { SingleLine, Text } from '@convene/graphql-kit';
import { FoiRequestStatus, FoiSentVia, type FoiRequestRow } from '../campaigns/foi.rows';

registerEnumType(FoiRequestStatus, { name: 'FoiRequestStatus' });
registerEnumType(FoiSentVia, { name: 'FoiSentVia' });

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = 'Give the date as YYYY-MM-DD.';

export enum FoiClockKind {
  LEFT = 'LEFT',
  DUE_TODAY = 'DUE_TODAY',
  OVERDUE = 'OVERDUE',
  PAUSED = 'PAUSED',
  NONE = 'NONE',
}
registerEnumType(FoiClockKind, { name: 'FoiClockKind' });

@ObjectType('FoiClock', { description: 'Where the statutory clock stands today (London), in working days.' })
export class FoiClockModel {
  @Field(() => FoiClockKind) kind!: FoiClockKind;
  @Field(() => Int, { nullable: true, description: 'Working days left (LEFT) or overdue (OVERDUE).' }) workingDays!: number | null;
  @Field({ description: '"12 working days left", "Due today", "3 working days overdue".' }) text!: string;
}

@ObjectType('FoiClarification')
export class FoiClarificationModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'YYYY-MM-DD' }) requestedOn!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while the clock is stopped.' }) answeredOn!: string | null;
}

@ObjectType('FoiRequestViewerCan')
export class FoiRequestViewerCan {
  @Field() manage!: boolean;
}

@ObjectType('FoiRequest', { description: 'The campaign’s request to one authority, with its clock.' })
export class FoiRequestModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) campaignId!: string;
  @Field(() => ID) organisationId!: string;
  @Field({ description: 'The FOI email address or portal it went to.' }) sentTo!: string;
  @Field(() => FoiSentVia) sentVia!: FoiSentVia;
  @Field() letterSubject!: string;
  @Field() letterText!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'EMAIL: when SMTP accepted it. PORTAL: when recorded as submitted.' }) sentAt!: Date | null;
  @Field(() => String, { nullable: true }) portalReference!: string | null;
  @Field(() => String, { nullable: true, description: 'The day the authority received it (day 0), YYYY-MM-DD.' }) receivedOn!: string | null;
  @Field(() => String, { nullable: true, description: '20 working days after receipt, with pauses and any extension; null while a clarification is open.' }) dueOn!: string | null;
  @Field(() => FoiRequestStatus) status!: FoiRequestStatus;
  @Field(() => String, { nullable: true, description: 'The section of the Act cited in a refusal (e.g. "s.12", "s.40(2)").' }) refusalSection!: string | null;
  @Field(() => String, { nullable: true }) answeredOn!: string | null;
  @Field(() => Int, { nullable: true }) extensionWorkingDays!: number | null;
  @Field(() => String, { nullable: true }) extensionReason!: string | null;
  @Field(() => String, { nullable: true }) internalReviewRequestedOn!: string | null;
  @Field(() => String, { nullable: true, description: '20 working days after the review was asked for.' }) internalReviewDueOn!: string | null;
  @Field(() => String, { nullable: true }) icoReference!: string | null;
  @Field(() => String, { nullable: true }) icoComplainedOn!: string | null;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  partnershipId!: string;
}

export const toRequestModel = (r: FoiRequestRow): FoiRequestModel => r as FoiRequestModel;

@InputType('FoiPortalSubmissionInput')
export class FoiPortalSubmissionInput {
  @Field({ description: 'The day it was submitted through the portal, YYYY-MM-DD: the clock’s day 0.' }) @Matches(DAY, { message: DAY_MESSAGE }) submittedOn!: string;
  @Field(() => String, { nullable: true, description: 'The portal’s reference for it.' }) @Text({ max: 100, optional: true }) @SingleLine() reference?: string | null;
}

@InputType('FoiClarificationInput')
export class FoiClarificationInput {
  @Field({ description: 'YYYY-MM-DD' }) @Matches(DAY, { message: DAY_MESSAGE }) on!: string;
  @Field({ defaultValue: '', description: 'What was asked (or answered); kept in the correspondence log.' }) @Text({ max: 20000, blank: true, keepSpaces: true }) note!: string;
}

@InputType('FoiExtensionInput')
export class FoiExtensionInput {
  @Field(() => Int, { description: 'Working days added for the public-interest test, 1 to 20.' }) @IsInt() @Min(1) @Max(20) workingDays!: number;
  @Field() @Text({ max: 2000, keepSpaces: true, label: 'reason for the extension' }) reason!: string;
  @Field({ description: 'YYYY-MM-DD: when the authority said so.' }) @Matches(DAY, { message: DAY_MESSAGE }) on!: string;
}

@InputType('FoiStatusInput')
export class FoiStatusInput {
  @Field(() => FoiRequestStatus, { description: 'INTERNAL_REVIEW and CLARIFICATION_REQUESTED have their own mutations.' }) @IsEnum(FoiRequestStatus) status!: FoiRequestStatus;
  @Field({ description: 'YYYY-MM-DD: when it happened.' }) @Matches(DAY, { message: DAY_MESSAGE }) on!: string;
  @Field(() => String, { nullable: true, description: 'REFUSED: the section cited, e.g. "s.12" or "s.40(2)".' }) @Text({ max: 100, optional: true, label: 'section cited' }) @SingleLine() refusalSection?: string | null;
  @Field(() => String, { nullable: true, description: 'ICO_COMPLAINT: the ICO’s case reference.' }) @Text({ max: 60, optional: true, label: 'ICO reference' }) @SingleLine() icoReference?: string | null;
}

@InputType('FoiInternalReviewInput')
export class FoiInternalReviewInput {
  @Field({ description: 'YYYY-MM-DD: when the review was asked for.' }) @Matches(DAY, { message: DAY_MESSAGE }) requestedOn!: string;
  @Field({ description: 'The letter asking for it (the drafted one, edited); kept in the correspondence log.' }) @Text({ max: 20000, keepSpaces: true, label: 'letter' }) letter!: string;
}

@InputType('FoiReceivedInput')
export class FoiReceivedInput {
  @Field({ description: 'YYYY-MM-DD: the day the authority received it, if not the day it was sent.' }) @Matches(DAY, { message: DAY_MESSAGE }) receivedOn!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Text({ max: 200, optional: true }) note?: string | null;
}
