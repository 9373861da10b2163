import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tick looks for emailed replies settled in the last day whose sender was not told (the
 * confirmation's nudge to Redis is best effort): by settling time, over people's replies only.
 */
export class InboundSettledIndex1766300000001 implements MigrationInterface {
  name = 'InboundSettledIndex1766300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX inbound_message_settled_idx ON inbound_message (settled_at) WHERE person_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX inbound_message_settled_idx`);
  }
}
