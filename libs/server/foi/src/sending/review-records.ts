import type { DataSource } from 'typeorm';

export interface UnsentReview {
  correspondenceId: string;
  requestId: string;
  partnershipName: string;
  /** The partnership's FOI address, when it has one: the review comes from it, as the letter did. */
  partnershipEmail: string | null;
  organisationName: string;
  /** Who asked for the review (else who drafted the campaign): the person its reply address is issued for. */
  askedBy: string | null;
  sentTo: string;
  /** The original letter's subject, so the authority can match the review to the request. */
  letterSubject: string;
  letter: string;
}

/** "Request for an internal review: Freedom of Information request: …" */
export const reviewSubject = (letterSubject: string) => `Request for an internal review: ${letterSubject}`;

/** A request for an internal review still waiting to be emailed (null: gone already, or never to be emailed). */
export async function unsentReview(db: DataSource, correspondenceId: string): Promise<UnsentReview | null> {
  const [row]: UnsentReview[] = await db.query(
    `SELECT x.id AS "correspondenceId", r.id AS "requestId", pa.name AS "partnershipName", pa.foi_email AS "partnershipEmail", o.name AS "organisationName",
            COALESCE(x.recorded_by_person_id, c.created_by_person_id) AS "askedBy", r.sent_to AS "sentTo", r.letter_subject AS "letterSubject", x.body AS letter
       FROM foi_correspondence x JOIN foi_request r ON r.id = x.request_id JOIN foi_campaign c ON c.id = r.campaign_id
       JOIN partnership pa ON pa.id = r.partnership_id JOIN organisation o ON o.id = r.organisation_id
      WHERE x.id = $1 AND x.kind = 'INTERNAL_REVIEW' AND x.direction = 'OUT' AND x.email_status = 'PENDING' AND r.sent_via = 'EMAIL'`,
    [correspondenceId],
  );
  return row ?? null;
}

/** The ledger said sent: the log entry says so, once (a retry finds it SENT and leaves it). */
export async function recordReviewSent(db: DataSource, correspondenceId: string, sentAt: Date): Promise<void> {
  await db.query(`UPDATE foi_correspondence SET email_status = 'SENT', emailed_at = $2 WHERE id = $1 AND email_status = 'PENDING'`, [correspondenceId, sentAt]);
}
