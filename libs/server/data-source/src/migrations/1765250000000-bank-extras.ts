import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The knowledge bank's links to the rest of Convene: saved searches that email new matches,
 * citations of a resource from agenda items, assessment entries, minutes' decisions and forum
 * posts, and the weekly check of each resource's external link.
 */
export class BankExtras1765250000000 implements MigrationInterface {
  name = 'BankExtras1765250000000';

  async up(q: QueryRunner): Promise<void> {
    // "Email me when new resources match": the finder's query, kept as it was saved.
    await q.query(`
      CREATE TABLE bank_saved_search (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
        query jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (person_id, query)
      )`);
    await q.query(`CREATE INDEX bank_saved_search_partnership_idx ON bank_saved_search (partnership_id)`);

    // One citation per resource and citing thing; exactly one of the citing columns is set.
    await q.query(`
      CREATE TABLE resource_citation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        resource_id uuid NOT NULL REFERENCES resource(id) ON DELETE CASCADE,
        agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE CASCADE,
        assessment_entry_id uuid REFERENCES assessment_entry(id) ON DELETE CASCADE,
        minutes_id uuid REFERENCES minutes(id) ON DELETE CASCADE,
        decision_index int CHECK (decision_index IS NULL OR decision_index BETWEEN 0 AND 99),
        post_id uuid REFERENCES post(id) ON DELETE CASCADE,
        -- An agenda item may take the resource as one of its papers (shown with the item's files).
        as_paper boolean NOT NULL DEFAULT false,
        cited_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(agenda_item_id, assessment_entry_id, minutes_id, post_id) = 1),
        CHECK ((minutes_id IS NULL) = (decision_index IS NULL)),
        CHECK (NOT as_paper OR agenda_item_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX resource_citation_agenda_item_key ON resource_citation (resource_id, agenda_item_id) WHERE agenda_item_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX resource_citation_assessment_key ON resource_citation (resource_id, assessment_entry_id) WHERE assessment_entry_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX resource_citation_decision_key ON resource_citation (resource_id, minutes_id, decision_index) WHERE minutes_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX resource_citation_post_key ON resource_citation (resource_id, post_id) WHERE post_id IS NOT NULL`);
    await q.query(`CREATE INDEX resource_citation_resource_idx ON resource_citation (resource_id)`);
    await q.query(`CREATE INDEX resource_citation_agenda_item_idx ON resource_citation (agenda_item_id) WHERE agenda_item_id IS NOT NULL`);

    // The last check of a resource's external link; the URL is kept so an edited link is checked afresh.
    await q.query(`
      CREATE TABLE resource_link_check (
        resource_id uuid PRIMARY KEY REFERENCES resource(id) ON DELETE CASCADE,
        url text NOT NULL,
        checked_at timestamptz NOT NULL,
        status int,
        -- Plain words: "answered 404", "timed out", "refused by robots.txt"…
        outcome text NOT NULL,
        -- Consecutive failed checks of this URL; broken_since is set by the first.
        failures int NOT NULL DEFAULT 0 CHECK (failures >= 0),
        broken_since timestamptz
      )`);
    await q.query(`CREATE INDEX resource_link_check_checked_idx ON resource_link_check (checked_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE resource_link_check, resource_citation, bank_saved_search`);
  }
}
