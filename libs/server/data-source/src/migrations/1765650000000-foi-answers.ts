import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * FOI answers and published datasets. An answer is one authority's reply to one question: a
 * value (only when exact or estimated), a qualifier, a note and where in the reply it was found;
 * one per request and question. A dataset is a coordinator's sign-off of a campaign's answers:
 * the letters and answers frozen as they were published, with personal data taken out, so the
 * public page never shows an answer recorded after the sign-off, nor a name.
 */
export class FoiAnswers1765650000000 implements MigrationInterface {
  name = 'FoiAnswers1765650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE foi_answer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        request_id uuid NOT NULL REFERENCES foi_request(id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES foi_question(id) ON DELETE CASCADE,
        qualifier text NOT NULL CHECK (qualifier IN ('EXACT', 'ESTIMATE', 'FEWER_THAN_FIVE', 'NOT_HELD', 'NOT_KNOWN', 'REFUSED_SECTION_12', 'REFUSED_OTHER')),
        value text CHECK (length(value) BETWEEN 1 AND 2000),
        -- The number the totals add: a count, pence, or a percentage.
        amount numeric,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        source text NOT NULL DEFAULT '' CHECK (length(source) <= 200),
        recorded_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT foi_answer_once UNIQUE (request_id, question_id),
        -- Only exact and estimated answers carry a value; "fewer than five" is withheld, never a number.
        CONSTRAINT foi_answer_valued CHECK ((qualifier IN ('EXACT', 'ESTIMATE')) = (value IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX foi_answer_question_idx ON foi_answer(question_id)`);

    await q.query(`
      CREATE TABLE foi_dataset (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES foi_campaign(id) ON DELETE CASCADE,
        version int NOT NULL CHECK (version >= 1),
        -- The published page's content: questions, authorities, letters and answers, redacted.
        content jsonb NOT NULL,
        signed_off_by_person_id uuid REFERENCES person(id) ON DELETE SET NULL,
        signed_off_at timestamptz NOT NULL,
        withdrawn_at timestamptz,
        UNIQUE (campaign_id, version)
      )`);
    // At most one dataset of a campaign is public at a time.
    await q.query(`CREATE UNIQUE INDEX foi_dataset_current_idx ON foi_dataset(campaign_id) WHERE withdrawn_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE foi_dataset, foi_answer`);
  }
}
