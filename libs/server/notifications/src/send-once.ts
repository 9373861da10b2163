import { DeliveryRunLost, currentDeliveryRun, type DeliveryLedger } from '@convene/delivery';
import { hashToken } from '@convene/identity';
import { newBounceToken, type Mailer, type OutgoingMail } from '@convene/mail';
import { ClaimsHeldElsewhere } from './send-many';

export interface SendOnce {
  purposeKey: string;
  recipientKey: string;
  /** Builds the message once the claim is held (for example, minting a token). */
  compose(): Promise<Omit<OutgoingMail, 'messageId'>>;
  /** Records the send on the subject (e.g. `sent_at`), after the ledger says sent. */
  afterSent?(): Promise<void>;
}

/**
 * Claim, compose, send, record: the one path every email takes. Returns false when the ledger
 * says someone else has it or it already went. A failed send releases the claim and rethrows,
 * so the job retries; SMTP's 250 is recorded however long the database takes to answer.
 */
export async function sendOnce(ledger: DeliveryLedger, mailer: Mailer, send: SendOnce): Promise<boolean> {
  const run = currentDeliveryRun();
  await ledger.whenWritable();
  if (!run.holds()) throw new DeliveryRunLost();
  const bounceToken = newBounceToken();
  const claim = await ledger.claim(send.purposeKey, send.recipientKey, { bounceTokenHash: hashToken(bounceToken) }, run);
  if (!claim) {
    if (await ledger.countHeldElsewhere(send.purposeKey, [send.recipientKey], run)) throw new ClaimsHeldElsewhere(1);
    return false;
  }
  try {
    await mailer.send({ ...(await send.compose()), messageId: claim.messageId, bounceToken });
  } catch (error: unknown) {
    // Best effort: if the database is away too, this job's next run takes its own claim over.
    await ledger.markFailed(claim.id, error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  }
  if (!(await ledger.recordSent(claim, run))) throw new DeliveryRunLost();
  await send.afterSent?.();
  return true;
}
