import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { rows } from '@convene/database';
import { moduleLogger } from '@convene/logging';
import { currentDeliveryRun, type DeliveryRun } from './delivery-run';

/** By default, a claim of another job older than this is assumed to belong to a worker that died mid-send. */
export const STALE_CLAIM_MS = 5 * 60_000;
/** Retrying a write of SMTP's answers backs off from this to RECORD_RETRY_MAX_MS. */
const RECORD_RETRY_MS = 50;
const RECORD_RETRY_MAX_MS = 2_000;

const logger = moduleLogger('delivery-ledger');

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
  /** sha256 of the token in the message's envelope sender (bounce+<token>@…), which maps a bounce to this row. */
  bounceTokenHash?: string | null;
}

interface Unrecorded {
  id: string;
  run: string;
  settle(kept: boolean): void;
}

export function deterministicMessageId(purposeKey: string, recipientKey: string, domain: string): string {
  const digest = createHash('sha256').update(`${purposeKey}\u0000${recipientKey}`).digest('hex').slice(0, 32);
  return `<${digest}@${domain}>`;
}

/**
 * The ledger behind email sent once. A send happens only after `claim` returns a row; the row
 * is marked sent as soon as SMTP accepts the message, and that answer is kept in memory and
 * written again until the database takes it: while it cannot, `whenWritable` holds every
 * further claim and send. A claim belongs to one run of one job: a later run of the same job
 * takes over what an earlier run left; a claim of another job only once it is stale. The same
 * Message-ID goes with a taken-over claim.
 */
export class DeliveryLedger {
  private unrecorded: Unrecorded[] = [];
  private writing = false;
  private unavailableSince: number | null = null;
  private waitingForWrites: (() => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly messageIdDomain: string,
    private readonly staleClaimMs = STALE_CLAIM_MS,
  ) {}

  async claim(purposeKey: string, recipientKey: string, extras: ClaimExtras = {}, run = currentDeliveryRun()): Promise<Claim | null> {
    const [claimed] = await this.claimMany(purposeKey, [{ recipientKey, ...extras }], run);
    return claimed ?? null;
  }

  /** Claims many recipients of one purpose for `run` in one statement; returns only those now held. */
  async claimMany(purposeKey: string, recipients: ({ recipientKey: string } & ClaimExtras)[], run = currentDeliveryRun()): Promise<Claim[]> {
    if (recipients.length === 0) return [];
    return rows<Claim>(
      this.dataSource,
      `INSERT INTO delivery (purpose_key, recipient_key, message_id, variant, unsubscribe_token_hash, bounce_token_hash, attempts, claimed_at, claimed_job, claimed_run)
       SELECT $1, r.key, r.message_id, r.variant, r.token_hash, r.bounce_hash, 1, now(), $7, $8
         FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $9::text[]) AS r(key, message_id, variant, token_hash, bounce_hash)
       ON CONFLICT (purpose_key, recipient_key) DO UPDATE
         SET attempts = delivery.attempts + 1, claimed_at = now(), status = 'CLAIMED', updated_at = now(),
             variant = EXCLUDED.variant, unsubscribe_token_hash = EXCLUDED.unsubscribe_token_hash,
             -- A new attempt gets a new envelope token; the Message-ID still maps the earlier one's bounce.
             bounce_token_hash = EXCLUDED.bounce_token_hash,
             claimed_job = EXCLUDED.claimed_job, claimed_run = EXCLUDED.claimed_run
         WHERE delivery.status = 'FAILED'
            OR (delivery.status = 'CLAIMED' AND (
                 -- An earlier run of this same job: this run holds the job now, so that one ended.
                 (delivery.claimed_job = EXCLUDED.claimed_job AND delivery.claimed_run IS DISTINCT FROM EXCLUDED.claimed_run)
                 OR delivery.claimed_at < now() - make_interval(secs => $6)))
       RETURNING id, recipient_key AS "recipientKey", message_id AS "messageId", attempts`,
      [
        purposeKey,
        recipients.map((r) => r.recipientKey),
        recipients.map((r) => deterministicMessageId(purposeKey, r.recipientKey, this.messageIdDomain)),
        recipients.map((r) => r.variant ?? null),
        recipients.map((r) => r.unsubscribeTokenHash ?? null),
        this.staleClaimMs / 1000,
        run.job,
        run.run,
        recipients.map((r) => r.bounceTokenHash ?? null),
      ],
    );
  }

