import { Column, Entity, Index } from 'typeorm';
import { Row } from '@convene/database';

export enum OrganisationKind {
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  NHS = 'NHS',
  PUBLIC_BODY = 'PUBLIC_BODY',
  GOVERNMENT_AGENCY = 'GOVERNMENT_AGENCY',
  CHARITY = 'CHARITY',
  COMMUNITY_GROUP = 'COMMUNITY_GROUP',
  UNIVERSITY = 'UNIVERSITY',
  COLLEGE = 'COLLEGE',
  PARTNERSHIP_STAFF = 'PARTNERSHIP_STAFF',
  OTHER = 'OTHER',
}

/** A partner body: council team, NHS trust, charity, community group, university. */
@Entity('organisation')
@Index(['partnershipId', 'name'], { unique: true })
export class OrganisationEntity extends Row {
  @Column('uuid')
  partnershipId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: OrganisationKind;

  @Column('text', { nullable: true })
  area!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  themes!: string[];

  @Column('text', { nullable: true })
  website!: string | null;

  @Column('text', { nullable: true })
  contactEmail!: string | null;
}
