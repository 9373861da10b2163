import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting's calendar SEQUENCE, bumped by every move and cancellation so calendars take the
 * change; the sequence whose change members are still to be emailed about (the worker finds
 * these, and a newer change supersedes an older one); and why it was last moved. Existing rows
 * keep the SEQUENCE their calendar files already carried (from updated_at) and owe no email.
 */
export class MeetingSequence1764420000000 implements MigrationInterface {
  name = 'MeetingSequence1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting ADD COLUMN sequence int NOT NULL DEFAULT 0 CHECK (sequence >= 0), ADD COLUMN notify_sequence int, ADD COLUMN move_reason text`);
    await q.query(`UPDATE meeting SET sequence = greatest(0, floor(extract(epoch FROM updated_at))::bigint - 1700000000)`);
    await q.query(`CREATE INDEX meeting_notify_idx ON meeting(ends_at) WHERE notify_sequence IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meeting_notify_idx`);
    await q.query(`ALTER TABLE meeting DROP COLUMN move_reason, DROP COLUMN notify_sequence, DROP COLUMN sequence`);
  }
}
