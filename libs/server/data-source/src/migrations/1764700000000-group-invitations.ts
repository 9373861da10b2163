import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations straight into a group (the role is applied when the invitation is accepted), and
 * archived groups: kept with their papers, no longer planned or listed by default.
 */
export class GroupInvitations1764700000000 implements MigrationInterface {
  name = 'GroupInvitations1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE invitation ADD COLUMN group_id uuid REFERENCES "group"(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE invitation ADD COLUMN group_role text CHECK (group_role IN ('CHAIR', 'SECRETARY', 'MEMBER', 'OBSERVER'))`);
    await q.query(`ALTER TABLE invitation ADD CONSTRAINT invitation_group_role_pair CHECK ((group_id IS NULL) = (group_role IS NULL))`);
    await q.query(`ALTER TABLE "group" ADD COLUMN archived_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "group" DROP COLUMN archived_at`);
    await q.query(`ALTER TABLE invitation DROP CONSTRAINT invitation_group_role_pair`);
    await q.query(`ALTER TABLE invitation DROP COLUMN group_role`);
    await q.query(`ALTER TABLE invitation DROP COLUMN group_id`);
  }
}
