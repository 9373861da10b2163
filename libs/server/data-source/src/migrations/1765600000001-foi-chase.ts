import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working day on which the coordinator is reminded of a request's due date (a few working
 * days before it), worked out with the due date so the worker's tick can find it in SQL.
 */
export class FoiChase1765600000001 implements MigrationInterface {
  name = 'FoiChase1765600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE foi_request ADD COLUMN chase_on date, ADD CONSTRAINT foi_request_chase_check CHECK (chase_on IS NULL OR chase_on <= due_on)`);
    await q.query(`CREATE INDEX foi_request_chase_idx ON foi_request(chase_on) WHERE status IN ('AWAITING', 'CLARIFICATION_REQUESTED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE foi_request DROP COLUMN chase_on`);
  }
}
