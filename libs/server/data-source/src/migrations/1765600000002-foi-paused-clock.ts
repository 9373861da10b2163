import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A request whose clarification is unanswered has a receipt date but no due date: the clock stands still. */
export class FoiPausedClock1765600000002 implements MigrationInterface {
  name = 'FoiPausedClock1765600000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE foi_request DROP CONSTRAINT foi_request_check2`);
    await q.query(`ALTER TABLE foi_request ADD CONSTRAINT foi_request_due_needs_receipt CHECK (due_on IS NULL OR received_on IS NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE foi_request DROP CONSTRAINT foi_request_due_needs_receipt`);
    await q.query(`ALTER TABLE foi_request ADD CONSTRAINT foi_request_check2 CHECK ((received_on IS NULL) = (due_on IS NULL))`);
  }
}
