import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Addresses typed into a shareable invitation link are confirmed before anything is sent to them.
 * Existing accounts, and those made from email invitations (the emailed link proved the
 * address), count as confirmed: hence the default. Link acceptances insert NULL explicitly.
 */
export class EmailConfirmation1764900000000 implements MigrationInterface {
  name = 'EmailConfirmation1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account ADD COLUMN email_confirmed_at timestamptz`);
    await q.query(`UPDATE account SET email_confirmed_at = created_at`);
    await q.query(`ALTER TABLE account ALTER COLUMN email_confirmed_at SET DEFAULT now()`);
    await q.query(`
      CREATE TABLE email_confirmation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        invitation_id uuid NOT NULL REFERENCES invitation(id) ON DELETE CASCADE,
        -- What the person typed, applied to the account only if it is still unconfirmed.
        name text NOT NULL,
        password_hash text,
        token_hash text,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX email_confirmation_account_idx ON email_confirmation(account_id)`);
    await q.query(`CREATE UNIQUE INDEX email_confirmation_token_idx ON email_confirmation(token_hash) WHERE token_hash IS NOT NULL`);
    await q.query(`CREATE INDEX email_confirmation_unsent_idx ON email_confirmation(created_at) WHERE sent_at IS NULL AND used_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_confirmation`);
    await q.query(`ALTER TABLE account DROP COLUMN email_confirmed_at`);
  }
}
