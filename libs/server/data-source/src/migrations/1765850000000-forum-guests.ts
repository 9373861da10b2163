import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forum guests: people invited to forums only. A guest is a person with the role GUEST; the forums
 * they are in are their `forum_member` rows, nothing else. `organisation_name` is what a guest
 * typed for their organisation when joining (they cannot see the directory to pick one).
 * `joined_through_forum_id` remembers which forum invitation brought a person in, so coordinators
 * can review people who became full members that way before guests existed (backfilled from the
 * `person.joined` audit events). `forum.guest_posts_held` is how many of a new guest's first posts
 * wait for a moderator in that forum (0: none).
 */
/** People who came in through a forum invitation (not a group's), from their `person.joined` audit event. */
export const REMEMBER_FORUM_JOINERS = `
  UPDATE person p SET joined_through_forum_id = i.forum_id
    FROM audit_event e JOIN invitation i ON i.id::text = e.detail->>'invitationId'
   WHERE e.action = 'person.joined' AND e.subject_type = 'person' AND e.subject_id = p.id
     AND i.forum_id IS NOT NULL AND i.group_id IS NULL AND p.joined_through_forum_id IS NULL`;

export class ForumGuests1765850000000 implements MigrationInterface {
  name = 'ForumGuests1765850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_role_check`);
    await q.query(`ALTER TABLE person ADD CONSTRAINT person_role_check CHECK (role IN ('ADMIN', 'COORDINATOR', 'MEMBER', 'GUEST'))`);
    await q.query(`
      ALTER TABLE person
        ADD COLUMN organisation_name text CHECK (length(organisation_name) BETWEEN 1 AND 200),
        ADD COLUMN joined_through_forum_id uuid REFERENCES forum(id) ON DELETE SET NULL`);
    await q.query(REMEMBER_FORUM_JOINERS);
    // What a guest typed for their organisation with a shareable link, kept until the emailed link joins them.
    await q.query(`ALTER TABLE email_confirmation ADD COLUMN organisation_name text CHECK (length(organisation_name) BETWEEN 1 AND 200)`);
    await q.query(`ALTER TABLE forum ADD COLUMN guest_posts_held int NOT NULL DEFAULT 0 CHECK (guest_posts_held BETWEEN 0 AND 20)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum DROP COLUMN guest_posts_held`);
    await q.query(`ALTER TABLE email_confirmation DROP COLUMN organisation_name`);
    await q.query(`ALTER TABLE person DROP COLUMN organisation_name, DROP COLUMN joined_through_forum_id`);
    await q.query(`UPDATE person SET role = 'MEMBER' WHERE role = 'GUEST'`);
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_role_check`);
    await q.query(`ALTER TABLE person ADD CONSTRAINT person_role_check CHECK (role IN ('ADMIN', 'COORDINATOR', 'MEMBER'))`);
  }
}
