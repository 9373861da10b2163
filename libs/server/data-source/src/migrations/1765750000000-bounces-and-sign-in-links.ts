import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What became of each message after SMTP took it (bounced, complained), the addresses that fail,
 * every report acted on once, and one-time sign-in links.
 */
export class BouncesAndSignInLinks1765750000000 implements MigrationInterface {
  name = 'BouncesAndSignInLinks1765750000000';

  async up(q: QueryRunner): Promise<void> {
    // The envelope sender bounce+<token>@… names the row; only the token's hash is kept.
    await q.query(`ALTER TABLE delivery ADD COLUMN bounce_token_hash text, ADD COLUMN outcome text, ADD COLUMN outcome_status text, ADD COLUMN outcome_at timestamptz`);
    await q.query(`ALTER TABLE delivery ADD CONSTRAINT delivery_outcome_check CHECK (outcome IN ('BOUNCED_HARD', 'BOUNCED_SOFT', 'COMPLAINED'))`);
    await q.query(`CREATE UNIQUE INDEX delivery_bounce_token_idx ON delivery (bounce_token_hash) WHERE bounce_token_hash IS NOT NULL`);
    await q.query(`CREATE INDEX delivery_message_id_idx ON delivery (message_id)`);
    await q.query(`CREATE INDEX delivery_recipient_idx ON delivery (recipient_key, updated_at DESC)`);

    // One row per report (DSN or complaint) acted on: its Message-ID, or the row and status when it has none.
    await q.query(`
      CREATE TABLE mail_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_key text NOT NULL UNIQUE,
        delivery_id uuid REFERENCES delivery(id) ON DELETE SET NULL,
        email text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('HARD', 'SOFT', 'COMPLAINT')),
        status_code text,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mail_report_email_idx ON mail_report (email, received_at DESC)`);

    // An address optional email no longer goes to, until a coordinator says it works again.
    await q.query(`
      CREATE TABLE mail_suppression (
        email text PRIMARY KEY CHECK (email = lower(email)),
        reason text NOT NULL CHECK (reason IN ('HARD_BOUNCE', 'SOFT_BOUNCES', 'COMPLAINT')),
        status_code text,
        since timestamptz NOT NULL,
        cleared_at timestamptz,
        cleared_by uuid REFERENCES person(id) ON DELETE SET NULL
      )`);

    // account_id is NULL for an address with no account: the request does the same work either way.
    await q.query(`
      CREATE TABLE sign_in_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid REFERENCES account(id) ON DELETE CASCADE,
        token_hash text,
        expires_at timestamptz NOT NULL,
        sent_at timestamptz,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX sign_in_link_token_idx ON sign_in_link (token_hash) WHERE token_hash IS NOT NULL`);
    await q.query(`CREATE INDEX sign_in_link_account_idx ON sign_in_link (account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sign_in_link`);
    await q.query(`DROP TABLE mail_suppression`);
    await q.query(`DROP TABLE mail_report`);
    await q.query(`DROP INDEX delivery_recipient_idx`);
    await q.query(`DROP INDEX delivery_message_id_idx`);
    await q.query(`DROP INDEX delivery_bounce_token_idx`);
    await q.query(`ALTER TABLE delivery DROP CONSTRAINT delivery_outcome_check, DROP COLUMN outcome_at, DROP COLUMN outcome_status, DROP COLUMN outcome, DROP COLUMN bounce_token_hash`);
  }
}
