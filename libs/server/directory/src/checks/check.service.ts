import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { hashToken, looksLikeToken } from '@convene/identity';

/** The link in the yearly email works this long after it was sent (the email says so). */
export const CHECK_LINK_DAYS = 60;
/** A suggestion sent from the check page, in characters (directory_suggestion allows 4000). */
export const CHECK_SUGGESTION_MAX = 4000;

export interface CheckOnPage {
  id: string;
  partnershipId: string;
  kind: 'organisation' | 'service';
  recordId: string;
  recordName: string;
  contactId: string | null;
  contactName: string | null;
  contactPersonId: string | null;
  confirmedAt: Date | null;
  suggestedAt: Date | null;
}

/**
 * The page behind the yearly "is this still right?" email. The token alone decides (the
 * contact may have no account); it is stored only as a hash and works for CHECK_LINK_DAYS.
 * Confirming marks the record and the contact checked; a suggestion goes to the coordinators'
 * review list, once per check (the row's `suggested_at` is claimed in the same statement).
 */
@Injectable()
export class CheckService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async fromToken(token: string): Promise<CheckOnPage | null> {
    if (!looksLikeToken(token, 'check')) return null;
    const [check]: CheckOnPage[] = await this.db.query(
      `SELECT k.id, k.partnership_id AS "partnershipId", CASE WHEN k.service_id IS NULL THEN 'organisation' ELSE 'service' END AS kind,
              coalesce(k.service_id, k.organisation_id) AS "recordId", coalesce(s.name, o.name) AS "recordName",
              c.id AS "contactId", c.name AS "contactName", c.person_id AS "contactPersonId", k.confirmed_at AS "confirmedAt", k.suggested_at AS "suggestedAt"
         FROM directory_check k
         LEFT JOIN organisation o ON o.id = k.organisation_id
         LEFT JOIN directory_service s ON s.id = k.service_id
         LEFT JOIN directory_contact c ON c.id = k.contact_id
        WHERE k.token_hash = $1 AND k.created_at > $2::timestamptz - make_interval(days => $3)`,
      [hashToken(token), this.clock.now(), CHECK_LINK_DAYS],
    );
    return check ?? null;
  }

  /** True when this click confirmed it; false when it was confirmed already. */
  async confirm(check: CheckOnPage): Promise<boolean> {
    const now = this.clock.now();
    return this.db.transaction(async (m) => {
      const claimed: unknown[] = await m.query(`WITH c AS (UPDATE directory_check SET confirmed_at = $2 WHERE id = $1 AND confirmed_at IS NULL RETURNING id) SELECT id FROM c`, [check.id, now]);
      if (!claimed.length) return false;
      const table = check.kind === 'service' ? 'directory_service' : 'organisation';
      await m.query(`UPDATE ${table} SET last_checked_at = $2, last_checked_by_person_id = $3 WHERE id = $1`, [check.recordId, now, check.contactPersonId]);
      if (check.contactId) await m.query(`UPDATE directory_contact SET last_checked_at = $2, last_checked_by_person_id = $3 WHERE id = $1`, [check.contactId, now, check.contactPersonId]);
      await this.audit.record(
        { partnershipId: check.partnershipId, actorPersonId: check.contactPersonId, action: 'directory.check-confirmed', subjectType: table, subjectId: check.recordId, detail: { checkId: check.id } },
        m,
      );
      return true;
    });
  }

  /** Adds the suggestion for review; false when this check already sent one. */
  async suggest(check: CheckOnPage, body: string): Promise<boolean> {
    const now = this.clock.now();
    return this.db.transaction(async (m) => {
      const claimed: unknown[] = await m.query(`WITH c AS (UPDATE directory_check SET suggested_at = $2 WHERE id = $1 AND suggested_at IS NULL RETURNING id) SELECT id FROM c`, [check.id, now]);
      if (!claimed.length) return false;
      const column = check.kind === 'service' ? 'service_id' : 'organisation_id';
      const [{ id }] = await m.query(
        `INSERT INTO directory_suggestion (partnership_id, ${column}, suggested_by_person_id, body, changes) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [check.partnershipId, check.recordId, check.contactPersonId, body, JSON.stringify({ fromCheck: check.id })],
      );
      await this.audit.record(
        { partnershipId: check.partnershipId, actorPersonId: check.contactPersonId, action: 'directory.check-suggested', subjectType: 'directory_suggestion', subjectId: id, detail: { checkId: check.id } },
        m,
      );
      return true;
    });
  }
}
