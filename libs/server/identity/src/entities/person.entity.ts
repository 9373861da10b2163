import { Column, Entity, Index } from 'typeorm';
import { Row } from '@convene/database';

import { PartnershipRole } from '@convene/contracts';

export { PartnershipRole };

/** An account's membership of one partnership: role, organisation and status there. */
@Entity('person')
@Index(['partnershipId', 'accountId'], { unique: true })
export class PersonEntity extends Row {
  @Column('uuid')
  partnershipId!: string;

  @Column('uuid')
  accountId!: string;

  @Column('uuid', { nullable: true })
  organisationId!: string | null;

  @Column('text')
  role!: PartnershipRole;

  @Column('text', { nullable: true })
  jobTitle!: string | null;

  /** Set when an admin deactivates the person; their sessions for this partnership end. */
  @Column('timestamptz', { nullable: true })
  deactivatedAt!: Date | null;
}
