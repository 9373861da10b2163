import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Freedom of Information campaigns: one campaign (title, purpose, numbered questions with units,
 * a letter template, a publication policy) sent to many authorities, one request per authority
 * with its statutory clock, a correspondence log with attachments, reusable and versioned
 * recipient lists, and the bank holidays a partnership adds for years the bundled table lacks.
 *
 * Organisations gain the FOI address a request goes to (email, or a council's portal), and the
 * partnership the address its letters come from.
 */
export class Foi1765600000000 implements MigrationInterface {
  name = 'Foi1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisation
        ADD COLUMN foi_email text CHECK (foi_email = lower(foi_email) AND foi_email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
        ADD COLUMN foi_portal_url text CHECK (foi_portal_url ~ '^https?://')`);
    await q.query(`ALTER TABLE partnership ADD COLUMN foi_email text CHECK (foi_email = lower(foi_email) AND foi_email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$')`);

    // A list is a name; its members live in numbered versions, so a campaign keeps the exact
    // authorities it was sent to after the list changes.
    await q.query(`
      CREATE TABLE foi_recipient_list (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        current_version int NOT NULL DEFAULT 1 CHECK (current_version >= 1),
        created_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX foi_recipient_list_name_idx ON foi_recipient_list(partnership_id, lower(name))`);
    await q.query(`
      CREATE TABLE foi_recipient_list_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        list_id uuid NOT NULL REFERENCES foi_recipient_list(id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version >= 1),
        created_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (list_id, version)
      )`);
    await q.query(`
      CREATE TABLE foi_recipient_list_member (
        version_id uuid NOT NULL REFERENCES foi_recipient_list_version(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        PRIMARY KEY (version_id, organisation_id)
      )`);

    await q.query(`
      CREATE TABLE foi_campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        -- NULL: partnership-wide (coordinators only); else coordinators and the group's members.
        group_id uuid REFERENCES "group"(id) ON DELETE SET NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        purpose text NOT NULL DEFAULT '' CHECK (length(purpose) <= 4000),
        letter_template text NOT NULL CHECK (length(letter_template) BETWEEN 1 AND 20000),
        -- NONE: never published. ON_SIGN_OFF: the answers appear on the public page (the
        -- group's, or the partnership's) once a coordinator signs off a dataset.
        publication_policy text NOT NULL DEFAULT 'ON_SIGN_OFF' CHECK (publication_policy IN ('NONE', 'ON_SIGN_OFF')),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SENT', 'CLOSED')),
        recipient_list_version_id uuid REFERENCES foi_recipient_list_version(id) ON DELETE RESTRICT,
        sent_at timestamptz,
        closed_at timestamptz,
        created_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'DRAFT') = (sent_at IS NULL))
      )`);
    await q.query(`CREATE INDEX foi_campaign_partnership_idx ON foi_campaign(partnership_id, created_at DESC)`);
    await q.query(`CREATE INDEX foi_campaign_group_idx ON foi_campaign(group_id) WHERE group_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE foi_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES foi_campaign(id) ON DELETE CASCADE,
        number text NOT NULL CHECK (number ~ '^[0-9]{1,3}[a-z]?$'),
        position int NOT NULL CHECK (position >= 0),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
        unit text NOT NULL CHECK (unit IN ('COUNT', 'MONEY_GBP', 'PERCENTAGE', 'YES_NO', 'DATE', 'TEXT')),
        definition text NOT NULL DEFAULT '' CHECK (length(definition) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, number)
      )`);
    await q.query(`CREATE INDEX foi_question_campaign_idx ON foi_question(campaign_id, position)`);

    await q.query(`
      CREATE TABLE foi_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES foi_campaign(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE RESTRICT,
        -- The address it went to: an email address, or the portal's URL.
        sent_to text NOT NULL,
        sent_via text NOT NULL CHECK (sent_via IN ('EMAIL', 'PORTAL')),
        -- The letter as sent (the template filled in for this authority).
        letter_subject text NOT NULL,
        letter_text text NOT NULL,
        -- EMAIL: set when SMTP accepted it. PORTAL: when the coordinator records submitting it.
        sent_at timestamptz,
        portal_reference text,
        -- The day the authority received it (the clock's day 0), and the day it is due.
        received_on date,
        due_on date,
        status text NOT NULL DEFAULT 'AWAITING' CHECK (status IN ('AWAITING', 'CLARIFICATION_REQUESTED', 'ANSWERED', 'PARTLY_ANSWERED',
          'REFUSED', 'NOT_HELD', 'INTERNAL_REVIEW', 'ICO_COMPLAINT', 'CLOSED')),
        refusal_section text CHECK (length(refusal_section) BETWEEN 1 AND 100),
        answered_on date,
        -- Public-interest extension (s.10(3)): working days added to the clock.
        extension_working_days int CHECK (extension_working_days BETWEEN 1 AND 20),
        extension_reason text,
        extended_on date,
        internal_review_requested_on date,
        internal_review_due_on date,
        ico_reference text CHECK (length(ico_reference) BETWEEN 1 AND 60),
        ico_complained_on date,
        closed_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, organisation_id),
        CHECK (status <> 'REFUSED' OR refusal_section IS NOT NULL),
        CHECK (status <> 'ICO_COMPLAINT' OR ico_reference IS NOT NULL),
        CHECK ((received_on IS NULL) = (due_on IS NULL))
      )`);
    await q.query(`CREATE INDEX foi_request_campaign_idx ON foi_request(campaign_id)`);
    await q.query(`CREATE INDEX foi_request_due_idx ON foi_request(due_on) WHERE status IN ('AWAITING', 'CLARIFICATION_REQUESTED')`);
    // The letters the worker has still to send.
    await q.query(`CREATE INDEX foi_request_unsent_idx ON foi_request(campaign_id) WHERE sent_via = 'EMAIL' AND sent_at IS NULL`);

    // Each clarification stops the clock from the day it was asked until the day it was answered.
    await q.query(`
      CREATE TABLE foi_clarification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES foi_request(id) ON DELETE CASCADE,
        requested_on date NOT NULL,
        answered_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (answered_on IS NULL OR answered_on >= requested_on)
      )`);
    await q.query(`CREATE UNIQUE INDEX foi_clarification_open_idx ON foi_clarification(request_id) WHERE answered_on IS NULL`);

    await q.query(`
      CREATE TABLE foi_correspondence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        request_id uuid NOT NULL REFERENCES foi_request(id) ON DELETE CASCADE,
        direction text NOT NULL CHECK (direction IN ('IN', 'OUT')),
        kind text NOT NULL DEFAULT 'MESSAGE' CHECK (kind IN ('LETTER', 'MESSAGE', 'CLARIFICATION', 'REPLY', 'INTERNAL_REVIEW', 'ICO', 'NOTE')),
        from_address text NOT NULL DEFAULT '',
        to_address text NOT NULL DEFAULT '',
        subject text NOT NULL DEFAULT '' CHECK (length(subject) <= 500),
        body text NOT NULL DEFAULT '' CHECK (length(body) <= 200000),
        occurred_at timestamptz NOT NULL,
        -- An inbound email's Message-ID: the same email is logged once.
        message_id text,
        recorded_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX foi_correspondence_request_idx ON foi_correspondence(request_id, occurred_at)`);
    await q.query(`CREATE UNIQUE INDEX foi_correspondence_message_idx ON foi_correspondence(request_id, message_id) WHERE message_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE foi_correspondence_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        correspondence_id uuid NOT NULL REFERENCES foi_correspondence(id) ON DELETE CASCADE,
        sha256 text NOT NULL REFERENCES stored_file(sha256),
        filename text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
        content_type text NOT NULL,
        size int NOT NULL CHECK (size >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX foi_correspondence_file_idx ON foi_correspondence_file(correspondence_id)`);
    await q.query(`CREATE INDEX foi_correspondence_file_sha_idx ON foi_correspondence_file(sha256)`);
    // Single-use upload tickets for an attachment to one log entry (as papers and resources).
    await q.query(`
      CREATE TABLE foi_upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        correspondence_id uuid NOT NULL REFERENCES foi_correspondence(id) ON DELETE CASCADE,
        max_bytes int NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Bytes stay while an FOI attachment holds them too.
    await q.query(`
      CREATE OR REPLACE FUNCTION stored_file_unused(hash text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT NOT EXISTS (SELECT 1 FROM paper_version v WHERE v.sha256 = hash)
           AND NOT EXISTS (SELECT 1 FROM resource r WHERE r.file_sha256 = hash OR r.thumbnail_sha256 = hash)
           AND NOT EXISTS (SELECT 1 FROM foi_correspondence_file f WHERE f.sha256 = hash)
      $$`);

    // Bank holidays a partnership adds (a year the bundled table lacks, or a one-off day): a year
    // listed here replaces the bundled one whole.
    await q.query(`
      CREATE TABLE foi_holiday_year (
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        added_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (partnership_id, year)
      )`);
    await q.query(`
      CREATE TABLE foi_holiday (
        partnership_id uuid NOT NULL,
        year int NOT NULL,
        day date NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        PRIMARY KEY (partnership_id, day),
        FOREIGN KEY (partnership_id, year) REFERENCES foi_holiday_year(partnership_id, year) ON DELETE CASCADE,
        CHECK (extract(year FROM day) = year)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION stored_file_unused(hash text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT NOT EXISTS (SELECT 1 FROM paper_version v WHERE v.sha256 = hash)
           AND NOT EXISTS (SELECT 1 FROM resource r WHERE r.file_sha256 = hash OR r.thumbnail_sha256 = hash)
      $$`);
    await q.query(`DROP TABLE foi_holiday, foi_holiday_year, foi_upload, foi_correspondence_file, foi_correspondence, foi_clarification, foi_request, foi_question, foi_campaign`);
    await q.query(`DROP TABLE foi_recipient_list_member, foi_recipient_list_version, foi_recipient_list`);
    await q.query(`ALTER TABLE partnership DROP COLUMN foi_email`);
    await q.query(`ALTER TABLE organisation DROP COLUMN foi_email, DROP COLUMN foi_portal_url`);
  }
}
