import type { EmailCategory } from '@convene/contracts';
import { DeliveryRunLost, currentDeliveryRun, type DeliveryLedger } from '@convene/delivery';
import { hashToken, newToken } from '@convene/identity';
import { newBounceToken, type Mailer, type OutgoingMail } from '@convene/mail';
import { moduleLogger } from '@convene/logging';

const logger = moduleLogger('send-many');

/** Claims are taken this many at a time, so no claim waits long enough to look abandoned. */
const CLAIM_CHUNK = 200;
/** Messages in flight at once; the pooled transport spreads them over its connections. */
const IN_FLIGHT = 16;

export interface Recipient {
  personId: string;
  email: string;
  name: string;
  lang: string;
}

export interface MailLinks {
  /** One click, no sign-in: turns this category off. Absent for mails that cannot be refused. */
  unsubscribeUrl?: string;
  preferencesUrl?: string;
}

export interface Broadcast<R extends Recipient> {
  purposeKey: string;
  /** The category a one-click unsubscribe turns off; null for mails that cannot be refused. */
  category: EmailCategory | null;
  variant?: number;
  recipients: R[];
  compose(recipient: R, links: MailLinks): Omit<OutgoingMail, 'messageId' | 'to'>;
  /** For mail whose replies act: this recipient's reply address (ReplyAddresses.issue), issued after the claim. */
  replyTo?(recipient: R): Promise<string | null>;
  progress?(done: number, total: number): Promise<void>;
}

export interface BroadcastResult {
  sent: number;
  /** Already sent or settled, or held by another worker. */
  skipped: number;
  /** Claimed by another job's run that has not finished, or died: retried until sent or stale. */
  heldElsewhere: number;
  failed: number;
}

/**
 * Some recipients are claimed by another job's run. If it is alive it will finish; if it died,
 * its claims go stale and this job's retry takes them over. Either way, retry rather than end.
 * (Claims an earlier run of this same job left are taken over at once, never counted here.)
 */
export class ClaimsHeldElsewhere extends Error {
  constructor(count: number) {
    super(`${count} message(s) are claimed by another worker; retrying later`);
    this.name = 'ClaimsHeldElsewhere';
  }
}

/** Runs `task` over `items` with at most `limit` in flight; settles only when every lane has stopped. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]);
  });
  await Promise.all(lanes);
}

/**
 * Claim, compose, send, record, for many recipients of one purpose: the path every email takes.
 * Each recipient's row is claimed by this job's run before its message is built, and SMTP's 250
 * is recorded before that lane sends again; while the database cannot take it, no lane claims
 * or sends (`whenWritable`). A failed message releases its claim; if any failed, this throws
 * after the rest have gone, so the job retries just those.
 */
export async function sendToMany<R extends Recipient>(
  deps: { ledger: DeliveryLedger; mailer: Mailer; webUrl: string },
  broadcast: Broadcast<R>,
): Promise<BroadcastResult> {
  const result: BroadcastResult = { sent: 0, skipped: 0, heldElsewhere: 0, failed: 0 };
  const run = currentDeliveryRun();
  let firstError: unknown;
  let lost = false;
  const total = broadcast.recipients.length;
  for (let start = 0; start < total && !lost; start += CLAIM_CHUNK) {
    const chunk = broadcast.recipients.slice(start, start + CLAIM_CHUNK);
    const tokens = new Map(chunk.map((r) => [r.personId, broadcast.category ? newToken('unsubscribe') : null]));
    const bounceTokens = new Map(chunk.map((r) => [r.personId, newBounceToken()]));
    await deps.ledger.whenWritable();
    if (!run.holds()) {
      lost = true;
      break;
    }
    const claims = await deps.ledger.claimMany(
      broadcast.purposeKey,
      chunk.map((r) => ({
        recipientKey: r.personId,
        variant: broadcast.variant ?? null,
        unsubscribeTokenHash: tokens.get(r.personId) ? hashToken(tokens.get(r.personId)!) : null,
        bounceTokenHash: hashToken(bounceTokens.get(r.personId)!),
      })),
      run,
    );
    result.skipped += chunk.length - claims.length;
    if (claims.length < chunk.length) result.heldElsewhere += await deps.ledger.countHeldElsewhere(broadcast.purposeKey, chunk.map((r) => r.personId), run);
    const byPerson = new Map(chunk.map((r) => [r.personId, r]));
    await pool(claims, IN_FLIGHT, async (claim) => {
      // What this run leaves claimed, the run that holds the job next takes over.
      await deps.ledger.whenWritable();
      if (lost || !run.holds()) {
        lost = true;
        return;
      }
      const recipient = byPerson.get(claim.recipientKey)!;
      const token = tokens.get(recipient.personId);
      const links: MailLinks = token
        ? { unsubscribeUrl: `${deps.webUrl}/email/unsubscribe/${token}`, preferencesUrl: `${deps.webUrl}/email/preferences/${token}` }
        : {};
      try {
        const replyTo = (await broadcast.replyTo?.(recipient)) ?? undefined;
        const mail = { ...broadcast.compose(recipient, links), replyTo };
        const headers = { ...(mail.headers ?? {}) };
        if (links.unsubscribeUrl) {
          // RFC 8058: a mail client may POST `List-Unsubscribe=One-Click` to this URL, no cookie needed.
          headers['List-Unsubscribe'] = `<${links.unsubscribeUrl}>`;
          headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
        }
        await deps.mailer.send({ ...mail, headers, to: { name: recipient.name, address: recipient.email }, messageId: claim.messageId, bounceToken: bounceTokens.get(recipient.personId) });
      } catch (error: unknown) {
        result.failed += 1;
        firstError ??= error;
        // Best effort: if the database is away too, this job's next run takes its own claim over.
        await deps.ledger.markFailed(claim.id, error instanceof Error ? error.message : String(error)).catch(() => undefined);
        return;
      }
      if (await deps.ledger.recordSent(claim, run)) result.sent += 1;
      else lost = true;
    });
    const done = Math.min(start + CLAIM_CHUNK, total);
    await broadcast.progress?.(done, total);
    if (total > CLAIM_CHUNK) logger.info({ purpose: broadcast.purposeKey.split(':')[0], done, total, sent: result.sent }, 'sending');
  }
  if (total > 1 || result.failed || lost) logger.info({ purpose: broadcast.purposeKey.split(':')[0], recipients: total, lost, ...result }, 'send finished');
  if (lost) throw new DeliveryRunLost();
  if (firstError) throw firstError;
  if (result.heldElsewhere) throw new ClaimsHeldElsewhere(result.heldElsewhere);
  return result;
}
