import { Column, Entity } from 'typeorm';
import { Row } from '@convene/database';

/** A sign-in: one per email address, possibly a person in several partnerships. */
@Entity('account')
export class AccountEntity extends Row {
  /** Stored lower-cased; unique. */
  @Column('text', { unique: true })
  email!: string;

  @Column('text')
  name!: string;

  /** argon2id hash. */
  @Column('text')
  passwordHash!: string;

  /** Null until the address is proved: an account made from a shareable link receives no email before. */
  @Column('timestamptz', { nullable: true })
  emailConfirmedAt!: Date | null;

  /** BCP 47 tag, e.g. `en`, `cy`, `ar`. */
  @Column('text', { default: 'en' })
  preferredLanguage!: string;
}
