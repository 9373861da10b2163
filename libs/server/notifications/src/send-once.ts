import type { DeliveryLedger } from '@convene/delivery';
import type { Mailer, OutgoingMail } from '@convene/mail';
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
 * Claim, compose, send, mark: the one path every email takes. Returns false when the ledger
 * says someone else has it or it already went. A failed send releases the claim and rethrows,
 * so the job retries.
 */
export async function sendOnce(ledger: DeliveryLedger, mailer: Mailer, send: SendOnce): Promise<boolean> {
  const claim = await ledger.claim(send.purposeKey, send.recipientKey);
  if (!claim) {
    if (await ledger.countClaimed(send.purposeKey, [send.recipientKey])) throw new ClaimsHeldElsewhere(1);
    return false;
  }
  try {
    await mailer.send({ ...(await send.compose()), messageId: claim.messageId });
  } catch (error: unknown) {
    await ledger.markFailed(claim.id, error instanceof Error ? error.message : String(error));
    throw error;
  }
  await ledger.markSent(claim.id);
  await send.afterSent?.();
  return true;
}
