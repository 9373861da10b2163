import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenancy, identity, sessions, invitations, password resets, audit and the delivery ledger. */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE partnership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL UNIQUE,
        time_zone text NOT NULL DEFAULT 'Europe/London',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL,
        area text,
        themes text[] NOT NULL DEFAULT '{}',
        website text,
        contact_email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (partnership_id, name)
      )`);
    await q.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        password_hash text NOT NULL,
        preferred_language text NOT NULL DEFAULT 'en',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'MEMBER')),
        job_title text,
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (partnership_id, account_id)
      )`);
    await q.query(`CREATE INDEX person_account_idx ON person(account_id)`);
    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX session_account_idx ON session(account_id)`);
    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('EMAIL', 'LINK')),
        email text CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'MEMBER')),
        organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        token_hash text,
        created_by_person_id uuid NOT NULL REFERENCES person(id),
        expires_at timestamptz NOT NULL,
        max_uses int NOT NULL CHECK (max_uses BETWEEN 1 AND 1000),
        uses int NOT NULL DEFAULT 0 CHECK (uses >= 0),
        revoked_at timestamptz,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind = 'LINK' OR email IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX invitation_token_idx ON invitation(token_hash) WHERE token_hash IS NOT NULL`);
    await q.query(`CREATE INDEX invitation_unsent_idx ON invitation(created_at) WHERE kind = 'EMAIL' AND sent_at IS NULL AND revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE password_reset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        token_hash text,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX password_reset_account_idx ON password_reset(account_id)`);
    await q.query(`CREATE UNIQUE INDEX password_reset_token_idx ON password_reset(token_hash) WHERE token_hash IS NOT NULL`);
    await q.query(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        actor_person_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_event_partnership_idx ON audit_event(partnership_id, created_at)`);
    await q.query(`
      CREATE TABLE delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose_key text NOT NULL,
        recipient_key text NOT NULL,
        status text NOT NULL DEFAULT 'CLAIMED' CHECK (status IN ('CLAIMED', 'SENT', 'FAILED')),
        message_id text NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (purpose_key, recipient_key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['delivery', 'audit_event', 'password_reset', 'invitation', 'session', 'person', 'account', 'organisation', 'partnership']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
