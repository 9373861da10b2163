import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what, when, to what. Rows are only ever inserted. */
@Entity('audit_event')
@Index(['partnershipId', 'createdAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  partnershipId!: string;

  /** Null when the system acted (e.g. a scheduled lock). */
  @Column('uuid', { nullable: true })
  actorPersonId!: string | null;

  @Column('text')
  action!: string;

  @Column('text')
  subjectType!: string;

  @Column('uuid')
  subjectId!: string;

  @Column('jsonb', { default: {} })
  detail!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
