import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An internal review's deadline gets its reminder day too, worked out with it. */
export class FoiReviewChase1765600000003 implements MigrationInterface {
  name = 'FoiReviewChase1765600000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE foi_request ADD COLUMN review_chase_on date, ADD CONSTRAINT foi_request_review_chase_check CHECK (review_chase_on IS NULL OR review_chase_on <= internal_review_due_on)`);
    await q.query(`CREATE INDEX foi_request_review_chase_idx ON foi_request(review_chase_on) WHERE status = 'INTERNAL_REVIEW'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE foi_request DROP COLUMN review_chase_on`);
  }
}
