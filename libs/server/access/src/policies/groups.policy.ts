import type { DataSource } from 'typeorm';
import { isCoordinator, type Actor } from '../actor';
import { Capability, Permission } from '../permissions';
import type { IdCheck, Policy } from './policy';

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
type Level = 'read' | 'contribute' | 'manage';

const ROLES: Record<Exclude<Level, 'read'>, string[]> = {
  contribute: ['CHAIR', 'SECRETARY', 'MEMBER'],
  manage: ['CHAIR', 'SECRETARY'],
};

/** `from` selects `x.id` rows joined to their group as `g`. */
function groupScoped(from: string, level: Level): IdCheck {
  return async (db: DataSource, actor: Actor, ids: string[]) => {
    const membership =
      level === 'read'
        ? `(g.visibility <> 'PRIVATE' OR EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = g.id AND gm.person_id = $3))`
        : `EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = g.id AND gm.person_id = $3 AND gm.role = ANY($5::text[]))`;
    const rows: { id: string }[] = await db.query(
      `SELECT x.id FROM ${from} WHERE x.id = ANY($1::uuid[]) AND g.partnership_id = $2 AND ($4::boolean OR ${membership})`,
      level === 'read' ? [ids, actor.partnershipId, actor.personId, isCoordinator(actor)] : [ids, actor.partnershipId, actor.personId, isCoordinator(actor), ROLES[level]],
    );
    return rows.map((r) => r.id);
  };
}

const GROUP = `"group" x JOIN "group" g ON g.id = x.id`;
const MEETING = `meeting x JOIN "group" g ON g.id = x.group_id`;
const AGENDA_ITEM = `agenda_item x JOIN meeting m ON m.id = x.meeting_id JOIN "group" g ON g.id = m.group_id`;
const ASSESSMENT = `assessment_entry x JOIN meeting m ON m.id = x.meeting_id JOIN "group" g ON g.id = m.group_id`;
const MINUTES = `minutes x JOIN meeting m ON m.id = x.meeting_id JOIN "group" g ON g.id = m.group_id`;
const ACTION = `action_item x JOIN "group" g ON g.id = x.group_id`;
const TERMS = `terms_of_reference x JOIN "group" g ON g.id = x.group_id`;

/** Action owners may update their own actions, whatever their role in the group. */
const actionUpdate: IdCheck = async (db, actor, ids) => {
  const managed = await groupScoped(ACTION, 'manage')(db, actor, ids);
  const owned: { id: string }[] = await db.query(
    `SELECT x.id FROM ${ACTION} WHERE x.id = ANY($1::uuid[]) AND g.partnership_id = $2 AND x.owner_person_id = $3`,
    [ids, actor.partnershipId, actor.personId],
  );
  return [...new Set([...managed, ...owned.map((r) => r.id)])];
};

export const groupsPolicy: Policy = {
  ids: {
    [Permission.groupRead]: groupScoped(GROUP, 'read'),
    [Permission.groupContribute]: groupScoped(GROUP, 'contribute'),
    [Permission.groupManage]: groupScoped(GROUP, 'manage'),
    [Permission.meetingRead]: groupScoped(MEETING, 'read'),
    [Permission.meetingContribute]: groupScoped(MEETING, 'contribute'),
    [Permission.meetingManage]: groupScoped(MEETING, 'manage'),
    [Permission.agendaItemRead]: groupScoped(AGENDA_ITEM, 'read'),
    [Permission.agendaItemManage]: groupScoped(AGENDA_ITEM, 'manage'),
    [Permission.assessmentEntryRead]: groupScoped(ASSESSMENT, 'read'),
    [Permission.assessmentEntryManage]: groupScoped(ASSESSMENT, 'manage'),
    [Permission.minutesRead]: groupScoped(MINUTES, 'read'),
    [Permission.minutesContribute]: groupScoped(MINUTES, 'contribute'),
    [Permission.minutesManage]: groupScoped(MINUTES, 'manage'),
    [Permission.actionRead]: groupScoped(ACTION, 'read'),
    [Permission.actionUpdate]: actionUpdate,
    [Permission.termsRead]: groupScoped(TERMS, 'read'),
    [Permission.termsManage]: groupScoped(TERMS, 'manage'),
  },
  capabilities: {
    [Capability.groupCreate]: isCoordinator,
  },
};
