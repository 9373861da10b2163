import { Column, Entity, Index } from 'typeorm';
import { Row } from '@convene/database';

export enum DeliveryStatus {
  CLAIMED = 'CLAIMED',
  SENT = 'SENT',
  FAILED = 'FAILED',
  /** Claimed, then found to have nothing to say (an empty digest). */
  SKIPPED = 'SKIPPED',
}

export enum DeliveryOutcome {
  BOUNCED_HARD = 'BOUNCED_HARD',
  BOUNCED_SOFT = 'BOUNCED_SOFT',
  COMPLAINED = 'COMPLAINED',
}

/**
 * One email to one recipient for one purpose (`agenda-pack:<meetingId>:v2`, `invitation:<id>`).
 * The unique (purpose, recipient) pair is what makes every send exactly-once for the reader.
 */
@Entity('delivery')
@Index(['purposeKey', 'recipientKey'], { unique: true })
export class DeliveryEntity extends Row {
  @Column('text')
  purposeKey!: string;

  /** An account id, or the subject's own id when there is no account yet (invitations). */
  @Column('text')
  recipientKey!: string;

  @Column('text', { default: DeliveryStatus.CLAIMED })
  status!: DeliveryStatus;

  /** Deterministic, so a resend after a crash carries the same Message-ID. */
  @Column('text')
  messageId!: string;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('timestamptz')
  claimedAt!: Date;

  /** The job whose run holds the claim: a later run of the same job takes the claim over. */
  @Column('text', { nullable: true })
  claimedJob!: string | null;

  /** The run (the job's lock token) that holds the claim; only it may mark the row sent. */
  @Column('text', { nullable: true })
  claimedRun!: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @Column('text', { nullable: true })
  lastError!: string | null;

  /** The version a message carried (the agenda version in a pack). */
  @Column('int', { nullable: true })
  variant!: number | null;

  /** sha256 of the message's one-click unsubscribe token; the token itself is only in the email. */
  @Column('text', { nullable: true })
  unsubscribeTokenHash!: string | null;

  /** sha256 of the token in the envelope sender (bounce+<token>@…); a bounce finds its row by it. */
  @Column('text', { nullable: true })
  bounceTokenHash!: string | null;

  /** What became of the message after SMTP took it; null while nothing came back. */
  @Column('text', { nullable: true })
  outcome!: DeliveryOutcome | null;

  /** The enhanced status code the report gave (5.1.1), when it gave one. */
  @Column('text', { nullable: true })
  outcomeStatus!: string | null;

  @Column('timestamptz', { nullable: true })
  outcomeAt!: Date | null;
}
