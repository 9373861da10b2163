import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { rows } from '@convene/database';

/** A claim older than this is assumed to belong to a worker that died mid-send. */
export const STALE_CLAIM_MS = 5 * 60_000;

export interface Claim {
  id: string;
  messageId: string;
  attempts: number;
}

export function deterministicMessageId(purposeKey: string, recipientKey: string, domain: string): string {
  const digest = createHash('sha256').update(`${purposeKey}\u0000${recipientKey}`).digest('hex').slice(0, 32);
  return `<${digest}@${domain}>`;
}

/**
 * The ledger behind exactly-once email. A send happens only after `claim` returns a row; the
 * row is marked sent as soon as SMTP accepts the message. A second worker, a retried job or a
 * duplicate tick finds the row claimed or sent and does nothing.
 */
export class DeliveryLedger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messageIdDomain: string,
  ) {}

  async claim(purposeKey: string, recipientKey: string): Promise<Claim | null> {
    const messageId = deterministicMessageId(purposeKey, recipientKey, this.messageIdDomain);
    const claimed = await rows<Claim>(
      this.dataSource,
      `INSERT INTO delivery (purpose_key, recipient_key, message_id, attempts, claimed_at)
       VALUES ($1, $2, $3, 1, now())
       ON CONFLICT (purpose_key, recipient_key) DO UPDATE
         SET attempts = delivery.attempts + 1, claimed_at = now(), status = 'CLAIMED', updated_at = now()
         WHERE delivery.status = 'FAILED'
            OR (delivery.status = 'CLAIMED' AND delivery.claimed_at < now() - make_interval(secs => $4))
       RETURNING id, message_id AS "messageId", attempts`,
      [purposeKey, recipientKey, messageId, STALE_CLAIM_MS / 1000],
    );
    return claimed[0] ?? null;
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE delivery SET status = 'SENT', sent_at = now(), last_error = NULL, updated_at = now() WHERE id = $1`, [id]);
  }

  /** Releases the claim so the next attempt may send. */
  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE delivery SET status = 'FAILED', last_error = left($2, 500), updated_at = now() WHERE id = $1`, [id, error]);
  }

  async isSent(purposeKey: string, recipientKey: string): Promise<boolean> {
    const sent = await rows(this.dataSource, `SELECT 1 FROM delivery WHERE purpose_key = $1 AND recipient_key = $2 AND status = 'SENT'`, [purposeKey, recipientKey]);
    return sent.length > 0;
  }
}
