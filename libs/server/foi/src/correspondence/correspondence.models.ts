import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { SingleLine, Text } from '@convene/graphql-kit';

export enum FoiDirection {
  IN = 'IN',
  OUT = 'OUT',
}
registerEnumType(FoiDirection, { name: 'FoiDirection', description: 'IN: from the authority. OUT: from the partnership.' });

export enum FoiCorrespondenceKind {
  LETTER = 'LETTER',
  MESSAGE = 'MESSAGE',
  CLARIFICATION = 'CLARIFICATION',
  REPLY = 'REPLY',
  INTERNAL_REVIEW = 'INTERNAL_REVIEW',
  ICO = 'ICO',
  NOTE = 'NOTE',
}
registerEnumType(FoiCorrespondenceKind, { name: 'FoiCorrespondenceKind' });

export enum FoiEmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
}
registerEnumType(FoiEmailStatus, { name: 'FoiEmailStatus', description: 'PENDING: the worker is to email it to the authority. SENT: SMTP accepted it (emailedAt).' });

@ObjectType('FoiAttachment')
export class FoiAttachmentModel {
  @Field(() => ID) id!: string;
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field(() => Int) size!: number;
  @Field({ description: 'Download address (signed-in readers of the request).' }) url!: string;
}

@ObjectType('FoiCorrespondence', { description: 'One entry of a request’s correspondence log.' })
export class FoiCorrespondenceModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => FoiDirection) direction!: FoiDirection;
  @Field(() => FoiCorrespondenceKind) kind!: FoiCorrespondenceKind;
  @Field() fromAddress!: string;
  @Field() toAddress!: string;
  @Field() subject!: string;
  @Field() body!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => FoiEmailStatus, { nullable: true, description: 'For an entry Convene emails to the authority (a request for an internal review of an emailed request); null for anything else.' }) emailStatus!: FoiEmailStatus | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When SMTP accepted that email.' }) emailedAt!: Date | null;
  @Field(() => [FoiAttachmentModel]) attachments!: FoiAttachmentModel[];
}

@InputType('FoiCorrespondenceInput')
export class FoiCorrespondenceInput {
  @Field(() => FoiDirection) @IsEnum(FoiDirection) direction!: FoiDirection;
  @Field(() => FoiCorrespondenceKind, { defaultValue: FoiCorrespondenceKind.MESSAGE }) @IsEnum(FoiCorrespondenceKind) kind!: FoiCorrespondenceKind;
  @Field({ defaultValue: '' }) @Text({ max: 500, blank: true }) @SingleLine() subject!: string;
  @Field({ defaultValue: '' }) @Text({ max: 200000, blank: true, keepSpaces: true, label: 'message' }) body!: string;
  @Field({ description: 'YYYY-MM-DD: when it was sent or received.' }) @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Give the date as YYYY-MM-DD.' }) on!: string;
  @Field(() => String, { nullable: true, description: 'The other side’s address, when it is not the request’s.' }) @IsOptional() @Text({ max: 320, optional: true }) @SingleLine() address?: string | null;
}

@ObjectType('FoiUploadTicket', { description: 'PUT the file’s bytes to /foi-files/uploads/<token> (header X-Filename) within 10 minutes.' })
export class FoiUploadTicketModel {
  @Field() token!: string;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field(() => Int) maxBytes!: number;
}
