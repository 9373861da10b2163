import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed-in session for one partnership. The token itself is never stored: only its
 * SHA-256, so a database leak does not leak working sessions.
 */
@Entity('session')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column('text')
  tokenHash!: string;

  @Index()
  @Column('uuid')
  accountId!: string;

  @Column('uuid')
  partnershipId!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
