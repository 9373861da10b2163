import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ledger claim names the job and the run of it that holds it, so a later run of the same job
 * (a retry, or the run that follows a dead worker once its lock lapses) takes the claim over at
 * once, and only the holding run may mark the row sent.
 */
export class DeliveryClaimedByRun1764600000000 implements MigrationInterface {
  name = 'DeliveryClaimedByRun1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE delivery ADD COLUMN claimed_job text, ADD COLUMN claimed_run text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE delivery DROP COLUMN IF EXISTS claimed_run, DROP COLUMN IF EXISTS claimed_job`);
  }
}
