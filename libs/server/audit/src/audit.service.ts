import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface AuditRecord {
  partnershipId: string;
  actorPersonId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  detail?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the transaction's manager so the audit row commits or rolls back with the change. */
  async record(event: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (partnership_id, actor_person_id, action, subject_type, subject_id, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.partnershipId, event.actorPersonId, event.action, event.subjectType, event.subjectId, JSON.stringify(event.detail ?? {})],
    );
  }
}
