import type { GradedRule } from './policy';

/**
 * Held posts, and threads whose opening post is held, reach only their author and the forum's
 * moderators until a moderator approves them; a rejected one never reaches anyone else. This
 * wraps a forum grade check: below `moderate`, a held row grades 0, or at most `authorGrade` for
 * its author (who reads it, marked as waiting, but cannot reply in a held thread).
 */
export function unlessHeld(table: 'post' | 'thread', author: 'author_person_id' | 'created_by_person_id', rule: GradedRule, moderate: number, authorGrade: number): GradedRule {
  return {
    ...rule,
    check: async (db, actor, ids) => {
      const grades = await rule.check(db, actor, ids);
      const held: { id: string; own: boolean }[] = await db.query(
        `SELECT id, ${author} IS NOT DISTINCT FROM $2::uuid AS own FROM ${table} WHERE id = ANY($1::uuid[]) AND held_reason IS NOT NULL`,
        [ids, actor.personId],
      );
      for (const { id, own } of held) {
        const grade = grades.get(id) ?? 0;
        if (grade < moderate) grades.set(id, own ? Math.min(grade, authorGrade) : 0);
      }
      return grades;
    },
  };
}
