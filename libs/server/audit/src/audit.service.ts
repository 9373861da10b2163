import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** One event as the audit log shows it. */
export interface AuditEventRow {
  id: string;
  actorPersonId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  detail: Record<string, unknown>;
  createdAt: Date;
}

export interface AuditFilter {
  action?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Keyset position: events strictly older than this (created_at, id). */
  before?: { createdAt: string; id: string } | null;
}

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

  /**
   * A partnership's events, newest first, `limit` at most. Callers decide who may read them
   * (the policy layer's audit.read); this only reads.
   */
  list(partnershipId: string, filter: AuditFilter, limit: number): Promise<AuditEventRow[]> {
    return this.dataSource.query(
      `SELECT id, actor_person_id AS "actorPersonId", action, subject_type AS "subjectType", subject_id AS "subjectId", detail, created_at AS "createdAt"
         FROM audit_event
        WHERE partnership_id = $1 AND ($2::text IS NULL OR action = $2) AND ($3::text IS NULL OR subject_type = $3) AND ($4::uuid IS NULL OR subject_id = $4)
          AND ($5::timestamptz IS NULL OR (created_at, id) < ($5::timestamptz, $6::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $7`,
      [partnershipId, filter.action ?? null, filter.subjectType ?? null, filter.subjectId ?? null, filter.before?.createdAt ?? null, filter.before?.id ?? null, limit],
    );
  }

  /** Pass the transaction's manager so the audit row commits or rolls back with the change. */
  async record(event: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (partnership_id, actor_person_id, action, subject_type, subject_id, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.partnershipId, event.actorPersonId, event.action, event.subjectType, event.subjectId, JSON.stringify(event.detail ?? {})],
    );
  }
}
