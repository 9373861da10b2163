import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum EmailFailureReason {
  HARD_BOUNCE = 'HARD_BOUNCE',
  SOFT_BOUNCES = 'SOFT_BOUNCES',
  COMPLAINT = 'COMPLAINT',
}
registerEnumType(EmailFailureReason, { name: 'EmailFailureReason', description: 'Why optional email stopped going to an address.' });

/** What the ledger knows of one message: sent, then perhaps bounced or complained about. */
export enum MessageOutcome {
  PENDING = 'PENDING',
  SENT = 'SENT',
  SKIPPED = 'SKIPPED',
  FAILED = 'FAILED',
  BOUNCED_HARD = 'BOUNCED_HARD',
  BOUNCED_SOFT = 'BOUNCED_SOFT',
  COMPLAINED = 'COMPLAINED',
}
registerEnumType(MessageOutcome, { name: 'MessageOutcome' });

@ObjectType('EmailFailure', { description: 'The address bounces or was complained about: optional email (digests, mentions, reminders, agendas, saved searches) stops; sign-in links and password resets still try.' })
export class EmailFailureModel {
  @Field(() => EmailFailureReason)
  reason!: EmailFailureReason;

  @Field(() => String, { nullable: true, description: 'The enhanced status code of the report that decided it (5.1.1).' })
  statusCode!: string | null;

  @Field(() => Date)
  since!: Date;
}

@ObjectType('SentMessage', { description: 'One message to the person, from the delivery ledger.' })
export class SentMessageModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What it was: agenda-pack, forum-digest, mentions, password-reset, sign-in-link …' })
  kind!: string;

  @Field(() => MessageOutcome)
  outcome!: MessageOutcome;

  @Field(() => String, { nullable: true, description: 'The status code a bounce gave.' })
  statusCode!: string | null;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the bounce or complaint came back.' })
  outcomeAt!: Date | null;

  @Field(() => Int)
  attempts!: number;
}

@ObjectType('PersonEmail', { description: "Coordinators and admins: whether a person's address works, and their recent messages." })
export class PersonEmailModel {
  @Field(() => ID)
  personId!: string;

  @Field(() => EmailFailureModel, { nullable: true, description: 'Null while the address works.' })
  failure!: EmailFailureModel | null;

  @Field(() => [SentMessageModel], { description: 'The 20 most recent, newest first.' })
  messages!: SentMessageModel[];
}
