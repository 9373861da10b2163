import type { DataSource } from 'typeorm';
import { isCoordinator, type Actor } from '../actor';
import { Capability, Permission } from '../permissions';
import type { AudienceCheck, GradedCheck, GradedRule, IdCheck, Policy } from './policy';

/**
 * What a person may do with a group and everything that hangs off it, decided in SQL for a set
 * of ids at once:
 * - read: PARTNERSHIP and PUBLIC groups are open to everyone in the partnership; PRIVATE groups
 *   to their members. Coordinators and admins see every group of their partnership.
 * - contribute (propose items, assessment entries, apologies, comments): members other than
 *   observers, and coordinators.
 * - manage (agenda, minutes, drafts, members, meetings): chair, secretary, coordinators.
 * Nothing ever crosses partnerships.
 */
export const READ = 1;
export const CONTRIBUTE = 2;
export const MANAGE = 3;

/** The grade SQL, shared by the per-actor check and the per-subject audience so they cannot drift. */
export const gradeOf = (isCoordinator: string, personId: string) => `
  CASE WHEN ${isCoordinator} THEN ${MANAGE}
       ELSE coalesce((SELECT CASE gm.role WHEN 'CHAIR' THEN ${MANAGE} WHEN 'SECRETARY' THEN ${MANAGE} WHEN 'MEMBER' THEN ${CONTRIBUTE} ELSE ${READ} END
                        FROM group_member gm WHERE gm.group_id = g.id AND gm.person_id = ${personId}),
                     CASE WHEN g.visibility <> 'PRIVATE' THEN ${READ} ELSE 0 END)
  END`;

/**
 * `from` selects `x.id` rows joined to their group as `g`. One statement grades every id:
 * coordinators manage; chair and secretary manage; members contribute; observers read; anyone
 * in the partnership reads a group that is not PRIVATE; everyone else gets 0.
 */
function groupScoped(from: string): GradedCheck {
  return async (db: DataSource, actor: Actor, ids: string[]) => {
    const rows: { id: string; grade: number }[] = await db.query(
      `SELECT x.id, ${gradeOf('$3::boolean', '$4')} AS grade FROM ${from} WHERE x.id = ANY($1::uuid[]) AND g.partnership_id = $2`,
      [ids, actor.partnershipId, isCoordinator(actor), actor.personId],
    );
    return new Map(rows.map((r) => [r.id, r.grade]));
  };
}

/** The same grades the other way round: many active people of the subject's partnership, one subject. */
function groupAudience(from: string): AudienceCheck {
  return async (db: DataSource, subjectId: string, personIds: string[]) => {
    const rows: { id: string; grade: number }[] = await db.query(
      `SELECT p.id, ${gradeOf(`p.role IN ('ADMIN', 'COORDINATOR')`, 'p.id')} AS grade
         FROM ${from} JOIN person p ON p.partnership_id = g.partnership_id AND p.deactivated_at IS NULL
        WHERE x.id = $1 AND p.id = ANY($2::uuid[])`,
      [subjectId, personIds],
    );
    return new Map(rows.map((r) => [r.id, r.grade]));
  };
}

/** The three rules over one shared check. */
function levels(from: string): Record<'read' | 'contribute' | 'manage', GradedRule> {
  const check = groupScoped(from);
  const audience = groupAudience(from);
  return { read: { check, audience, atLeast: READ }, contribute: { check, audience, atLeast: CONTRIBUTE }, manage: { check, audience, atLeast: MANAGE } };
}

/**
 * May the person contribute to the meeting (the `meeting.contribute` rule), as a boolean SQL
 * expression over placeholders: for a write that must carry its own check in its statement.
 */
export const meetingContributableSql = (p: { meeting: string; partnership: string; person: string; coordinator: string }) =>
  `coalesce((SELECT ${gradeOf(`${p.coordinator}::boolean`, `${p.person}::uuid`)} FROM meeting x JOIN "group" g ON g.id = x.group_id
              WHERE x.id = ${p.meeting}::uuid AND g.partnership_id = ${p.partnership}::uuid), 0) >= ${CONTRIBUTE}`;

const GROUP = `"group" x JOIN "group" g ON g.id = x.id`;
const MEETING = `meeting x JOIN "group" g ON g.id = x.group_id`;
const AGENDA_ITEM = `agenda_item x JOIN meeting m ON m.id = x.meeting_id JOIN "group" g ON g.id = m.group_id`;
const ASSESSMENT = `assessment_entry x JOIN meeting m ON m.id = x.meeting_id JOIN "group" g ON g.id = m.group_id`;
const MINUTES = `minutes x JOIN meeting m ON m.id = x.meeting_id JOIN "group" g ON g.id = m.group_id`;
const ACTION = `action_item x JOIN "group" g ON g.id = x.group_id`;
const TERMS = `terms_of_reference x JOIN "group" g ON g.id = x.group_id`;

const group = levels(GROUP);
const meeting = levels(MEETING);
const agendaItem = levels(AGENDA_ITEM);
const assessment = levels(ASSESSMENT);
const minutes = levels(MINUTES);
const action = levels(ACTION);
const terms = levels(TERMS);

/**
 * Action owners may update their own actions, whatever their role in the group, while they may
 * still read it: someone removed from a private group keeps neither the action nor its reminders.
 */
const actionUpdate: IdCheck = async (db, actor, ids) => {
  const grades = await action.manage.check(db, actor, ids);
  const owned: { id: string }[] = await db.query(
    `SELECT x.id FROM ${ACTION} WHERE x.id = ANY($1::uuid[]) AND g.partnership_id = $2 AND x.owner_person_id = $3`,
    [ids, actor.partnershipId, actor.personId],
  );
  const grade = (id: string) => grades.get(id) ?? 0;
  return [...new Set([...ids.filter((id) => grade(id) >= MANAGE), ...owned.map((r) => r.id).filter((id) => grade(id) >= READ)])];
};

export const groupsPolicy: Policy = {
  ids: {
    [Permission.groupRead]: group.read,
    [Permission.groupContribute]: group.contribute,
    [Permission.groupManage]: group.manage,
    [Permission.meetingRead]: meeting.read,
    [Permission.meetingContribute]: meeting.contribute,
    [Permission.meetingManage]: meeting.manage,
    [Permission.agendaItemRead]: agendaItem.read,
    [Permission.agendaItemManage]: agendaItem.manage,
    [Permission.assessmentEntryRead]: assessment.read,
    [Permission.assessmentEntryManage]: assessment.manage,
    [Permission.minutesRead]: minutes.read,
    [Permission.minutesContribute]: minutes.contribute,
    [Permission.minutesManage]: minutes.manage,
    [Permission.actionRead]: action.read,
    [Permission.actionUpdate]: actionUpdate,
    [Permission.termsRead]: terms.read,
    [Permission.termsManage]: terms.manage,
  },
  capabilities: {
    [Capability.groupCreate]: isCoordinator,
    [Capability.groupArchive]: isCoordinator,
  },
};
