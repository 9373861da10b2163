import { Column, Entity, Index } from 'typeorm';
import { Row } from '@convene/database';
import { PartnershipRole } from '@convene/contracts';

export enum InvitationKind {
  EMAIL = 'EMAIL',
  LINK = 'LINK',
}

/**
 * An invitation into a partnership, by email or as a shareable link. Only the token's hash
 * is kept. Email invitations get their token when the worker sends them, so no secret ever
 * sits in a job payload.
 */
@Entity('invitation')
export class InvitationEntity extends Row {
  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  kind!: InvitationKind;

  /** Lower-cased; only for EMAIL invitations. */
  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text')
  role!: PartnershipRole;

  @Column('uuid', { nullable: true })
  organisationId!: string | null;

  /** Accepting also joins this forum. */
  @Column('uuid', { nullable: true })
  forumId!: string | null;

  /** Accepting also makes them a member of this group, with `groupRole`. */
  @Column('uuid', { nullable: true })
  groupId!: string | null;

  @Column('text', { nullable: true })
  groupRole!: string | null;

  @Index({ unique: true, where: 'token_hash IS NOT NULL' })
  @Column('text', { nullable: true })
  tokenHash!: string | null;

  @Column('uuid')
  createdByPersonId!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('int')
  maxUses!: number;

  @Column('int', { default: 0 })
  uses!: number;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  /** When the invitation email went out (EMAIL only). */
  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;
}
