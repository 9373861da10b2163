import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ParsedMail } from 'mailparser';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@convene/clock';
import { rows } from '@convene/database';
import { hashToken } from '@convene/identity';
import { moduleLogger } from '@convene/logging';
import { readDeliveryReport, type DeliveryReport } from './delivery-report';

/** Soft bounces (the sending system gave up on a temporary failure) this many times … */
export const SOFT_BOUNCE_LIMIT = 3;
/** … within this many days make the address count as failing. */
export const SOFT_BOUNCE_WINDOW_DAYS = 30;

/** bounce+<32 hex>@…: the envelope sender every outgoing message carries (libs/server/mail). */
const BOUNCE_ADDRESS = /^bounce\+([0-9a-f]{32})@/i;

const OUTCOME = { HARD: 'BOUNCED_HARD', SOFT: 'BOUNCED_SOFT', COMPLAINT: 'COMPLAINED' } as const;
const SUPPRESSION = { HARD: 'HARD_BOUNCE', SOFT: 'SOFT_BOUNCES', COMPLAINT: 'COMPLAINT' } as const;

export interface BounceEnvelope {
  mailFrom: string;
  rcptTo: string[];
}

interface LedgerRow {
  id: string;
  email: string | null;
}

function isReport(mail: ParsedMail): boolean {
  const type = mail.headers.get('content-type') as { value?: string } | undefined;
  return typeof type === 'object' && type?.value?.toLowerCase() === 'multipart/report';
}

/** The token from the envelope recipient, else from the headers a relay may have rewritten it into. */
export function bounceTokenOf(mail: ParsedMail, envelope: BounceEnvelope): string | null {
  const headerAddresses = ['delivered-to', 'x-original-to', 'envelope-to']
    .map((name) => mail.headers.get(name))
    .flatMap((value) => (typeof value === 'string' ? [value] : []));
  const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
  for (const candidate of [...envelope.rcptTo, ...headerAddresses, ...to]) {
    const match = BOUNCE_ADDRESS.exec(candidate.trim().replace(/^<|>$/g, ''));
    if (match) return match[1].toLowerCase();
  }
  return null;
}

/**
 * Delivery reports and complaints that come back to bounce+<token>@…: each marks its message's
 * outcome in the ledger, once (mail_report's unique key), and may mark the address as failing
 * (mail_suppression), which stops optional email to it (libs/server/notifications/src/recipients.ts).
 */
@Injectable()
export class BouncesService {
  private readonly logger = moduleLogger('bounces');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** True when the message was a report (or anything sent to a bounce address): the caller does nothing more with it. */
  async handle(mail: ParsedMail, envelope: BounceEnvelope): Promise<boolean> {
    const token = bounceTokenOf(mail, envelope);
    const report = readDeliveryReport(mail);
    if (!report) {
      // A delayed notice, or an auto-reply to a bounce address: nothing to act on, and nothing to post as a reply.
      const ours = token !== null || envelope.rcptTo.some((a) => /^bounces@/i.test(a)) || isReport(mail);
      if (ours) this.logger.info('a report that is not a failure, or mail to a bounce address; ignored');
      return ours;
    }
    const row = await this.ledgerRow(token, report);
    const email = row?.email ?? report.recipient;
    if (!email) {
      this.logger.warn({ kind: report.kind }, 'report for a message the ledger does not know; ignored');
      return true;
    }
    const acted = await this.db.transaction((manager) => this.record(manager, mail, report, row?.id ?? null, email.toLowerCase()));
    this.logger.info({ kind: report.kind, status: report.status, deliveryId: row?.id ?? null, acted }, acted ? 'delivery report recorded' : 'delivery report already recorded');
    return true;
  }

  /** By the envelope token; when a relay lost it, by the returned copy's Message-ID. */
  private async ledgerRow(token: string | null, report: DeliveryReport): Promise<LedgerRow | null> {
    const found = await rows<LedgerRow>(
      this.db,
      `SELECT d.id, coalesce(pa.email, aa.email) AS email
         FROM delivery d
         LEFT JOIN person p ON p.id::text = d.recipient_key
         LEFT JOIN account pa ON pa.id = p.account_id
         LEFT JOIN account aa ON aa.id::text = d.recipient_key
        WHERE ($1::text IS NOT NULL AND d.bounce_token_hash = $1) OR ($2::text IS NOT NULL AND d.message_id = $2)
        ORDER BY (d.bounce_token_hash = $1) DESC NULLS LAST
        LIMIT 1`,
      [token ? hashToken(token) : null, report.originalMessageId],
    );
    return found[0] ?? null;
  }

  private async record(manager: EntityManager, mail: ParsedMail, report: DeliveryReport, deliveryId: string | null, email: string): Promise<boolean> {
    const now = this.clock.now();
    // A relay's retries and a report sent twice carry the same Message-ID (or name the same row and status).
    const key = mail.messageId ? `message:${mail.messageId}` : `delivery:${deliveryId ?? email}:${report.kind}:${report.status ?? ''}`;
    const inserted = await rows(
      manager,
      `INSERT INTO mail_report (report_key, delivery_id, email, kind, status_code, received_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (report_key) DO NOTHING RETURNING id`,
      [key, deliveryId, email, report.kind, report.status, now],
    );
    if (inserted.length === 0) return false;
    if (deliveryId) {
      await manager.query(`UPDATE delivery SET outcome = $2, outcome_status = $3, outcome_at = $4 WHERE id = $1`, [deliveryId, OUTCOME[report.kind], report.status, now]);
    }
    if (report.kind === 'SOFT' && !(await this.softLimitReached(manager, email, now))) return true;
    // Already failing: the first reason and date stand. Marked working again: failing afresh.
    await manager.query(
      `INSERT INTO mail_suppression (email, reason, status_code, since) VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO UPDATE SET reason = EXCLUDED.reason, status_code = EXCLUDED.status_code, since = EXCLUDED.since, cleared_at = NULL, cleared_by = NULL
        WHERE mail_suppression.cleared_at IS NOT NULL`,
      [email, SUPPRESSION[report.kind], report.status, now],
    );
    return true;
  }

  /** Soft bounces since the window opened, or since a coordinator last marked the address working. */
  private async softLimitReached(manager: EntityManager, email: string, now: Date): Promise<boolean> {
    const [{ count }] = await rows<{ count: number }>(
      manager,
      `SELECT count(*)::int AS count FROM mail_report r
        WHERE r.email = $1 AND r.kind = 'SOFT' AND r.received_at > $2::timestamptz - make_interval(days => $3)
          AND r.received_at > coalesce((SELECT s.cleared_at FROM mail_suppression s WHERE s.email = $1), '-infinity')`,
      [email, now, SOFT_BOUNCE_WINDOW_DAYS],
    );
    return count >= SOFT_BOUNCE_LIMIT;
  }
}
