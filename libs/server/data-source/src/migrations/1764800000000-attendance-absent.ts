import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Attendance records who was absent without apologies, as well as who attended or sent them. */
export class AttendanceAbsent1764800000000 implements MigrationInterface {
  name = 'AttendanceAbsent1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attendance DROP CONSTRAINT attendance_status_check`);
    await q.query(`ALTER TABLE attendance ADD CONSTRAINT attendance_status_check CHECK (status IN ('INVITED', 'ACCEPTED', 'APOLOGIES', 'ATTENDED', 'ABSENT'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Absent falls back to "no reply": the nearest earlier meaning.
    await q.query(`UPDATE attendance SET status = 'INVITED' WHERE status = 'ABSENT'`);
    await q.query(`ALTER TABLE attendance DROP CONSTRAINT attendance_status_check`);
    await q.query(`ALTER TABLE attendance ADD CONSTRAINT attendance_status_check CHECK (status IN ('INVITED', 'ACCEPTED', 'APOLOGIES', 'ATTENDED'))`);
  }
}
