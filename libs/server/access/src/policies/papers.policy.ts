import type { DataSource } from 'typeorm';
import { isCoordinator, type Actor } from '../actor';
import { Permission } from '../permissions';
import { CONTRIBUTE, gradeOf, MANAGE, READ } from './groups.policy';
import type { GradedCheck, Policy } from './policy';

/**
 * Papers (files on agenda items). Whoever may not read the item never reads its papers; beyond
 * that, by confidentiality:
 * - PUBLIC, PARTNERSHIP: everyone who may read the item;
 * - GROUP: the group's members (any role) and those who manage the item;
 * - RESTRICTED: the named readers and those who manage the item.
 * Managing (new versions, confidentiality, readers, deletion) is for those who manage the item,
 * and for the paper's author while they may still contribute to the group.
 */
const PAPER_READ = 1;
const PAPER_MANAGE = 2;

const PAPER = `paper x JOIN agenda_item i ON i.id = x.agenda_item_id JOIN meeting m ON m.id = i.meeting_id JOIN "group" g ON g.id = m.group_id`;

const paperGrades: GradedCheck = async (db: DataSource, actor: Actor, ids: string[]) => {
  const rows: { id: string; grade: number }[] = await db.query(
    `SELECT id, CASE
              WHEN item_grade >= ${MANAGE} OR (author AND item_grade >= ${CONTRIBUTE}) THEN ${PAPER_MANAGE}
              WHEN item_grade < ${READ} THEN 0
              WHEN confidentiality IN ('PUBLIC', 'PARTNERSHIP') THEN ${PAPER_READ}
              WHEN confidentiality = 'GROUP' AND member THEN ${PAPER_READ}
              WHEN confidentiality = 'RESTRICTED' AND reader THEN ${PAPER_READ}
              ELSE 0 END AS grade
       FROM (SELECT x.id, x.confidentiality, x.author_person_id = $4 AS author,
                    ${gradeOf('$3::boolean', '$4')} AS item_grade,
                    EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = g.id AND gm.person_id = $4) AS member,
                    EXISTS (SELECT 1 FROM paper_reader r WHERE r.paper_id = x.id AND r.person_id = $4) AS reader
               FROM ${PAPER} WHERE x.id = ANY($1::uuid[]) AND g.partnership_id = $2) graded`,
    [ids, actor.partnershipId, isCoordinator(actor), actor.personId],
  );
  return new Map(rows.map((r) => [r.id, r.grade]));
};

export const papersPolicy: Policy = {
  ids: {
    [Permission.paperRead]: { check: paperGrades, atLeast: PAPER_READ },
    [Permission.paperManage]: { check: paperGrades, atLeast: PAPER_MANAGE },
  },
  capabilities: {},
};
