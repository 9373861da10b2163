import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partner directory, shaped on Open Referral UK (the UK profile of HSDS): organisations gain
 * identifiers, other names, areas served and a parent; services, locations, contacts with
 * field-level visibility and a lawful basis; the weekly slots of each service's schedule (for
 * the finder's day and time filters); dated affiliations of people to organisations; who
 * represents which organisation on which seat of a group; members' suggested changes.
 *
 * The identifier formats are checked here as well as in the service, so no path can store a
 * malformed charity or company number.
 */
export class Directory1765300000000 implements MigrationInterface {
  name = 'Directory1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisation
        ADD COLUMN other_names text[] NOT NULL DEFAULT '{}',
        ADD COLUMN description text NOT NULL DEFAULT '',
        ADD COLUMN charity_number text CHECK (charity_number ~ '^([0-9]{6,7}|SC0[0-9]{5}|NIC?1[0-9]{5})$'),
        ADD COLUMN company_number text CHECK (company_number ~ '^([0-9]{8}|[A-Z]{2}[0-9]{6})$'),
        ADD COLUMN ods_code text CHECK (ods_code ~ '^[A-Z0-9]{3,6}$'),
        ADD COLUMN gss_code text CHECK (gss_code ~ '^[ENSWK][0-9]{8}$'),
        ADD COLUMN parent_id uuid REFERENCES organisation(id) ON DELETE SET NULL CHECK (parent_id <> id),
        ADD COLUMN areas_served text[] NOT NULL DEFAULT '{}',
        ADD COLUMN last_checked_at timestamptz,
        ADD COLUMN last_checked_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL`);
    // Duplicate proposals look these up; they are not unique (two branches may share a charity).
    await q.query(`CREATE INDEX organisation_charity_idx ON organisation(partnership_id, charity_number) WHERE charity_number IS NOT NULL`);
    await q.query(`CREATE INDEX organisation_company_idx ON organisation(partnership_id, company_number) WHERE company_number IS NOT NULL`);

    await q.query(`
      CREATE TABLE directory_location (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        address_1 text NOT NULL DEFAULT '',
        address_2 text NOT NULL DEFAULT '',
        city text NOT NULL DEFAULT '',
        postcode text CHECK (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
        step_free boolean NOT NULL DEFAULT false,
        hearing_loop boolean NOT NULL DEFAULT false,
        accessible_toilet boolean NOT NULL DEFAULT false,
        accessibility_notes text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX directory_location_org_idx ON directory_location(organisation_id)`);

    await q.query(`
      CREATE TABLE directory_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        location_id uuid REFERENCES directory_location(id) ON DELETE SET NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INACTIVE', 'DEFUNCT', 'TEMPORARILY_CLOSED')),
        visibility text NOT NULL DEFAULT 'PUBLIC' CHECK (visibility IN ('PUBLIC', 'PARTNERSHIP')),
        service_type text NOT NULL,
        levels text[] NOT NULL DEFAULT '{}',
        min_age int CHECK (min_age BETWEEN 0 AND 120),
        max_age int CHECK (max_age BETWEEN 0 AND 120),
        eligibility text NOT NULL DEFAULT '',
        immigration_notes text NOT NULL DEFAULT '',
        languages text[] NOT NULL DEFAULT '{}',
        access_methods text[] NOT NULL DEFAULT '{}',
        free boolean NOT NULL DEFAULT true,
        cost text NOT NULL DEFAULT '',
        schedule text,
        schedule_starts_at timestamptz,
        duration_minutes int NOT NULL DEFAULT 120 CHECK (duration_minutes BETWEEN 5 AND 720),
        service_areas text[] NOT NULL DEFAULT '{}',
        childcare boolean NOT NULL DEFAULT false,
        spaces_available int CHECK (spaces_available >= 0),
        url text,
        email text,
        phone text,
        last_checked_at timestamptz,
        last_checked_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age),
        CHECK ((schedule IS NULL) = (schedule_starts_at IS NULL))
      )`);
    await q.query(`CREATE INDEX directory_service_org_idx ON directory_service(organisation_id)`);
    await q.query(`CREATE INDEX directory_service_finder_idx ON directory_service(partnership_id, service_type, lower(name), id)`);
    await q.query(`CREATE INDEX directory_service_languages_idx ON directory_service USING gin (languages)`);
    await q.query(`CREATE INDEX directory_service_areas_idx ON directory_service USING gin (service_areas)`);

    // The schedule's weekly pattern, written with the service: weekday 1 (Monday) to 7, minutes
    // after London midnight. The finder filters on these rather than expanding RRULEs per query.
    await q.query(`
      CREATE TABLE directory_service_slot (
        service_id uuid NOT NULL REFERENCES directory_service(id) ON DELETE CASCADE,
        weekday int NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        starts_minute int NOT NULL CHECK (starts_minute BETWEEN 0 AND 1439),
        ends_minute int NOT NULL CHECK (ends_minute BETWEEN 1 AND 2880),
        PRIMARY KEY (service_id, weekday, starts_minute)
      )`);
    await q.query(`CREATE INDEX directory_service_slot_day_idx ON directory_service_slot(weekday, starts_minute)`);

    await q.query(`
      CREATE TABLE directory_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisation(id) ON DELETE CASCADE,
        service_id uuid REFERENCES directory_service(id) ON DELETE CASCADE,
        person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role text NOT NULL DEFAULT '',
        email text CHECK (email = lower(email)),
        phone text,
        visibility text NOT NULL CHECK (visibility IN ('PUBLIC', 'PARTNERSHIP', 'COORDINATORS')),
        email_visibility text NOT NULL CHECK (email_visibility IN ('PUBLIC', 'PARTNERSHIP', 'COORDINATORS')),
        phone_visibility text NOT NULL CHECK (phone_visibility IN ('PUBLIC', 'PARTNERSHIP', 'COORDINATORS')),
        lawful_basis text NOT NULL CHECK (lawful_basis IN ('CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS', 'PUBLIC_TASK', 'LEGITIMATE_INTERESTS')),
        last_checked_at timestamptz,
        last_checked_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((organisation_id IS NULL) <> (service_id IS NULL))
      )`);
    await q.query(`CREATE INDEX directory_contact_org_idx ON directory_contact(organisation_id)`);
    await q.query(`CREATE INDEX directory_contact_service_idx ON directory_contact(service_id)`);

    // A person's organisations over time. One open affiliation per person: the current one,
    // which person.organisation_id mirrors (the trigger below keeps the two in step).
    await q.query(`
      CREATE TABLE affiliation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        title text NOT NULL DEFAULT '',
        starts_on date NOT NULL,
        ends_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE UNIQUE INDEX affiliation_current_idx ON affiliation(person_id) WHERE ends_on IS NULL`);
    await q.query(`CREATE INDEX affiliation_org_idx ON affiliation(organisation_id)`);
    await q.query(`
      INSERT INTO affiliation (partnership_id, person_id, organisation_id, title, starts_on)
      SELECT partnership_id, id, organisation_id, coalesce(job_title, ''), (created_at AT TIME ZONE 'Europe/London')::date
        FROM person WHERE organisation_id IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION person_affiliation() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE today date := (now() AT TIME ZONE 'Europe/London')::date;
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.organisation_id IS NOT DISTINCT FROM OLD.organisation_id THEN RETURN NEW; END IF;
        -- Closing on the day it opened would leave an empty span: such an affiliation is dropped.
        DELETE FROM affiliation WHERE person_id = NEW.id AND ends_on IS NULL AND starts_on >= today;
        UPDATE affiliation SET ends_on = today WHERE person_id = NEW.id AND ends_on IS NULL;
        IF NEW.organisation_id IS NOT NULL THEN
          INSERT INTO affiliation (partnership_id, person_id, organisation_id, title, starts_on)
          VALUES (NEW.partnership_id, NEW.id, NEW.organisation_id, coalesce(NEW.job_title, ''), today);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER person_affiliation AFTER INSERT OR UPDATE OF organisation_id ON person FOR EACH ROW EXECUTE FUNCTION person_affiliation()`);

    await q.query(`
      CREATE TABLE representation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES "group"(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        seat text NOT NULL CHECK (seat IN ('VOLUNTARY_SECTOR', 'HEALTH', 'STATUTORY', 'LOCAL_AUTHORITY', 'EDUCATION', 'HOUSING', 'COMMUNITY', 'LIVED_EXPERIENCE', 'FAITH', 'OTHER')),
        deputy_person_id uuid REFERENCES person(id) ON DELETE SET NULL CHECK (deputy_person_id <> person_id),
        starts_on date NOT NULL,
        ends_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    // One open seat per person per group.
    await q.query(`CREATE UNIQUE INDEX representation_current_idx ON representation(group_id, person_id) WHERE ends_on IS NULL`);
    await q.query(`CREATE INDEX representation_org_idx ON representation(organisation_id)`);

    await q.query(`
      CREATE TABLE directory_suggestion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisation(id) ON DELETE CASCADE,
        service_id uuid REFERENCES directory_service(id) ON DELETE CASCADE,
        suggested_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        changes jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'APPLIED', 'DISMISSED')),
        resolved_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((organisation_id IS NULL) <> (service_id IS NULL)),
        CHECK ((status = 'OPEN') = (resolved_at IS NULL))
      )`);
    await q.query(`CREATE INDEX directory_suggestion_open_idx ON directory_suggestion(partnership_id, created_at) WHERE status = 'OPEN'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE directory_suggestion, representation`);
    await q.query(`DROP TRIGGER person_affiliation ON person`);
    await q.query(`DROP FUNCTION person_affiliation()`);
    await q.query(`DROP TABLE affiliation, directory_contact, directory_service_slot, directory_service, directory_location`);
    await q.query(`
      ALTER TABLE organisation DROP COLUMN other_names, DROP COLUMN description, DROP COLUMN charity_number, DROP COLUMN company_number,
        DROP COLUMN ods_code, DROP COLUMN gss_code, DROP COLUMN parent_id, DROP COLUMN areas_served, DROP COLUMN last_checked_at, DROP COLUMN last_checked_by_person_id`);
  }
}
