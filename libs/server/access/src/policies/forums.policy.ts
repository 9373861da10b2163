import type { DataSource } from 'typeorm';
import { isCoordinator, type Actor } from '../actor';
import { Capability, Permission } from '../permissions';
import type { AudienceCheck, GradedCheck, GradedRule, IdCheck, Policy } from './policy';
import { unlessHeld } from './held';

/**
 * Forums are private. A person is in a forum when they were added to it, or when it belongs to
 * a group they are in (unless a moderator removed them). Grades: observers of the group read;
 * members post; forum moderators, the group's chair and secretary, and the partnership's
 * coordinators moderate. Nothing crosses partnerships.
 */
const READ = 1;
const POST = 2;
const MODERATE = 3;

/** The grade of a person in forum `f`: `coordinator` says whether they coordinate, `person` is their id. */
const gradeOf = (coordinator: string, person: string) => `
  CASE WHEN ${coordinator} THEN ${MODERATE}
       ELSE coalesce(
         (SELECT CASE fm.role WHEN 'MODERATOR' THEN ${MODERATE} ELSE ${POST} END FROM forum_member fm WHERE fm.forum_id = f.id AND fm.person_id = ${person}),
         (SELECT CASE gm.role WHEN 'CHAIR' THEN ${MODERATE} WHEN 'SECRETARY' THEN ${MODERATE} WHEN 'MEMBER' THEN ${POST} ELSE ${READ} END
            FROM group_member gm
           WHERE gm.group_id = f.group_id AND gm.person_id = ${person}
             AND NOT EXISTS (SELECT 1 FROM forum_exclusion e WHERE e.forum_id = f.id AND e.person_id = ${person})),
         0)
  END`;

/** The grade of person $2 in forum `f`; $1 says whether they coordinate the partnership. */
const GRADE = gradeOf('$1::boolean', '$2');

/** The same grades the other way round: which active people of the forum's partnership, for one forum (mentions). */
function forumAudience(from: string): AudienceCheck {
  return async (db: DataSource, subjectId: string, personIds: string[]) => {
    const rows: { id: string; grade: number }[] = await db.query(
      `SELECT p.id, ${gradeOf(`p.role IN ('ADMIN', 'COORDINATOR')`, 'p.id')} AS grade
         FROM ${from} JOIN person p ON p.partnership_id = f.partnership_id AND p.deactivated_at IS NULL
        WHERE x.id = $1 AND p.id = ANY($2::uuid[])`,
      [subjectId, personIds],
    );
    return new Map(rows.map((r) => [r.id, r.grade]));
  };
}

function forumScoped(from: string): GradedCheck {
  return async (db: DataSource, actor: Actor, ids: string[]) => {
    const rows: { id: string; grade: number }[] = await db.query(
      `SELECT x.id, ${GRADE} AS grade FROM ${from} WHERE x.id = ANY($3::uuid[]) AND f.partnership_id = $4`,
      [isCoordinator(actor), actor.personId, ids, actor.partnershipId],
    );
    return new Map(rows.map((r) => [r.id, r.grade]));
  };
}

function levels(from: string): Record<'read' | 'post' | 'moderate', GradedRule> {
  const check = forumScoped(from);
  const audience = forumAudience(from);
  return { read: { check, audience, atLeast: READ }, post: { check, audience, atLeast: POST }, moderate: { check, audience, atLeast: MODERATE } };
}

const forum = levels(`forum x JOIN forum f ON f.id = x.id`);
const thread = levels(`thread x JOIN forum f ON f.id = x.forum_id`);
const post = levels(`post x JOIN forum f ON f.id = x.forum_id`);

/** Authors edit their own posts, while they may still post in the forum. */
const postEdit: IdCheck = async (db, actor, ids) => {
  const grades = await post.post.check(db, actor, ids);
  const own: { id: string }[] = await db.query(`SELECT id FROM post WHERE id = ANY($1::uuid[]) AND author_person_id = $2`, [ids, actor.personId]);
  return own.map((r) => r.id).filter((id) => (grades.get(id) ?? 0) >= POST);
};

/** Every forum the actor may read, for joining socket rooms and scoping search. */
export async function readableForums(db: DataSource, actor: Actor): Promise<Map<string, number>> {
  const rows: { id: string; grade: number }[] = await db.query(
    `SELECT * FROM (SELECT f.id, ${GRADE} AS grade FROM forum f WHERE f.partnership_id = $3) graded WHERE grade >= ${READ}`,
    [isCoordinator(actor), actor.personId, actor.partnershipId],
  );
  return new Map(rows.map((r) => [r.id, r.grade]));
}

export const FORUM_GRADES = { READ, POST, MODERATE } as const;

export const forumsPolicy: Policy = {
  ids: {
    [Permission.forumRead]: forum.read,
    [Permission.forumPost]: forum.post,
    [Permission.forumModerate]: forum.moderate,
    [Permission.threadRead]: unlessHeld('thread', 'created_by_person_id', thread.read, MODERATE, READ),
    [Permission.threadPost]: unlessHeld('thread', 'created_by_person_id', thread.post, MODERATE, READ),
    [Permission.threadModerate]: thread.moderate,
    [Permission.postRead]: unlessHeld('post', 'author_person_id', post.read, MODERATE, READ),
    [Permission.postModerate]: post.moderate,
    [Permission.postEdit]: postEdit,
  },
  capabilities: {
    [Capability.forumCreate]: isCoordinator,
    [Capability.forumGuestsManage]: isCoordinator,
  },
};
