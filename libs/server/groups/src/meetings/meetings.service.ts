import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { Clock } from '@convene/clock';
import { assertUuid, groupBy, isUuid, rows } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { AttendanceStatus } from '../enums';
import type { AttendanceModel, MeetingModel } from '../models';
import { occurrences } from './cadence';
import { assertSingleLine } from './single-line';
import { acceptsAttendance, acceptsReplies, assertAhead, assertNotCancelled, hasEnded, hasStarted } from './time-rules';

export const MEETING_COLUMNS = `m.id, m.title, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.time_zone AS "timeZone", m.location,
  m.online_url AS "onlineUrl", m.status, m.cancel_reason AS "cancelReason", m.move_reason AS "moveReason", m.moved, (m.occurrence_key IS NULL) AS "oneOff", m.group_id AS "groupId"`;

/**
 * Everyone in the group of each meeting `where` picks (alias `m`), with what they said or did;
 * members without a row are INVITED. Shared by the attendance loader and the agenda pack.
 */
export const attendanceSelect = (where: string) => `SELECT coalesce(a.id, gm.id) AS id, m.id AS "meetingId", gm.person_id AS "personId", coalesce(a.status, 'INVITED') AS status, a.note
    FROM meeting m JOIN group_member gm ON gm.group_id = m.group_id
    LEFT JOIN attendance a ON a.meeting_id = m.id AND a.person_id = gm.person_id
   WHERE ${where} ORDER BY gm.created_at`;

/** How far ahead meetings are materialised from a group's cadence: coordinators plan the year. */
export const HORIZON_MONTHS = 12;

export interface Quorum {
  required: number | null;
  expected: number;
  present: number;
  met: boolean | null;
}

