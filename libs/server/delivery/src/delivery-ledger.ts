import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { rows } from '@convene/database';

/** By default, a claim older than this is assumed to belong to a worker that died mid-send. */
export const STALE_CLAIM_MS = 5 * 60_000;

export interface Claim {
  id: string;
  recipientKey: string;
  messageId: string;
  attempts: number;
}

/** What a claim may record beside the pair: the version it carries, the hashed unsubscribe token. */
export interface ClaimExtras {
  variant?: number | null;
  unsubscribeTokenHash?: string | null;
}

export function deterministicMessageId(purposeKey: string, recipientKey: string, domain: string): string {
  const digest = createHash('sha256').update(`${purposeKey}\u0000${recipientKey}`).digest('hex').slice(0, 32);
  return `<${digest}@${domain}>`;
}

/**
 * The ledger behind exactly-once email. A send happens only after `claim` returns a row; the
 * row is marked sent as soon as SMTP accepts the message. A second worker, a retried job or a
 * duplicate tick finds the row claimed or sent and does nothing. A claim left by a worker that
 * died is taken over once it is stale; the same Message-ID goes with it.
 */
export class DeliveryLedger {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messageIdDomain: string,
    private readonly staleClaimMs = STALE_CLAIM_MS,
  ) {}

  async claim(purposeKey: string, recipientKey: string, extras: ClaimExtras = {}): Promise<Claim | null> {
    const [claimed] = await this.claimMany(purposeKey, [{ recipientKey, ...extras }]);
    return claimed ?? null;
  }

  /** Claims many recipients of one purpose in one statement; returns only those now held. */
  async claimMany(purposeKey: string, recipients: ({ recipientKey: string } & ClaimExtras)[]): Promise<Claim[]> {
    if (recipients.length === 0) return [];
    return rows<Claim>(
      this.dataSource,
      `INSERT INTO delivery (purpose_key, recipient_key, message_id, variant, unsubscribe_token_hash, attempts, claimed_at)
       SELECT $1, r.key, r.message_id, r.variant, r.token_hash, 1, now()
         FROM unnest($2::text[], $3::text[], $4::int[], $5::text[]) AS r(key, message_id, variant, token_hash)
       ON CONFLICT (purpose_key, recipient_key) DO UPDATE
         SET attempts = delivery.attempts + 1, claimed_at = now(), status = 'CLAIMED', updated_at = now(),
             variant = EXCLUDED.variant, unsubscribe_token_hash = EXCLUDED.unsubscribe_token_hash
         WHERE delivery.status = 'FAILED'
            OR (delivery.status = 'CLAIMED' AND delivery.claimed_at < now() - make_interval(secs => $6))
       RETURNING id, recipient_key AS "recipientKey", message_id AS "messageId", attempts`,
      [
        purposeKey,
        recipients.map((r) => r.recipientKey),
        recipients.map((r) => deterministicMessageId(purposeKey, r.recipientKey, this.messageIdDomain)),
        recipients.map((r) => r.variant ?? null),
        recipients.map((r) => r.unsubscribeTokenHash ?? null),
        this.staleClaimMs / 1000,
      ],
    );
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE delivery SET status = 'SENT', sent_at = now(), last_error = NULL, updated_at = now() WHERE id = $1`, [id]);
  }

  /** Releases the claim so the next attempt may send. */
  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE delivery SET status = 'FAILED', last_error = left($2, 500), updated_at = now() WHERE id = $1`, [id, error]);
  }

  /** Settles a claimed purpose that turned out to have nothing to send (an empty digest). */
  async markSkipped(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE delivery SET status = 'SKIPPED', last_error = NULL, updated_at = now() WHERE id = $1`, [id]);
  }

  /** How many of these recipients' rows are claimed right now (by a live or a dead worker). */
  async countClaimed(purposeKey: string, recipientKeys: string[]): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM delivery WHERE purpose_key = $1 AND recipient_key = ANY($2::text[]) AND status = 'CLAIMED'`,
      [purposeKey, recipientKeys],
    );
    return count;
  }

  async isSent(purposeKey: string, recipientKey: string): Promise<boolean> {
    const sent = await rows(this.dataSource, `SELECT 1 FROM delivery WHERE purpose_key = $1 AND recipient_key = $2 AND status = 'SENT'`, [purposeKey, recipientKey]);
    return sent.length > 0;
  }
}
