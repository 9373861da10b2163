import type { DataSource } from 'typeorm';
import { PartnershipRole } from '@convene/contracts';
import type { Actor } from '../actor';
import { Permission } from '../permissions';
import { FORUM_GRADES } from './forums.policy';
import { unlessHeld } from './held';
import type { AudienceCheck, GradedCheck, GradedRule, IdCheck } from './policy';

/**
 * Forum guests: people invited to forums only. For a guest actor this table replaces every other
 * policy: a permission it does not name is denied, whatever the other policies would say, so a
 * new permission stays closed to guests until someone decides otherwise here. A guest is in
 * exactly the forums they were added to (`forum_member`, never through a group), posts there
 * (never moderates), reads the people of those forums by name, and their own profile.
 */
export const isGuest = (actor: Pick<Actor, 'role'>) => actor.role === PartnershipRole.GUEST;

const { POST, MODERATE } = FORUM_GRADES;

/** Guest grades for rows of `from` (selecting `x.id` joined to its forum `f`). */
function guestForumScoped(from: string): GradedCheck {
  return async (db: DataSource, actor: Actor, ids: string[]) => {
    const rows: { id: string; grade: number }[] = await db.query(
      `SELECT x.id, ${POST} AS grade FROM ${from}
        WHERE x.id = ANY($1::uuid[]) AND f.partnership_id = $2
          AND EXISTS (SELECT 1 FROM forum_member fm WHERE fm.forum_id = f.id AND fm.person_id = $3)`,
      [ids, actor.partnershipId, actor.personId],
    );
    return new Map(rows.map((r) => [r.id, r.grade]));
  };
}

/** The same the other way round: which of `personIds` (guests) are in the row's forum. */
function guestForumAudience(from: string): AudienceCheck {
  return async (db: DataSource, subjectId: string, personIds: string[]) => {
    const rows: { id: string }[] = await db.query(
      `SELECT fm.person_id AS id FROM ${from} JOIN forum_member fm ON fm.forum_id = f.id
         JOIN person p ON p.id = fm.person_id AND p.deactivated_at IS NULL AND p.partnership_id = f.partnership_id
        WHERE x.id = $1 AND fm.person_id = ANY($2::uuid[])`,
      [subjectId, personIds],
    );
    return new Map(rows.map((r) => [r.id, POST]));
  };
}

const grade = (from: string): GradedRule => ({ check: guestForumScoped(from), audience: guestForumAudience(from), atLeast: POST });
const forum = grade(`forum x JOIN forum f ON f.id = x.id`);
// Held posts and threads reach a guest only when they are the author, as for everyone below moderator.
const thread = unlessHeld('thread', 'created_by_person_id', grade(`thread x JOIN forum f ON f.id = x.forum_id`), MODERATE, POST);
const postGrade = grade(`post x JOIN forum f ON f.id = x.forum_id`);
const post = unlessHeld('post', 'author_person_id', postGrade, MODERATE, POST);

/** Their own posts, in forums they are still in. */
const postEdit: IdCheck = async (db, actor, ids) => {
  const grades = await postGrade.check(db, actor, ids);
  const own: { id: string }[] = await db.query(`SELECT id FROM post WHERE id = ANY($1::uuid[]) AND author_person_id = $2`, [ids, actor.personId]);
  return own.map((r) => r.id).filter((id) => (grades.get(id) ?? 0) >= POST);
};

/** Themselves, and anyone in a forum the guest is in (added, or through the forum's group). */
const personRead: IdCheck = async (db, actor, ids) => {
  const rows: { id: string }[] = await db.query(
    `SELECT p.id FROM person p
      WHERE p.id = ANY($1::uuid[]) AND p.partnership_id = $2
        AND (p.id = $3 OR EXISTS (
              SELECT 1 FROM forum_member mine JOIN forum f ON f.id = mine.forum_id
               WHERE mine.person_id = $3
                 AND (EXISTS (SELECT 1 FROM forum_member fm WHERE fm.forum_id = f.id AND fm.person_id = p.id)
                      OR EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = f.group_id AND gm.person_id = p.id))))`,
    [ids, actor.partnershipId, actor.personId],
  );
  return rows.map((r) => r.id);
};

export const guestRules: Partial<Record<Permission, IdCheck | GradedRule>> = {
  [Permission.partnershipRead]: async (_db, actor, ids) => ids.filter((id) => id === actor.partnershipId),
  [Permission.personRead]: personRead,
  [Permission.personContactRead]: async (_db, actor, ids) => ids.filter((id) => id === actor.personId),
  [Permission.forumRead]: forum,
  [Permission.forumPost]: forum,
  [Permission.threadRead]: thread,
  [Permission.threadPost]: thread,
  [Permission.postRead]: post,
  [Permission.postEdit]: postEdit,
};

/** Every forum a guest is in, graded POST, for socket rooms and search. */
export async function guestForums(db: DataSource, actor: Actor): Promise<Map<string, number>> {
  const rows: { id: string }[] = await db.query(
    `SELECT f.id FROM forum f JOIN forum_member fm ON fm.forum_id = f.id AND fm.person_id = $2 WHERE f.partnership_id = $1`,
    [actor.partnershipId, actor.personId],
  );
  return new Map(rows.map((r) => [r.id, POST]));
}

/** The guests among `personIds`: the worker leaves them out of every audience but the forum ones. */
export async function guestsAmong(db: DataSource, personIds: string[]): Promise<Set<string>> {
  const rows: { id: string }[] = await db.query(`SELECT id FROM person WHERE id = ANY($1::uuid[]) AND role = 'GUEST'`, [personIds]);
  return new Set(rows.map((r) => r.id));
}
