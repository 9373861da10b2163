import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A group has at most one forum, found by the group's id and never by name, and group names
 * are unique within a partnership. Groups that already share a name keep theirs with the slug
 * added; extra forums of one group leave it, their group's members kept as forum members.
 */
export class GroupForumById1764250000000 implements MigrationInterface {
  name = 'GroupForumById1764250000000';

  async up(q: QueryRunner): Promise<void> {
    const sql = (text: string) => q.query(text);
    await sql(`
      UPDATE "group" g SET name = g.name || ' (' || g.slug || ')'
       WHERE EXISTS (SELECT 1 FROM "group" o WHERE o.partnership_id = g.partnership_id AND lower(o.name) = lower(g.name) AND (o.created_at, o.id) < (g.created_at, g.id))`);
    await sql(`CREATE UNIQUE INDEX group_name_idx ON "group"(partnership_id, lower(name))`);
    const extra = `SELECT f.id FROM forum f WHERE f.group_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM forum o WHERE o.group_id = f.group_id AND (o.created_at, o.id) < (f.created_at, f.id))`;
    await sql(`
      INSERT INTO forum_member (forum_id, person_id, role)
      SELECT f.id, gm.person_id, CASE WHEN gm.role IN ('CHAIR', 'SECRETARY') THEN 'MODERATOR' ELSE 'MEMBER' END
        FROM forum f JOIN group_member gm ON gm.group_id = f.group_id
       WHERE f.id IN (${extra}) AND gm.role <> 'OBSERVER'
         AND NOT EXISTS (SELECT 1 FROM forum_exclusion e WHERE e.forum_id = f.id AND e.person_id = gm.person_id)
      ON CONFLICT DO NOTHING`);
    await sql(`UPDATE forum SET group_id = NULL WHERE id IN (${extra})`);
    await sql(`DROP INDEX forum_group_idx`);
    await sql(`ALTER TABLE forum ADD CONSTRAINT forum_group_key UNIQUE (group_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE forum DROP CONSTRAINT forum_group_key`);
    await q.query(`CREATE INDEX forum_group_idx ON forum(group_id) WHERE group_id IS NOT NULL`);
    await q.query(`DROP INDEX group_name_idx`);
  }
}
