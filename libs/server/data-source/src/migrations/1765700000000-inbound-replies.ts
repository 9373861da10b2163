import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email replies: per-recipient reply addresses (the key kept only as a hash), every inbound
 * message received once by its Message-ID, and the comments for coordinators that replies to an
 * agenda pack become when they are neither apologies nor acceptance.
 */
export class InboundReplies1765700000000 implements MigrationInterface {
  name = 'InboundReplies1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reply_address (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key_hash text NOT NULL UNIQUE,
        -- No person for an FOI letter: it goes to a public authority's address.
        person_id uuid REFERENCES person(id) ON DELETE CASCADE,
        -- The address the mail went to: a reply must come from it.
        address text NOT NULL CHECK (address = lower(address)),
        purpose text NOT NULL CHECK (purpose IN ('AGENDA_PACK', 'FORUM_THREAD', 'MINUTES', 'FOI_REQUEST')),
        subject_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CHECK (person_id IS NOT NULL OR purpose = 'FOI_REQUEST')
      )`);
    await q.query(`CREATE INDEX reply_address_person_idx ON reply_address (person_id)`);
    await q.query(`
      CREATE TABLE inbound_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- A relay retrying, or a message delivered twice, is acted on once.
        message_id text NOT NULL UNIQUE,
        reply_address_id uuid REFERENCES reply_address(id) ON DELETE SET NULL,
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        purpose text,
        subject_id uuid,
        outcome text NOT NULL DEFAULT 'RECEIVED' CHECK (outcome IN ('RECEIVED', 'APOLOGIES', 'ACCEPTED', 'MEETING_COMMENT', 'FORUM_POST', 'MINUTES_COMMENT', 'FOI_CORRESPONDENCE', 'REFUSED', 'AUTO_REPLY', 'BOUNCE')),
        -- A short reason in plain words (never the body), for the sender and the log.
        reason text,
        result_id uuid,
        received_at timestamptz NOT NULL DEFAULT now(),
        settled_at timestamptz
      )`);
    await q.query(`CREATE INDEX inbound_message_person_idx ON inbound_message (person_id, received_at DESC)`);
    await q.query(`
      CREATE TABLE meeting_email_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        inbound_message_id uuid NOT NULL UNIQUE REFERENCES inbound_message(id) ON DELETE CASCADE,
        body text NOT NULL CHECK (length(body) <= 5000),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX meeting_email_comment_meeting_idx ON meeting_email_comment (meeting_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE meeting_email_comment`);
    await q.query(`DROP TABLE inbound_message`);
    await q.query(`DROP TABLE reply_address`);
  }
}
