import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How far each group's cadence is planned, so clients can tell "no meeting" from "not planned yet". */
export class GroupPlannedUntil1764510000000 implements MigrationInterface {
  name = 'GroupPlannedUntil1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "group" ADD COLUMN planned_until timestamptz`);
    // What the six-month horizon planned; the worker's next tick takes it to a year.
    await q.query(`UPDATE "group" SET planned_until = greatest(now(), cadence_start) + interval '6 months' WHERE cadence_rrule IS NOT NULL AND cadence_start IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "group" DROP COLUMN planned_until`);
  }
}
