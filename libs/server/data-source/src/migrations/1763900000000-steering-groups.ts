import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Groups, terms of reference, meetings, agendas, sector assessment, minutes and actions. */
export class SteeringGroups1763900000000 implements MigrationInterface {
  name = 'SteeringGroups1763900000000';

  async up(q: QueryRunner): Promise<void> {
    const table = (sql: string) => q.query(sql);
    await table(`
      CREATE TABLE "group" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        name text NOT NULL,
        slug text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('STEERING_GROUP', 'WORKING_GROUP', 'BOARD')),
        visibility text NOT NULL CHECK (visibility IN ('PRIVATE', 'PARTNERSHIP', 'PUBLIC')),
        description text,
        cadence_rrule text,
        cadence_start timestamptz,
        meeting_duration_minutes int NOT NULL DEFAULT 120 CHECK (meeting_duration_minutes BETWEEN 5 AND 1440),
        default_location text,
        default_online_url text,
        submission_deadline_days int NOT NULL DEFAULT 10 CHECK (submission_deadline_days BETWEEN 0 AND 90),
        agenda_pack_days int NOT NULL DEFAULT 7 CHECK (agenda_pack_days BETWEEN 0 AND 60),
        standing_agenda jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (partnership_id, slug)
      )`);
    await table(`
      CREATE TABLE group_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES "group"(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER')),
        organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (group_id, person_id)
      )`);
    await table(`CREATE INDEX group_member_person_idx ON group_member(person_id)`);
    await table(`
      CREATE TABLE terms_of_reference (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES "group"(id) ON DELETE CASCADE,
        version int NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'PROPOSED', 'APPROVED', 'SUPERSEDED')),
        body_markdown text NOT NULL DEFAULT '',
        purpose text NOT NULL DEFAULT '',
        membership text NOT NULL DEFAULT '',
        quorum int CHECK (quorum IS NULL OR quorum >= 1),
        cadence text NOT NULL DEFAULT '',
        review_date date,
        created_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        approved_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        approved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (group_id, version)
      )`);
    // At most one approved (current) version per group.
    await table(`CREATE UNIQUE INDEX terms_of_reference_current_idx ON terms_of_reference(group_id) WHERE status = 'APPROVED'`);
    await table(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES "group"(id) ON DELETE CASCADE,
        title text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        time_zone text NOT NULL DEFAULT 'Europe/London',
        location text,
        online_url text,
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
        occurrence_key text,
        moved boolean NOT NULL DEFAULT false,
        cancel_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (group_id, occurrence_key)
      )`);
    await table(`CREATE INDEX meeting_group_starts_idx ON meeting(group_id, starts_at)`);
    await table(`
      CREATE TABLE attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('INVITED', 'ACCEPTED', 'APOLOGIES', 'ATTENDED')),
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (meeting_id, person_id)
      )`);
    await table(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position int NOT NULL,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        standing text CHECK (standing IN ('WELCOME', 'PREVIOUS_MINUTES', 'SECTOR_ASSESSMENT', 'AOB', 'NEXT_MEETING', 'OTHER')),
        presenter_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        minutes_allotted int CHECK (minutes_allotted IS NULL OR minutes_allotted BETWEEN 1 AND 600),
        status text NOT NULL DEFAULT 'ACCEPTED' CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED')),
        proposed_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        decline_reason text,
        papers jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await table(`CREATE INDEX agenda_item_meeting_idx ON agenda_item(meeting_id, position)`);
    await table(`
      CREATE TABLE agenda_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        version int NOT NULL,
        snapshot jsonb NOT NULL,
        change_note text,
        published_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (meeting_id, version)
      )`);
    await table(`
      CREATE TABLE assessment_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        theme text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('TREND', 'RISK', 'RECOMMENDATION')),
        rating text NOT NULL CHECK (rating IN ('RED', 'AMBER', 'GREEN')),
        direction text NOT NULL CHECK (direction IN ('IMPROVING', 'STABLE', 'WORSENING')),
        summary text NOT NULL,
        evidence text NOT NULL DEFAULT '',
        source text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'INCLUDED', 'EXCLUDED')),
        contributed_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        carried_from_id uuid REFERENCES assessment_entry(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await table(`CREATE INDEX assessment_entry_meeting_idx ON assessment_entry(meeting_id)`);
    await table(`
      CREATE TABLE minutes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'CIRCULATED', 'APPROVED', 'PUBLISHED')),
        version int NOT NULL DEFAULT 1,
        content jsonb NOT NULL DEFAULT '{}',
        circulated_at timestamptz,
        approved_at timestamptz,
        approved_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        approved_at_meeting_id uuid REFERENCES meeting(id) ON DELETE SET NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await table(`
      CREATE TABLE minutes_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        minutes_id uuid NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
        version int NOT NULL,
        status text NOT NULL,
        content jsonb NOT NULL,
        author_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (minutes_id, version)
      )`);
    await table(`
      CREATE TABLE minutes_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        minutes_id uuid NOT NULL REFERENCES minutes(id) ON DELETE CASCADE,
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await table(`
      CREATE TABLE action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES "group"(id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        title text NOT NULL,
        owner_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        due_date date,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await table(`CREATE INDEX action_item_group_status_idx ON action_item(group_id, status)`);
    await table(`CREATE INDEX action_item_owner_idx ON action_item(owner_person_id)`);
    await table(`
      CREATE TABLE action_progress (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action_item(id) ON DELETE CASCADE,
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        status text NOT NULL,
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await table(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL UNIQUE REFERENCES person(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['calendar_feed', 'action_progress', 'action_item', 'minutes_comment', 'minutes_revision', 'minutes', 'assessment_entry', 'agenda_version', 'agenda_item', 'attendance', 'meeting', 'terms_of_reference', 'group_member', '"group"']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
