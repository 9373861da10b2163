import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request for an internal review goes to the authority by email, as the letter did. Its log
 * entry says whether it is waiting for the worker (PENDING) or went (SENT, with when SMTP took
 * it); entries that were never to be emailed (portal requests, anything logged by hand, and
 * every entry before this) keep NULL, so nothing old is sent now.
 */
export class FoiReviewEmails1766200000000 implements MigrationInterface {
  name = 'FoiReviewEmails1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE foi_correspondence
        ADD COLUMN email_status text CHECK (email_status IN ('PENDING', 'SENT')),
        ADD COLUMN emailed_at timestamptz,
        ADD CONSTRAINT foi_correspondence_emailed_check CHECK ((email_status IS NOT DISTINCT FROM 'SENT') = (emailed_at IS NOT NULL))`);
    await q.query(`CREATE INDEX foi_correspondence_email_pending_idx ON foi_correspondence(created_at) WHERE email_status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE foi_correspondence DROP COLUMN email_status, DROP COLUMN emailed_at`);
  }
}
