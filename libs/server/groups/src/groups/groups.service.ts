import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { AccessService, Capability, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { RealtimePublisher } from '@convene/realtime';
import { assertUuid, groupBy, isUuid, rows } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { GroupKind, GroupRole, GroupVisibility, StandingItem } from '../enums';
import { parseCadence } from '../meetings/cadence';
import { assertSingleLine } from '../meetings/single-line';
import { MeetingsService } from '../meetings/meetings.service';
import type { GroupMemberModel, GroupModel, StandingAgendaItemModel } from '../models';

export const DEFAULT_STANDING_AGENDA: StandingAgendaItemModel[] = [
  { title: 'Welcome and apologies', standing: StandingItem.WELCOME, minutesAllotted: 5 },
  { title: 'Minutes of the last meeting and matters arising', standing: StandingItem.PREVIOUS_MINUTES, minutesAllotted: 15 },
  { title: 'Sector activity assessment', standing: StandingItem.SECTOR_ASSESSMENT, minutesAllotted: 30 },
  { title: 'Any other business', standing: StandingItem.AOB, minutesAllotted: 10 },
  { title: 'Date of next meeting', standing: StandingItem.NEXT_MEETING, minutesAllotted: 5 },
];

const COLUMNS = `g.id, g.partnership_id AS "partnershipId", g.name, g.slug, g.kind, g.visibility, g.description, g.cadence_rrule AS cadence,
  g.cadence_start AS "cadenceStart", g.meeting_duration_minutes AS "meetingDurationMinutes", g.default_location AS "defaultLocation",
  g.default_online_url AS "defaultOnlineUrl", g.submission_deadline_days AS "submissionDeadlineDays", g.agenda_pack_days AS "agendaPackDays",
  g.standing_agenda AS "standingAgenda", g.archived_at AS "archivedAt", g.planned_until AS "plannedUntil"`;

export interface GroupFields {
  name: string;
  kind: GroupKind;
  visibility: GroupVisibility;
  description?: string | null;
  cadence?: string | null;
  cadenceStart?: Date | null;
  meetingDurationMinutes?: number | null;
  defaultLocation?: string | null;
  defaultOnlineUrl?: string | null;
  submissionDeadlineDays?: number | null;
  agendaPackDays?: number | null;
  standingAgenda?: { title: string; standing: StandingAgendaItemModel['standing']; minutesAllotted?: number | null }[] | null;
}

const slugify = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'group';

/** Groups and their members. A list never holds a group its reader could not open. */
@Injectable()
export class GroupsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly realtime: RealtimePublisher,
  ) {}

  /** Archived groups only when asked for: they are kept for their papers, not run. */
  async list(actor: Actor, includeArchived = false): Promise<GroupModel[]> {
    const candidates: { id: string }[] = await this.db.query(`SELECT id FROM "group" WHERE partnership_id = $1 AND ($2::boolean OR archived_at IS NULL)`, [actor.partnershipId, includeArchived]);
    const allowed = await this.access.requireAccess({ actor, permission: Permission.groupRead, ids: candidates.map((c) => c.id) });
    return allowed.size ? this.db.query(`SELECT ${COLUMNS} FROM "group" g WHERE g.id = ANY($1::uuid[]) ORDER BY g.name`, [[...allowed]]) : [];
  }

  async byIds(actor: Actor, ids: readonly string[]): Promise<(GroupModel | null)[]> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.groupRead, ids: ids.filter(isUuid) });
    const found: GroupModel[] = allowed.size ? await this.db.query(`SELECT ${COLUMNS} FROM "group" g WHERE g.id = ANY($1::uuid[])`, [[...allowed]]) : [];
    const byId = new Map(found.map((g) => [g.id, g]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async get(actor: Actor, id: string): Promise<GroupModel> {
    assertUuid(id);
    const [group] = await this.byIds(actor, [id]);
    if (!group) throw notFound('Group');
    return group;
  }

  async create(actor: Actor, fields: GroupFields): Promise<GroupModel> {
    this.access.assertCan(actor, Capability.groupCreate);
    this.check(fields, true);
    const id = await this.db.transaction(async (m) => {
      const [created] = await this.unique(() =>
        m.query(
          `INSERT INTO "group" (partnership_id, name, slug, kind, visibility, description, cadence_rrule, cadence_start, meeting_duration_minutes,
             default_location, default_online_url, submission_deadline_days, agenda_pack_days, standing_agenda)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9, 120), $10, $11, coalesce($12, 10), coalesce($13, 7), $14) RETURNING id`,
          [actor.partnershipId, fields.name.trim(), slugify(fields.name), fields.kind, fields.visibility, fields.description ?? null, fields.cadence ?? null, fields.cadenceStart ?? null,
            fields.meetingDurationMinutes ?? null, fields.defaultLocation ?? null, fields.defaultOnlineUrl ?? null, fields.submissionDeadlineDays ?? null, fields.agendaPackDays ?? null,
            JSON.stringify(fields.standingAgenda ?? DEFAULT_STANDING_AGENDA)],
        ),
      );
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'group.created', subjectType: 'group', subjectId: created.id }, m);
      await this.meetings.materialise(created.id, m);
      return created.id as string;
    });
    return this.get(actor, id);
  }

  /**
   * Fields left out or null stay as they are, except the cadence: null clears it, so no more
   * meetings are planned from it (those already planned stay); an empty cadence is refused.
   */
  async update(actor: Actor, id: string, fields: Partial<GroupFields>): Promise<GroupModel> {
    await this.managed(actor, id);
    this.check(fields);
    await this.db.transaction(async (m) => {
      const [before] = await rows<{ name: string; visibility: GroupVisibility }>(m, `SELECT name, visibility FROM "group" WHERE id = $1 FOR UPDATE`, [id]);
      const [after] = await this.unique(() =>
        rows<{ name: string; visibility: GroupVisibility }>(
          m,
          `UPDATE "group" SET name = coalesce($2, name), kind = coalesce($3, kind), visibility = coalesce($4, visibility), description = coalesce($5, description),
             cadence_rrule = CASE WHEN $6::boolean THEN $7 ELSE cadence_rrule END, cadence_start = coalesce($8, cadence_start),
             meeting_duration_minutes = coalesce($9, meeting_duration_minutes), default_location = coalesce($10, default_location),
             default_online_url = coalesce($11, default_online_url), submission_deadline_days = coalesce($12, submission_deadline_days),
             agenda_pack_days = coalesce($13, agenda_pack_days), standing_agenda = coalesce($14, standing_agenda), updated_at = now()
           WHERE id = $1 RETURNING name, visibility`,
          [id, fields.name?.trim() ?? null, fields.kind ?? null, fields.visibility ?? null, fields.description ?? null, fields.cadence !== undefined, fields.cadence ?? null,
            fields.cadenceStart ?? null, fields.meetingDurationMinutes ?? null, fields.defaultLocation ?? null, fields.defaultOnlineUrl ?? null, fields.submissionDeadlineDays ?? null,
            fields.agendaPackDays ?? null, fields.standingAgenda ? JSON.stringify(fields.standingAgenda) : null],
        ),
      );
      // Who can see a group, and what it is called in mail and on the forum, are worth a record.
      const record = (action: string, detail: Record<string, string>) =>
        this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action, subjectType: 'group', subjectId: id, detail }, m);
      if (after.name !== before.name) await record('group.renamed', { from: before.name, to: after.name });
      if (after.visibility !== before.visibility) await record('group.visibility-changed', { from: before.visibility, to: after.visibility });
      if (fields.cadence !== undefined || fields.cadenceStart) await this.meetings.materialise(id, m);
    });
    return this.get(actor, id);
  }

  /** Coordinators and admins archive (and restore) a group; audited. */
  async archive(actor: Actor, id: string, archived: boolean): Promise<GroupModel> {
    await this.get(actor, id);
    this.access.assertCan(actor, Capability.groupArchive);
    await this.db.transaction(async (m) => {
      const changed = await rows(
        m,
        `UPDATE "group" SET archived_at = CASE WHEN $2::boolean THEN coalesce(archived_at, now()) END, updated_at = now()
          WHERE id = $1 AND (archived_at IS NULL) = $2::boolean RETURNING id`,
        [id, archived],
      );
      if (changed.length) {
        await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: archived ? 'group.archived' : 'group.restored', subjectType: 'group', subjectId: id }, m);
      }
    });
    return this.get(actor, id);
  }

  async members(groupIds: readonly string[]): Promise<Map<string, GroupMemberModel[]>> {
    const found: GroupMemberModel[] = await this.db.query(
      `SELECT gm.id, gm.group_id AS "groupId", gm.person_id AS "personId", gm.role, gm.organisation_id AS "organisationId"
         FROM group_member gm JOIN person p ON p.id = gm.person_id JOIN account a ON a.id = p.account_id
        WHERE gm.group_id = ANY($1::uuid[]) ORDER BY CASE gm.role WHEN 'CHAIR' THEN 0 WHEN 'SECRETARY' THEN 1 WHEN 'MEMBER' THEN 2 ELSE 3 END, lower(a.name)`,
      [groupIds.filter(isUuid)],
    );
    return groupBy(found, (m) => m.groupId);
  }

  async myRoles(actor: Actor, groupIds: readonly string[]): Promise<(GroupRole | null)[]> {
    const found: { groupId: string; role: GroupRole }[] = await this.db.query(
      `SELECT group_id AS "groupId", role FROM group_member WHERE person_id = $1 AND group_id = ANY($2::uuid[])`,
      [actor.personId, groupIds.filter(isUuid)],
    );
    const byGroup = new Map(found.map((r) => [r.groupId, r.role]));
    return groupIds.map((id) => byGroup.get(id) ?? null);
  }

  /** Adds or changes a member; the organisation they represent defaults to their own. */
  async setMember(actor: Actor, groupId: string, personId: string, role: GroupRole, organisationId?: string | null): Promise<GroupMemberModel> {
    await this.managed(actor, groupId);
    assertUuid(personId, 'personId');
    await this.access.assertAccess(actor, Permission.personRead, personId, 'Person');
    if (organisationId) {
      assertUuid(organisationId, 'organisationId');
      await this.access.assertAccess(actor, Permission.organisationRead, organisationId, 'Organisation');
    }
    const member = await this.db.transaction(async (m) => {
      const [row] = await m.query(
        `INSERT INTO group_member (group_id, person_id, role, organisation_id)
         VALUES ($1, $2, $3, coalesce($4, (SELECT organisation_id FROM person WHERE id = $2)))
         ON CONFLICT (group_id, person_id) DO UPDATE SET role = EXCLUDED.role, organisation_id = coalesce($4, group_member.organisation_id), updated_at = now()
         RETURNING id, group_id AS "groupId", person_id AS "personId", role, organisation_id AS "organisationId"`,
        [groupId, personId, role, organisationId ?? null],
      );
      this.access.forget(actor);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'group.member-set', subjectType: 'group', subjectId: groupId, detail: { personId, role } }, m);
      return row as GroupMemberModel;
    });
    // The group's forums come with membership: the person's live connections join them.
    for (const forumId of await this.forumsOf(groupId, personId, 'joining')) this.realtime.addedToForum([personId], forumId);
    return member;
  }

  async removeMember(actor: Actor, groupId: string, personId: string): Promise<boolean> {
    await this.managed(actor, groupId);
    assertUuid(personId, 'personId');
    await this.db.transaction(async (m) => {
      const removed = await rows(m, `DELETE FROM group_member WHERE group_id = $1 AND person_id = $2 RETURNING id`, [groupId, personId]);
      if (!removed.length) throw notFound('Member');
      this.access.forget(actor);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'group.member-removed', subjectType: 'group', subjectId: groupId, detail: { personId } }, m);
    });
    // ...and leave them at once, unless they were also added to the forum by hand.
    for (const forumId of await this.forumsOf(groupId, personId, 'leaving')) this.realtime.removedFromForum([personId], forumId);
    return true;
  }

  /**
   * The group's forums whose rooms change for this person: joining, those a moderator has not
   * removed them from; leaving, those they are not also a direct member of.
   */
  private async forumsOf(groupId: string, personId: string, change: 'joining' | 'leaving'): Promise<string[]> {
    const found: { id: string }[] = await this.db.query(
      change === 'joining'
        ? `SELECT f.id FROM forum f WHERE f.group_id = $1 AND NOT EXISTS (SELECT 1 FROM forum_exclusion e WHERE e.forum_id = f.id AND e.person_id = $2)`
        : `SELECT f.id FROM forum f WHERE f.group_id = $1 AND NOT EXISTS (SELECT 1 FROM forum_member fm WHERE fm.forum_id = f.id AND fm.person_id = $2)`,
      [groupId, personId],
    );
    return found.map((r) => r.id);
  }

  private async managed(actor: Actor, groupId: string): Promise<void> {
    await this.get(actor, groupId);
    const allowed = await this.access.requireAccess({ actor, permission: Permission.groupManage, ids: [groupId] });
    if (!allowed.has(groupId)) throw notFound('Group');
  }

  /** Names go into calendar files and email subjects: one line. A cadence is left out, null (none) or a rule. */
  private check(fields: Partial<GroupFields>, creating = false): void {
    assertSingleLine(fields.name, 'name', 'The group’s name');
    if (typeof fields.name === 'string' && fields.name.trim().length < 2) throw badInput('Give the group a name.', { field: 'name' });
    if (fields.cadence === undefined || fields.cadence === null) return;
    if (!fields.cadence.trim()) throw badInput('An empty cadence is not a rule. To stop meeting on a cadence, send null.', { field: 'cadence' });
    parseCadence(fields.cadence);
    if (creating && !fields.cadenceStart) throw badInput('Give the first meeting’s date and time with the cadence.', { field: 'cadenceStart' });
  }

  private async unique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error: unknown) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw conflict('A group with that name already exists.');
      throw error;
    }
  }
}