  /**
   * Records that SMTP accepted the claimed message. Resolves once the database has it (retrying
   * for as long as it takes); false if another run took the claim over meanwhile, so this run
   * must stop. Answers that arrive together are written in one statement.
   */
  recordSent(claim: Claim, run: DeliveryRun): Promise<boolean> {
    return new Promise((settle) => {
      this.unrecorded.push({ id: claim.id, run: run.run, settle });
      void this.writeUnrecorded();
    });
  }

  /** Resolves at once, or when the answers SMTP gave while the database was away are written. */
  whenWritable(): Promise<void> {
    if (this.unavailableSince === null) return Promise.resolve();
    return new Promise((resolve) => this.waitingForWrites.push(resolve));
  }

  private async writeUnrecorded(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    let retryMs = RECORD_RETRY_MS;
    try {
      while (this.unrecorded.length) {
        const batch = this.unrecorded.splice(0);
        let kept: { id: string }[];
        try {
          kept = await rows<{ id: string }>(
            this.dataSource,
            `UPDATE delivery d SET status = 'SENT', sent_at = now(), last_error = NULL, updated_at = now()
               FROM unnest($1::uuid[], $2::text[]) AS m(id, run)
              WHERE d.id = m.id AND d.claimed_run = m.run
             RETURNING d.id`,
            [batch.map((u) => u.id), batch.map((u) => u.run)],
          );
        } catch (error: unknown) {
          // SMTP said 250: the answer is kept and written again; nothing else goes out meanwhile.
          this.unrecorded.unshift(...batch);
          if (this.unavailableSince === null) {
            this.unavailableSince = Date.now();
            logger.warn({ unrecorded: this.unrecorded.length, err: error instanceof Error ? error.message : String(error) }, 'cannot record sent messages; sending paused');
          }
          await new Promise((resolve) => setTimeout(resolve, retryMs));
          retryMs = Math.min(retryMs * 2, RECORD_RETRY_MAX_MS);
          continue;
        }
        retryMs = RECORD_RETRY_MS;
        const keptIds = new Set(kept.map((k) => k.id));
        for (const u of batch) u.settle(keptIds.has(u.id));
        if (this.unavailableSince !== null && this.unrecorded.length === 0) {
          logger.info({ pausedMs: Date.now() - this.unavailableSince }, 'sent messages recorded; sending again');
          this.unavailableSince = null;
          this.waitingForWrites.splice(0).forEach((wake) => wake());
        }
      }
    } finally {
      this.writing = false;
    }
  }

  /** Releases the claim so the next attempt may send. */
  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE delivery SET status = 'FAILED', last_error = left($2, 500), updated_at = now() WHERE id = $1`, [id, error]);
  }

  /** Settles a claimed purpose that turned out to have nothing to send (an empty digest). */
  async markSkipped(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE delivery SET status = 'SKIPPED', last_error = NULL, updated_at = now() WHERE id = $1`, [id]);
  }

  /**
   * Nothing to send this recipient for this purpose (an empty window, reminders turned off):
   * claims it and settles it as SKIPPED, so the tick that found it due stops asking. A purpose
   * already settled, or held by another run, is left as it is.
   */
  async skip(purposeKey: string, recipientKey: string): Promise<void> {
    const claim = await this.claim(purposeKey, recipientKey);
    if (claim) await this.markSkipped(claim.id);
  }

  /** How many of these recipients' rows are claimed by another run (live, or dead and not yet stale). */
  async countHeldElsewhere(purposeKey: string, recipientKeys: string[], run: DeliveryRun): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM delivery
        WHERE purpose_key = $1 AND recipient_key = ANY($2::text[]) AND status = 'CLAIMED' AND claimed_run IS DISTINCT FROM $3`,
      [purposeKey, recipientKeys, run.run],
    );
    return count;
  }

  async isSent(purposeKey: string, recipientKey: string): Promise<boolean> {
    return (await this.sentAt(purposeKey, recipientKey)) !== null;
  }

  /** When SMTP took the message, by the ledger; null if it has not gone. */
  async sentAt(purposeKey: string, recipientKey: string): Promise<Date | null> {
    const [sent] = await rows<{ sentAt: Date | null }>(this.dataSource, `SELECT sent_at AS "sentAt" FROM delivery WHERE purpose_key = $1 AND recipient_key = $2 AND status = 'SENT'`, [purposeKey, recipientKey]);
    return sent?.sentAt ?? null;
  }
}
