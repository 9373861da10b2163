import { Column, Entity } from 'typeorm';
import { Row } from '@convene/database';

/** The tenant. Every other row belongs to exactly one partnership. */
@Entity('partnership')
export class PartnershipEntity extends Row {
  @Column('text')
  name!: string;

  @Column('text', { unique: true })
  slug!: string;

  @Column('text', { default: 'Europe/London' })
  timeZone!: string;
}
