import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, isCoordinator, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, groupBy, isUuid, rows } from '@convene/database';
import { badInput, notFound } from '@convene/errors';
import { decodeCursor, toPage, type Page } from '@convene/graphql-kit';
import { ActionStatus } from '../enums';
import { assertNotCancelled, londonDate, type MeetingTimes } from '../meetings/time-rules';
import type { MeetingModel } from '../models';
import { assertOnAgenda } from './agenda-items';
import type { ActionInput, ActionItemModel, ActionLogArgs, ActionProgressModel, ActionUpdateInput } from './minutes.models';

/**
 * Open or in progress, and due before today in London, `at` being the SQL for the clock's instant
 * (a parameter). An action without a due date is never overdue.
 */
const overdue = (at: string) => `(a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date IS NOT NULL AND a.due_date < (${at}::timestamptz AT TIME ZONE 'Europe/London')::date)`;

const columns = (at: string) => `a.id, a.title, to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate", a.status, a.created_at AS "createdAt",
  a.owner_person_id AS "ownerPersonId", a.group_id AS "groupId", a.meeting_id AS "meetingId", ${overdue(at)} AS overdue`;

/**
 * Open actions from earlier meetings of the same group as each `target` meeting (`where`
 * picks them): its matters arising, soonest due first; `at` is the SQL for the instant they are
 * judged overdue at (the clock's, as a parameter). Shared by the loader and the agenda pack.
 */
export const mattersArisingSelect = (where: string, at = 'now()') => `SELECT ${columns(at)}, target.id AS "forMeetingId" FROM meeting target
    JOIN meeting earlier ON earlier.group_id = target.group_id AND earlier.starts_at < target.starts_at
    JOIN action_item a ON a.meeting_id = earlier.id
   WHERE ${where} AND a.status IN ('OPEN', 'IN_PROGRESS')
   ORDER BY a.due_date NULLS LAST, a.created_at`;

/** An action read as JSON (see `mattersArisingSelect`): its timestamp arrives as a string. */
export const actionFromJson = ({ forMeetingId: _, ...action }: ActionItemModel & { forMeetingId?: string }): ActionItemModel => ({ ...action, createdAt: new Date(action.createdAt) });

/** An action cannot fall due before the meeting that agreed it (London dates). */
function assertDueAfterMeeting(dueDate: string | null | undefined, meeting: { startsAt: Date | string }): void {
  if (!dueDate) return;
  const held = londonDate(meeting.startsAt);
  if (dueDate < held) throw badInput(`The due date is before the meeting that set the action (${held}). Choose that day or later.`, { field: 'dueDate' });
}

/** Readable groups, as SQL: the same rule as the policy layer's group.read, for whole lists. */
const READABLE_GROUP = `g.partnership_id = $1 AND ($2::boolean OR g.visibility <> 'PRIVATE' OR EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = g.id AND gm.person_id = $3))`;

/**
 * Actions agreed in minutes: owner, due date, status and a history of progress notes. Owners
 * update their own; the group's managers update any. Open actions reappear as matters arising.
 */
