import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { rows } from '@convene/database';
import type { EmailFailureModel, PersonEmailModel, SentMessageModel } from './email-health.models';

const RECENT_MESSAGES = 20;

/** A person's address as the ledger and the bounce reports see it, for the person's page. */
@Injectable()
export class EmailHealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async of(actor: Actor, personId: string): Promise<PersonEmailModel> {
    await this.access.assertAccess(actor, Permission.personEmailHealth, personId, 'That person');
    const [failure] = await rows<EmailFailureModel>(
      this.db,
      `SELECT s.reason, s.status_code AS "statusCode", s.since
         FROM person p JOIN account a ON a.id = p.account_id JOIN mail_suppression s ON s.email = lower(a.email)
        WHERE p.id = $1 AND s.cleared_at IS NULL`,
      [personId],
    );
    // Their account's own mail (resets, sign-in links) is keyed by the account; the rest by the person.
    const messages = await rows<SentMessageModel>(
      this.db,
      `SELECT d.id, split_part(d.purpose_key, ':', 1) AS kind,
              coalesce(d.outcome, CASE d.status WHEN 'CLAIMED' THEN 'PENDING' ELSE d.status END) AS outcome,
              d.outcome_status AS "statusCode", d.sent_at AS "sentAt", d.outcome_at AS "outcomeAt", d.attempts
         FROM delivery d, person p
        WHERE p.id = $1 AND d.recipient_key IN (p.id::text, p.account_id::text)
        ORDER BY d.updated_at DESC LIMIT $2`,
      [personId, RECENT_MESSAGES],
    );
    return { personId, failure: failure ?? null, messages };
  }

  /** A coordinator knows the address works again (the inbox was fixed): optional email resumes, soft bounces count afresh. */
  async markWorking(actor: Actor, personId: string): Promise<PersonEmailModel> {
    await this.access.assertAccess(actor, Permission.personEmailHealth, personId, 'That person');
    await this.db.transaction(async (manager) => {
      const cleared = await rows(
        manager,
        `UPDATE mail_suppression s SET cleared_at = $3, cleared_by = $2
           FROM person p JOIN account a ON a.id = p.account_id
          WHERE p.id = $1 AND s.email = lower(a.email) AND s.cleared_at IS NULL
          RETURNING s.reason`,
        [personId, actor.personId, this.clock.now()],
      );
      if (cleared.length) {
        await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'person.email-working', subjectType: 'person', subjectId: personId }, manager);
      }
    });
    return this.of(actor, personId);
  }
}
