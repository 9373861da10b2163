import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum EmailReplyOutcome {
  RECEIVED = 'RECEIVED',
  APOLOGIES = 'APOLOGIES',
  ACCEPTED = 'ACCEPTED',
  MEETING_COMMENT = 'MEETING_COMMENT',
  FORUM_POST = 'FORUM_POST',
  MINUTES_COMMENT = 'MINUTES_COMMENT',
  FOI_CORRESPONDENCE = 'FOI_CORRESPONDENCE',
  REFUSED = 'REFUSED',
  AUTO_REPLY = 'AUTO_REPLY',
}
registerEnumType(EmailReplyOutcome, { name: 'EmailReplyOutcome', description: 'What an email reply did.' });

@ObjectType('MeetingEmailComment', { description: 'A reply to the agenda pack that was neither apologies nor acceptance: for the coordinators.' })
export class MeetingEmailCommentModel {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who replied; null once they have left.' }) authorName!: string | null;
  personId!: string | null;
}

@ObjectType('EmailReply', { description: 'One of your own replies by email, and what it did.' })
export class EmailReplyModel {
  @Field(() => ID) id!: string;
  @Field(() => EmailReplyOutcome) outcome!: EmailReplyOutcome;
  @Field(() => String, { nullable: true, description: 'AGENDA_PACK, FORUM_THREAD, MINUTES or FOI_REQUEST.' }) purpose!: string | null;
  @Field(() => String, { nullable: true, description: 'Why nothing was done, in plain words.' }) reason!: string | null;
  @Field(() => GraphQLISODateTime) receivedAt!: Date;
}