/**
 * Meetings: occurrences of a group's cadence, materialised ahead of time, or one-offs. One
 * occurrence can be moved or cancelled; its occurrence key keeps it in the series, so
 * materialising again never recreates or duplicates it.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async byIds(actor: Actor, ids: readonly string[]): Promise<(MeetingModel | null)[]> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.meetingRead, ids: ids.filter(isUuid) });
    const found: MeetingModel[] = allowed.size ? await this.db.query(`SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.id = ANY($1::uuid[])`, [[...allowed]]) : [];
    const byId = new Map(found.map((m) => [m.id, m]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async get(actor: Actor, id: string): Promise<MeetingModel> {
    assertUuid(id);
    const [meeting] = await this.byIds(actor, [id]);
    if (!meeting) throw notFound('Meeting');
    return meeting;
  }

  /** Meetings of groups already checked readable, in a time window, oldest first. */
  async ofGroups(groupIds: readonly string[], from: Date, until: Date): Promise<Map<string, MeetingModel[]>> {
    const found: MeetingModel[] = await this.db.query(
      `SELECT ${MEETING_COLUMNS} FROM meeting m WHERE m.group_id = ANY($1::uuid[]) AND m.starts_at >= $2 AND m.starts_at < $3 ORDER BY m.starts_at`,
      [groupIds, from, until],
    );
    return groupBy(found, (m) => m.groupId);
  }

  /** The reader's next meetings across every group they belong to. */
  async upcomingForPerson(actor: Actor, first: number): Promise<MeetingModel[]> {
    return this.db.query(
      `SELECT ${MEETING_COLUMNS} FROM meeting m JOIN group_member gm ON gm.group_id = m.group_id AND gm.person_id = $1
        WHERE m.ends_at > $3 AND m.status = 'SCHEDULED' ORDER BY m.starts_at LIMIT $2`,
      [actor.personId, first, this.clock.now()],
    );
  }

  /** Inserts the cadence's occurrences up to the horizon; cancels future ones the cadence no longer has. */
  async materialise(groupId: string, manager: EntityManager = this.db.manager, now = this.clock.now()): Promise<number> {
    const [group] = await manager.query(
      `SELECT name, cadence_rrule AS cadence, cadence_start AS "cadenceStart", meeting_duration_minutes AS duration, default_location AS location, default_online_url AS "onlineUrl" FROM "group" WHERE id = $1`,
      [groupId],
    );
    if (!group?.cadence || !group.cadenceStart) {
      await manager.query(`UPDATE "group" SET planned_until = NULL WHERE id = $1 AND planned_until IS NOT NULL`, [groupId]);
      return 0;
    }
    // A year from now, or from the first meeting when the cadence starts later than that.
    const until = new Date(Math.max(now.getTime(), new Date(group.cadenceStart).getTime()));
    until.setMonth(until.getMonth() + HORIZON_MONTHS);
    // Written when it moves by a day or more, not on every tick; it never overstates what exists.
    await manager.query(`UPDATE "group" SET planned_until = $2 WHERE id = $1 AND (planned_until IS NULL OR planned_until > $2 OR planned_until < $2::timestamptz - interval '1 day')`, [
      groupId,
      until,
    ]);
    const due = occurrences(group.cadence, group.cadenceStart, now, until);
    let created = 0;
    for (const o of due) {
      const inserted = await manager.query(
        `INSERT INTO meeting (group_id, title, starts_at, ends_at, location, online_url, occurrence_key)
         VALUES ($1, $2, $3, $3::timestamptz + make_interval(mins => $4), $5, $6, $7)
         ON CONFLICT (group_id, occurrence_key) DO NOTHING RETURNING id`,
        [groupId, group.name, o.startsAt, group.duration, group.location, group.onlineUrl, o.key],
      );
      created += inserted.length;
    }
    await manager.query(
      `UPDATE meeting SET status = 'CANCELLED', cancel_reason = 'The group’s cadence changed.', sequence = sequence + 1, updated_at = now(),
              -- Members hear of it by email only if its agenda pack reached them; calendars see it anyway.
              notify_sequence = CASE WHEN EXISTS (SELECT 1 FROM delivery d WHERE d.purpose_key = 'agenda-pack:' || meeting.id AND d.status = 'SENT') THEN sequence + 1 END
        WHERE group_id = $1 AND starts_at > $2 AND occurrence_key IS NOT NULL AND NOT moved AND status = 'SCHEDULED' AND NOT (occurrence_key = ANY($3::text[]))`,
      [groupId, now, due.map((o) => o.key)],
    );
    return created;
  }

  /** For the worker's tick: keeps every group's next months materialised. */
  async materialiseAll(now = this.clock.now()): Promise<number> {
    const groups: { id: string }[] = await this.db.query(`SELECT id FROM "group" WHERE cadence_rrule IS NOT NULL AND archived_at IS NULL`);
    let created = 0;
    for (const g of groups) created += await this.materialise(g.id, this.db.manager, now);
    return created;
  }

  /**
   * A place or link left out (undefined) takes the group's default; one given is used as it is,
   * and null means none: `location: "Library", onlineUrl: null` has no online link.
   */
  async scheduleOneOff(
    actor: Actor,
    groupId: string,
    input: { title: string; startsAt: Date; endsAt?: Date | null; location?: string | null; onlineUrl?: string | null; recordPast?: boolean | null },
  ): Promise<MeetingModel> {
    assertUuid(groupId, 'groupId');
    await this.access.assertAccess(actor, Permission.groupManage, groupId, 'Group');
    assertSingleLine(input.title, 'title', 'The meeting’s title');
    if (!input.title.trim()) throw badInput('Give the meeting a title.', { field: 'title' });
    const endsAt = input.endsAt ?? new Date(input.startsAt.getTime() + 2 * 3600_000);
    if (endsAt <= input.startsAt) throw badInput('The meeting must end after it starts.', { field: 'endsAt' });
    assertAhead(input.startsAt, this.clock.now(), input.recordPast);
    const given = (value: string | null | undefined) => (value === undefined ? null : value?.trim() || null);
    const [created] = await this.db.query(
      `INSERT INTO meeting (group_id, title, starts_at, ends_at, location, online_url)
       SELECT id, $2, $3, $4, CASE WHEN $7::boolean THEN default_location ELSE $5 END, CASE WHEN $8::boolean THEN default_online_url ELSE $6 END
         FROM "group" WHERE id = $1 RETURNING id`,
      [groupId, input.title.trim(), input.startsAt, endsAt, given(input.location), given(input.onlineUrl), input.location === undefined, input.onlineUrl === undefined],
    );
    return this.get(actor, created.id);
  }

  /**
   * A move bumps the meeting's calendar sequence; the worker then emails members the new time
   * with an updated calendar entry. A move recorded as past (`recordPast`) tells no one.
   */
  async move(
    actor: Actor,
    id: string,
    input: { startsAt: Date; endsAt?: Date | null; location?: string | null; onlineUrl?: string | null; reason?: string | null; recordPast?: boolean | null },
  ): Promise<MeetingModel> {
    const meeting = await this.managed(actor, id);
    const length = new Date(meeting.endsAt).getTime() - new Date(meeting.startsAt).getTime();
    const endsAt = input.endsAt ?? new Date(input.startsAt.getTime() + length);
    if (endsAt <= input.startsAt) throw badInput('The meeting must end after it starts.', { field: 'endsAt' });
    assertAhead(input.startsAt, this.clock.now(), input.recordPast);
    const reason = input.reason?.trim() || null;
    if (!reason && !input.recordPast) throw badInput('Say why the meeting is moving, for the people invited.', { field: 'reason' });
    await this.db.query(
      `UPDATE meeting SET starts_at = $2, ends_at = $3, location = coalesce($4, location), online_url = coalesce($5, online_url), moved = true, status = 'SCHEDULED',
              cancel_reason = NULL, move_reason = $6, sequence = sequence + 1, notify_sequence = CASE WHEN $7::boolean THEN NULL ELSE sequence + 1 END, updated_at = now() WHERE id = $1`,
      [id, input.startsAt, endsAt, input.location ?? null, input.onlineUrl ?? null, reason, Boolean(input.recordPast)],
    );
    return this.get(actor, id);
  }

  /**
   * Marked, not deleted: the occurrence keeps its key, so materialising never recreates it (the
   * insert does nothing on that key) nor reopens it (only SCHEDULED rows are touched); `moved`
   * stays as it was. Moving a cancelled meeting reschedules it.
   */
  async cancel(actor: Actor, id: string, reason: string): Promise<MeetingModel> {
    const meeting = await this.managed(actor, id);
    if (!reason.trim()) throw badInput('Say why the meeting is cancelled, for the people invited.', { field: 'reason' });
    if (hasEnded(meeting, this.clock.now())) throw conflict('This meeting has already taken place, so it cannot be cancelled.', { field: 'id' });
    const cancelled = await rows(
      this.db,
      `UPDATE meeting SET status = 'CANCELLED', cancel_reason = $2, sequence = sequence + 1, notify_sequence = sequence + 1, updated_at = now() WHERE id = $1 AND status = 'SCHEDULED' RETURNING id`,
      [id, reason.trim()],
    );
    if (!cancelled.length) throw conflict('This meeting is already cancelled. Move it to reschedule it.', { field: 'id' });
    return this.get(actor, id);
  }

  /** Everyone in the group, with what they said or did; members without a row are INVITED. */
  async attendance(meetingIds: readonly string[]): Promise<Map<string, AttendanceModel[]>> {
    const found: AttendanceModel[] = await this.db.query(attendanceSelect('m.id = ANY($1::uuid[])'), [meetingIds.filter(isUuid)]);
    return groupBy(found, (a) => a.meetingId);
  }

  /** Your own answer: accepted, or apologies with a note. Observers may send apologies too. */
  async respond(actor: Actor, meetingId: string, status: AttendanceStatus.ACCEPTED | AttendanceStatus.APOLOGIES, note?: string | null): Promise<void> {
    await this.assertCanRespond(actor, meetingId);
    await this.record(meetingId, actor.personId, status, note ?? null);
  }

  /**
   * `respond` for a caller that writes the answer in one statement with a row of its own (an email
   * reply, claimed once per message as it is recorded): the same checks now, and the answer's
   * upsert to run as a part of that statement, writing once for each row of `rows` (a CTE's name).
   */
  async prepareResponse(
    actor: Actor,
    meetingId: string,
    status: AttendanceStatus.ACCEPTED | AttendanceStatus.APOLOGIES,
    note: string | null,
  ): Promise<(param: (value: unknown) => string, rows: string) => string> {
    await this.assertCanRespond(actor, meetingId);
    return (param, rows) =>
      `INSERT INTO attendance (meeting_id, person_id, status, note)
       SELECT ${param(meetingId)}::uuid, ${param(actor.personId)}::uuid, ${param(status)}::text, ${param(note)}::text FROM ${rows}
       ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note, updated_at = now()`;
  }

  /** Members may answer a meeting they can read, unless it is cancelled or over (the time rules). */
  private async assertCanRespond(actor: Actor, meetingId: string): Promise<void> {
    assertUuid(meetingId);
    await this.access.assertAccess(actor, Permission.meetingRead, meetingId, 'Meeting');
    // The meeting and whether the actor is in its group, in one read.
    const [found]: (MeetingModel & { isMember: boolean })[] = await this.db.query(
      `SELECT ${MEETING_COLUMNS}, EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = m.group_id AND gm.person_id = $2) AS "isMember" FROM meeting m WHERE m.id = $1`,
      [meetingId, actor.personId],
    );
    if (!found) throw notFound('Meeting');
    const { isMember, ...meeting } = found;
    if (!isMember) throw badInput('Only members of the group can reply to its meetings.');
    assertNotCancelled(meeting, 'replies');
    if (!acceptsReplies(meeting, this.clock.now())) throw conflict('This meeting has ended, so it no longer takes replies.', { field: 'meetingId' });
  }

  async recordAttendance(actor: Actor, meetingId: string, personId: string, status: AttendanceStatus, note?: string | null): Promise<void> {
    assertUuid(personId, 'personId');
    const meeting = await this.managed(actor, meetingId);
    const [member] = await this.db.query(`SELECT 1 FROM group_member WHERE group_id = $1 AND person_id = $2`, [meeting.groupId, personId]);
    if (!member) throw badInput('That person is not a member of the group.', { field: 'personId' });
    assertNotCancelled(meeting, 'attendance');
    if (status === AttendanceStatus.ATTENDED && !acceptsAttendance(meeting, this.clock.now())) {
      throw conflict('This meeting has not started yet, so no one can be recorded as attended.', { field: 'status' });
    }
    await this.record(meetingId, personId, status, note ?? null);
  }

  private async record(meetingId: string, personId: string, status: AttendanceStatus, note: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO attendance (meeting_id, person_id, status, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note, updated_at = now()`,
      [meetingId, personId, status, note],
    );
  }

  /**
   * Quorum from the group's approved terms of reference. Observers do not count towards it;
   * someone who has since left the group still counts for the meetings they came to.
   */
  async quorum(meetingIds: readonly string[]): Promise<Map<string, Quorum>> {
    const found: { meetingId: string; required: number | null; expected: number; present: number }[] = await rows(
      this.db,
      `SELECT m.id AS "meetingId", t.quorum AS required,
              count(a.id) FILTER (WHERE a.status IN ('ACCEPTED', 'ATTENDED') AND gm.role IS DISTINCT FROM 'OBSERVER')::int AS expected,
              count(a.id) FILTER (WHERE a.status = 'ATTENDED' AND gm.role IS DISTINCT FROM 'OBSERVER')::int AS present
         FROM meeting m
         LEFT JOIN terms_of_reference t ON t.group_id = m.group_id AND t.status = 'APPROVED'
         LEFT JOIN attendance a ON a.meeting_id = m.id
         LEFT JOIN group_member gm ON gm.group_id = m.group_id AND gm.person_id = a.person_id
        WHERE m.id = ANY($1::uuid[]) GROUP BY m.id, t.quorum`,
      [meetingIds.filter(isUuid)],
    );
    return new Map(found.map((q) => [q.meetingId, { ...q, met: q.required === null ? null : q.present >= q.required }]));
  }

  /** What the client shows from the time rules, so it never works them out itself. */
  timeFacts(meeting: MeetingModel): { isPast: boolean; hasStarted: boolean; acceptsReplies: boolean; acceptsAttendance: boolean } {
    const now = this.clock.now();
    return { isPast: hasEnded(meeting, now), hasStarted: hasStarted(meeting, now), acceptsReplies: acceptsReplies(meeting, now), acceptsAttendance: acceptsAttendance(meeting, now) };
  }

  private async managed(actor: Actor, id: string): Promise<MeetingModel> {
    const meeting = await this.get(actor, id);
    const allowed = await this.access.requireAccess({ actor, permission: Permission.meetingManage, ids: [id] });
    if (!allowed.has(id)) throw notFound('Meeting');
    return meeting;
  }
}
