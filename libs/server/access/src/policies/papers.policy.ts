import type { DataSource } from 'typeorm';
import { isCoordinator, type Actor } from '../actor';
import { Permission } from '../permissions';
import { CONTRIBUTE, gradeOf, MANAGE, READ } from './groups.policy';
import type { AudienceCheck, GradedCheck, Policy } from './policy';

/**
 * Papers (files on agenda items and on minutes). Whoever may not read the owner never reads its
 * papers; minutes in DRAFT are the managers' alone, as the minutes themselves are. Beyond that,
 * by confidentiality:
 * - PUBLIC, PARTNERSHIP: everyone who may read the owner;
 * - GROUP: the group's members (any role) and those who manage the owner;
 * - RESTRICTED: the named readers and those who manage the owner.
 * Managing (new versions, confidentiality, readers, deletion) is for those who manage the owner
 * (the item, or the minutes), and for the paper's author while they may still contribute to the group.
 */
const PAPER_READ = 1;
const PAPER_MANAGE = 2;

const PAPER = `paper x LEFT JOIN agenda_item i ON i.id = x.agenda_item_id LEFT JOIN minutes mi ON mi.id = x.minutes_id
  JOIN meeting m ON m.id = coalesce(i.meeting_id, mi.meeting_id) JOIN "group" g ON g.id = m.group_id`;

/** The grade of `personId` on each paper row of `from`, shared by the actor check and the audience so they cannot drift. */
const graded = (isCoordinatorSql: string, personId: string, from: string, where: string) => `
  SELECT id, CASE
           WHEN owner_grade >= ${MANAGE} OR (author AND owner_grade >= ${CONTRIBUTE}) THEN ${PAPER_MANAGE}
           WHEN owner_grade < ${READ} THEN 0
           WHEN confidentiality IN ('PUBLIC', 'PARTNERSHIP') THEN ${PAPER_READ}
           WHEN confidentiality = 'GROUP' AND member THEN ${PAPER_READ}
           WHEN confidentiality = 'RESTRICTED' AND reader THEN ${PAPER_READ}
           ELSE 0 END AS grade
    FROM (SELECT id, confidentiality, author, member, reader,
                 CASE WHEN minutes_status = 'DRAFT' AND raw_grade < ${MANAGE} THEN 0 ELSE raw_grade END AS owner_grade
            FROM (SELECT ${from === 'actor' ? 'x.id' : 'p.id'} AS id, x.confidentiality, x.author_person_id = ${personId} AS author, mi.status AS minutes_status,
                         ${gradeOf(isCoordinatorSql, personId)} AS raw_grade,
                         EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = g.id AND gm.person_id = ${personId}) AS member,
                         EXISTS (SELECT 1 FROM paper_reader r WHERE r.paper_id = x.id AND r.person_id = ${personId}) AS reader
                    FROM ${PAPER} ${from === 'actor' ? '' : `JOIN person p ON p.partnership_id = g.partnership_id AND p.deactivated_at IS NULL`}
                   WHERE ${where}) raw) owned`;

const paperGrades: GradedCheck = async (db: DataSource, actor: Actor, ids: string[]) => {
  const rows: { id: string; grade: number }[] = await db.query(graded('$3::boolean', '$4', 'actor', `x.id = ANY($1::uuid[]) AND g.partnership_id = $2`), [
    ids,
    actor.partnershipId,
    isCoordinator(actor),
    actor.personId,
  ]);
  return new Map(rows.map((r) => [r.id, r.grade]));
};

/** Who of `personIds` may read one paper: the worker's question before a supplement note. */
const paperAudience: AudienceCheck = async (db: DataSource, paperId: string, personIds: string[]) => {
  const rows: { id: string; grade: number }[] = await db.query(graded(`p.role IN ('ADMIN', 'COORDINATOR')`, 'p.id', 'audience', `x.id = $1 AND p.id = ANY($2::uuid[])`), [paperId, personIds]);
  return new Map(rows.map((r) => [r.id, r.grade]));
};

export const papersPolicy: Policy = {
  ids: {
    [Permission.paperRead]: { check: paperGrades, audience: paperAudience, atLeast: PAPER_READ },
    [Permission.paperManage]: { check: paperGrades, audience: paperAudience, atLeast: PAPER_MANAGE },
  },
  capabilities: {},
};