@Injectable()
export class ActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async add(actor: Actor, meetingId: string, input: ActionInput): Promise<ActionItemModel> {
    assertUuid(meetingId, 'meetingId');
    await this.access.assertAccess(actor, Permission.meetingManage, meetingId, 'Meeting');
    const title = input.title.trim();
    if (!title) throw badInput('Say what the action is.', { field: 'title' });
    const [meeting] = await rows<MeetingTimes & { groupId: string }>(this.db, `SELECT group_id AS "groupId", starts_at AS "startsAt", ends_at AS "endsAt", status FROM meeting WHERE id = $1`, [meetingId]);
    const { groupId } = meeting;
    assertNotCancelled(meeting, 'actions');
    assertDueAfterMeeting(input.dueDate, meeting);
    if (input.ownerPersonId) {
      assertUuid(input.ownerPersonId, 'ownerPersonId');
      // An owner who cannot read the group could never see or update their own action.
      const readers = await this.access.audience(Permission.groupRead, groupId, [input.ownerPersonId]);
      if (!readers.has(input.ownerPersonId)) throw badInput('The owner must be someone who can read this group: a member, or a coordinator.', { field: 'ownerPersonId' });
    }
    await assertOnAgenda(this.db, meetingId, [input.agendaItemId]);
    const [created] = await this.db.query(
      `INSERT INTO action_item (group_id, meeting_id, agenda_item_id, title, owner_person_id, due_date) VALUES ($1, $2, $3, $4, $5, $6::date) RETURNING id`,
      [groupId, meetingId, input.agendaItemId ?? null, title, input.ownerPersonId ?? null, input.dueDate ?? null],
    );
    return this.get(actor, created.id);
  }

  async get(actor: Actor, id: string): Promise<ActionItemModel> {
    assertUuid(id);
    await this.access.assertAccess(actor, Permission.actionRead, id, 'Action');
    const [action] = await rows<ActionItemModel>(this.db, `SELECT ${columns('$2')} FROM action_item a WHERE a.id = $1`, [id, this.clock.now()]);
    if (!action) throw notFound('Action');
    return action;
  }

  async update(actor: Actor, id: string, input: ActionUpdateInput): Promise<ActionItemModel> {
    assertUuid(id);
    const allowed = await this.access.requireAccess({ actor, permission: Permission.actionUpdate, ids: [id] });
    if (!allowed.has(id)) {
      // Readers who may not update are refused plainly; others learn nothing.
      await this.access.assertAccess(actor, Permission.actionRead, id, 'Action');
      throw badInput('Only the action’s owner or the group’s chair, secretary or coordinator can update it.');
    }
    if (input.ownerPersonId) await this.assertOwnerMayBe(actor, id, input.ownerPersonId);
    await this.db.transaction(async (m) => {
      const [before] = await rows<{ status: ActionStatus; meetingId: string; startsAt: Date }>(
        m,
        `SELECT a.status, a.meeting_id AS "meetingId", mt.starts_at AS "startsAt" FROM action_item a JOIN meeting mt ON mt.id = a.meeting_id WHERE a.id = $1 FOR UPDATE OF a`,
        [id],
      );
      if (!before) throw notFound('Action');
      assertDueAfterMeeting(input.dueDate, before);
      const [updated] = await rows<{ status: ActionStatus }>(
        m,
        `UPDATE action_item SET status = coalesce($2, status), due_date = coalesce($3::date, due_date), owner_person_id = coalesce($4, owner_person_id), updated_at = now() WHERE id = $1 RETURNING status`,
        [id, input.status ?? null, input.dueDate ?? null, input.ownerPersonId ?? null],
      );
      if (input.note || input.status) {
        await m.query(`INSERT INTO action_progress (action_id, person_id, status, note) VALUES ($1, $2, $3, $4)`, [id, actor.personId, updated.status, input.note?.trim() ?? '']);
      }
      if (updated.status !== before.status) {
        const detail = { from: before.status, to: updated.status, meetingId: before.meetingId };
        await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action: 'action.status-changed', subjectType: 'action', subjectId: id, detail }, m);
      }
    });
    return this.get(actor, id);
  }

  /** Handing an action on is for the group's managers, to someone who can read the group. */
  private async assertOwnerMayBe(actor: Actor, actionId: string, ownerPersonId: string): Promise<void> {
    assertUuid(ownerPersonId, 'ownerPersonId');
    const [{ groupId }] = await rows<{ groupId: string }>(this.db, `SELECT group_id AS "groupId" FROM action_item WHERE id = $1`, [actionId]);
    const managed = await this.access.requireAccess({ actor, permission: Permission.groupManage, ids: [groupId] });
    if (!managed.has(groupId)) throw badInput('Only the group’s chair, secretary or coordinator can give the action to someone else.', { field: 'ownerPersonId' });
    const readers = await this.access.audience(Permission.groupRead, groupId, [ownerPersonId]);
    if (!readers.has(ownerPersonId)) throw badInput('The owner must be someone who can read this group: a member, or a coordinator.', { field: 'ownerPersonId' });
  }

  /** Actions agreed at meetings the caller has already been allowed to read. */
  async byMeetingIds(meetingIds: readonly string[]): Promise<Map<string, ActionItemModel[]>> {
    const found: ActionItemModel[] = await this.db.query(`SELECT ${columns('$2')} FROM action_item a WHERE a.meeting_id = ANY($1::uuid[]) ORDER BY a.created_at`, [meetingIds.filter(isUuid), this.clock.now()]);
    return groupBy(found, (a) => a.meetingId);
  }

  /** The meetings actions and minutes belong to; callers have checked access to their children. */
  async meetingsByIds(ids: readonly string[]): Promise<(MeetingModel | null)[]> {
    const found: MeetingModel[] = await this.db.query(
      `SELECT id, title, starts_at AS "startsAt", ends_at AS "endsAt", time_zone AS "timeZone", location, online_url AS "onlineUrl", status,
              cancel_reason AS "cancelReason", move_reason AS "moveReason", moved, (occurrence_key IS NULL) AS "oneOff", group_id AS "groupId"
         FROM meeting WHERE id = ANY($1::uuid[])`,
      [ids.filter(isUuid)],
    );
    const byId = new Map(found.map((m) => [m.id, m]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Open actions from each meeting's earlier meetings in its group: its matters arising. */
  async mattersArising(meetingIds: readonly string[]): Promise<Map<string, ActionItemModel[]>> {
    const found: (ActionItemModel & { forMeetingId: string })[] = await this.db.query(mattersArisingSelect('target.id = ANY($1::uuid[])', '$2'), [meetingIds.filter(isUuid), this.clock.now()]);
    const grouped = new Map<string, ActionItemModel[]>();
    for (const { forMeetingId, ...action } of found) grouped.set(forMeetingId, [...(grouped.get(forMeetingId) ?? []), action]);
    return grouped;
  }

  async progress(actionIds: readonly string[]): Promise<Map<string, ActionProgressModel[]>> {
    const found: (ActionProgressModel & { actionId: string })[] = await this.db.query(
      `SELECT action_id AS "actionId", status, note, created_at AS "createdAt", person_id AS "personId" FROM action_progress WHERE action_id = ANY($1::uuid[]) ORDER BY created_at`,
      [actionIds.filter(isUuid)],
    );
    return groupBy(found, (p) => p.actionId);
  }

  /** The action log across meetings, newest due first, limited to groups the reader may read. */
  async log(actor: Actor, args: ActionLogArgs): Promise<Page<ActionItemModel>> {
    const cursor = decodeCursor(args.after);
    const found: ActionItemModel[] = await this.db.query(
      `SELECT ${columns('$11')} FROM action_item a JOIN "group" g ON g.id = a.group_id
        WHERE ${READABLE_GROUP}
          AND ($4::uuid IS NULL OR a.group_id = $4::uuid)
          AND ($5::uuid IS NULL OR a.owner_person_id = $5::uuid)
          AND ($6::text IS NULL OR a.status = $6)
          AND ($7::boolean IS NULL OR ${overdue('$11')} = $7::boolean)
          AND ($8::text IS NULL OR (a.created_at, a.id) < ($8::timestamptz, $9::uuid))
        ORDER BY a.created_at DESC, a.id DESC LIMIT $10`,
      [actor.partnershipId, isCoordinator(actor), actor.personId, args.groupId ?? null, args.ownerPersonId ?? null, args.status ?? null, args.overdue ?? null, cursor?.key ?? null, cursor?.id ?? null, args.first + 1, this.clock.now()],
    );
    return toPage(found, args.first, (a) => ({ key: new Date(a.createdAt).toISOString(), id: a.id }));
  }
}
