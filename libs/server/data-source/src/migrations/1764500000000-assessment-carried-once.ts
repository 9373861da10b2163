import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting holds at most one copy of each entry carried forward, so carrying forward twice at
 * once cannot double the assessment. Copies made twice before this are removed, with the copies
 * later meetings made of them.
 */
export class AssessmentCarriedOnce1764500000000 implements MigrationInterface {
  name = 'AssessmentCarriedOnce1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      WITH RECURSIVE extra AS (
        SELECT e.id FROM assessment_entry e
         WHERE e.carried_from_id IS NOT NULL AND EXISTS (
           SELECT 1 FROM assessment_entry o WHERE o.meeting_id = e.meeting_id AND o.carried_from_id = e.carried_from_id AND (o.created_at, o.id) < (e.created_at, e.id))
        UNION
        SELECT c.id FROM assessment_entry c JOIN extra ON c.carried_from_id = extra.id
      )
      DELETE FROM assessment_entry WHERE id IN (SELECT id FROM extra)`);
    await q.query(`CREATE UNIQUE INDEX assessment_entry_carried_idx ON assessment_entry(meeting_id, carried_from_id) WHERE carried_from_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS assessment_entry_carried_idx`);
  }
}
