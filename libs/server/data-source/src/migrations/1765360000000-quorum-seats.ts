import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Terms of reference can require seats for a quorum ("at least one statutory partner"): each
 * seat listed must be held by someone present, a seat listed twice by two. The seat words are
 * those of `representation.seat`.
 */
export class QuorumSeats1765360000000 implements MigrationInterface {
  name = 'QuorumSeats1765360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE terms_of_reference ADD COLUMN quorum_seats text[] NOT NULL DEFAULT '{}'
        CHECK (cardinality(quorum_seats) <= 20
          AND quorum_seats <@ ARRAY['VOLUNTARY_SECTOR', 'HEALTH', 'STATUTORY', 'LOCAL_AUTHORITY', 'EDUCATION', 'HOUSING', 'COMMUNITY', 'LIVED_EXPERIENCE', 'FAITH', 'OTHER'])`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE terms_of_reference DROP COLUMN quorum_seats`);
  }
}
