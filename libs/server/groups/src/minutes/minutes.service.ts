import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { renderMarkdown } from '@convene/markdown';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { assertUuid, groupBy, isUuid, rows } from '@convene/database';
import { badInput, conflict, notFound } from '@convene/errors';
import { WriteLimits } from '@convene/redis';
import { AgendaService } from '../agendas/agenda.service';
import { MinutesStatus } from '../enums';
import { assertMeetingNotCancelled, assertNotCancelled, hasStarted, type MeetingTimes } from '../meetings/time-rules';
import { assertOnAgenda } from './agenda-items';
import type { MinutesInput, MinutesItemNoteModel, MinutesModel, MinutesRevisionModel } from './minutes.models';

/** Minutes content as stored in jsonb (minutes.content and minutes_revision.content). */
interface MinutesContent {
  items?: Partial<MinutesItemNoteModel>[] | null;
  decisions?: (string | null)[] | null;
  attendanceNote?: string | null;
}

interface MinutesRow {
  id: string;
  meetingId: string;
  status: MinutesStatus;
  version: number;
  content: MinutesContent | null;
  circulatedAt: Date | null;
  approvedAt: Date | null;
  approvedByPersonId: string | null;
  approvedAtMeetingId: string | null;
  publishedAt: Date | null;
  partnershipId: string;
  groupId: string;
}

const COLUMNS = `mi.id, mi.meeting_id AS "meetingId", mi.status, mi.version, mi.content, mi.circulated_at AS "circulatedAt",
  mi.approved_at AS "approvedAt", mi.approved_by_person_id AS "approvedByPersonId", mi.approved_at_meeting_id AS "approvedAtMeetingId",
  mi.published_at AS "publishedAt", g.partnership_id AS "partnershipId", g.id AS "groupId"`;
const FROM = `minutes mi JOIN meeting m ON m.id = mi.meeting_id JOIN "group" g ON g.id = m.group_id`;

/** Stored content in the Minutes shapes; seeded or older rows may lack fields, never a non-null one. */
export function readContent(content: MinutesContent | null): Pick<MinutesModel, 'items' | 'decisions' | 'attendanceNote'> {
  return {
    items: (content?.items ?? []).map((i) => ({ agendaItemId: i?.agendaItemId ?? null, title: i?.title ?? '', notes: i?.notes ?? '', notesHtml: renderMarkdown(i?.notes ?? ''), redacted: Boolean(i?.redacted) })),
    decisions: (content?.decisions ?? []).filter((d): d is string => typeof d === 'string'),
    attendanceNote: content?.attendanceNote ?? null,
  };
}

/** Why a step of DRAFT → CIRCULATED → APPROVED → PUBLISHED cannot be taken now. */
function wrongStep(current: MinutesStatus, to: MinutesStatus): string {
  const order = [MinutesStatus.DRAFT, MinutesStatus.CIRCULATED, MinutesStatus.APPROVED, MinutesStatus.PUBLISHED];
  if (order.indexOf(current) >= order.indexOf(to)) {
    return current === to ? `These minutes have already been ${to.toLowerCase()}.` : `These minutes have already been ${to.toLowerCase()}: they are ${current.toLowerCase()} now.`;
  }
  if (to === MinutesStatus.APPROVED) return 'These minutes are still a draft. Circulate them to members before approving them.';
  return current === MinutesStatus.DRAFT
    ? 'These minutes are still a draft. Circulate them and have them approved at a later meeting before publishing them.'
    : 'These minutes are circulated for comment but not yet approved. Approve them at a later meeting before publishing them.';
}

export function toMinutes(row: MinutesRow): MinutesModel {
  return {
    id: row.id,
    meetingId: row.meetingId,
    status: row.status,
    version: row.version,
    ...readContent(row.content),
    circulatedAt: row.circulatedAt,
    approvedAt: row.approvedAt,
    publishedAt: row.publishedAt,
    approvedByPersonId: row.approvedByPersonId,
    approvedAtMeetingId: row.approvedAtMeetingId,
  };
}

/**
 * Minutes move DRAFT → CIRCULATED → APPROVED → PUBLISHED. Every save keeps a revision with its
 * author; circulating, approving and publishing are audited. Drafts are for the group's
 * managers (chair, secretary, coordinators); members see minutes from circulation on.
 */
@Injectable()
export class MinutesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly agendas: AgendaService,
    private readonly clock: Clock,
    private readonly limits: WriteLimits,
  ) {}

  /** Minutes of these meetings that the actor may see, keyed by meeting id (for DataLoader). */
  async byMeetingIds(actor: Actor, meetingIds: readonly string[]): Promise<(MinutesModel | null)[]> {
    const valid = meetingIds.filter(isUuid);
    const found: MinutesRow[] = valid.length ? await this.db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE mi.meeting_id = ANY($1::uuid[])`, [valid]) : [];
    const visible = await this.visible(actor, found);
    const byMeeting = new Map(found.filter((r) => visible.has(r.id)).map((r) => [r.meetingId, toMinutes(r)]));
    return meetingIds.map((id) => byMeeting.get(id) ?? null);
  }

  async get(actor: Actor, minutesId: string): Promise<MinutesRow> {
    assertUuid(minutesId, 'minutesId');
    const [row]: MinutesRow[] = await this.db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE mi.id = $1`, [minutesId]);
    if (!row || !(await this.visible(actor, [row])).has(row.id)) throw notFound('Minutes');
    return row;
  }

  /** Drafts only for managers; the rest for readers of the meeting. */
  private async visible(actor: Actor, found: MinutesRow[]): Promise<Set<string>> {
    if (found.length === 0) return new Set();
    const ids = found.map((r) => r.id);
    const [readable, manageable] = await Promise.all([
      this.access.requireAccess({ actor, permission: Permission.minutesRead, ids }),
      this.access.requireAccess({ actor, permission: Permission.minutesManage, ids }),
    ]);
    return new Set(found.filter((r) => manageable.has(r.id) || (readable.has(r.id) && r.status !== MinutesStatus.DRAFT)).map((r) => r.id));
  }

  async start(actor: Actor, meetingId: string): Promise<MinutesModel> {
    assertUuid(meetingId, 'meetingId');
    await this.access.assertAccess(actor, Permission.meetingManage, meetingId, 'Meeting');
    await assertMeetingNotCancelled(this.db, meetingId, 'minutes');
    // Standing items are written on the agenda's first read, which may not have happened yet.
    await this.agendas.ensureFromTemplate([meetingId]);
    const items: { id: string; title: string }[] = await this.db.query(
      `SELECT id, title FROM agenda_item WHERE meeting_id = $1 AND status = 'ACCEPTED' ORDER BY position`,
      [meetingId],
    );
    const content = { items: items.map((i) => ({ agendaItemId: i.id, title: i.title, notes: '', redacted: false })), decisions: [], attendanceNote: null };
    await this.db.transaction(async (m) => {
      const [created] = await rows<{ id: string }>(m, `INSERT INTO minutes (meeting_id, content) VALUES ($1, $2) ON CONFLICT (meeting_id) DO NOTHING RETURNING id`, [meetingId, JSON.stringify(content)]);
      if (created) await this.revise(m, created.id, 1, MinutesStatus.DRAFT, content, actor);
    });
    const [minutes] = await this.byMeetingIds(actor, [meetingId]);
    if (!minutes) throw notFound('Minutes');
    return minutes;
  }

  async update(actor: Actor, minutesId: string, input: MinutesInput): Promise<MinutesModel> {
    const row = await this.managed(actor, minutesId);
    await assertMeetingNotCancelled(this.db, row.meetingId, 'minutes');
    if (row.status !== MinutesStatus.DRAFT && row.status !== MinutesStatus.CIRCULATED) {
      throw conflict(`These minutes are ${row.status.toLowerCase()}, so they can no longer be edited. Record corrections in the next meeting’s minutes.`);
    }
    const items = input.items.map((i) => ({ agendaItemId: i.agendaItemId ?? null, title: i.title.trim(), notes: i.notes, redacted: i.redacted }));
    if (items.some((i) => !i.title)) throw badInput('Every note needs a title.', { field: 'title' });
    await assertOnAgenda(this.db, row.meetingId, items.map((i) => i.agendaItemId));
    const content = { items, decisions: input.decisions, attendanceNote: input.attendanceNote ?? null };
    await this.db.transaction(async (m) => {
      const [next] = await rows<{ version: number; status: MinutesStatus }>(
        m,
        `UPDATE minutes SET content = $2, version = version + 1, updated_at = now() WHERE id = $1 AND status IN ('DRAFT', 'CIRCULATED') RETURNING version, status`,
        [minutesId, JSON.stringify(content)],
      );
      if (!next) throw conflict('These minutes were approved while you were editing them, so they can no longer be edited.');
      await this.revise(m, minutesId, next.version, next.status, content, actor);
    });
    return toMinutes(await this.get(actor, minutesId));
  }

  async circulate(actor: Actor, minutesId: string): Promise<MinutesModel> {
    return this.transition(actor, minutesId, MinutesStatus.DRAFT, MinutesStatus.CIRCULATED, 'minutes.circulated', `circulated_at = $3`, [this.clock.now()]);
  }

  /**
   * Approval is recorded at a later meeting of the same group that has started, or as a decision
   * taken on a date (by email, say) that has come and is not before the meeting: who, when, where.
   */
  async approve(actor: Actor, minutesId: string, by: { atMeetingId?: string | null; decidedAt?: Date | null }): Promise<MinutesModel> {
    const { atMeetingId, decidedAt } = by;
    if (atMeetingId && decidedAt) throw badInput('Give either the meeting that approved the minutes or the date of the decision, not both.', { field: 'decidedAt' });
    if (!atMeetingId && !decidedAt) throw badInput('Say at which meeting the minutes were approved, or on what date the decision was made.', { field: 'atMeetingId' });
    if (atMeetingId) assertUuid(atMeetingId, 'atMeetingId');
    const row = await this.managed(actor, minutesId);
    if (row.status !== MinutesStatus.CIRCULATED) throw conflict(wrongStep(row.status, MinutesStatus.APPROVED));
    const now = this.clock.now();
    const [own]: MeetingTimes[] = await this.db.query(`SELECT starts_at AS "startsAt", ends_at AS "endsAt", status FROM meeting WHERE id = $1`, [row.meetingId]);
    if (decidedAt) {
      if (decidedAt.getTime() > now.getTime()) throw badInput('The decision date is in the future. Record the approval once it has been decided.', { field: 'decidedAt' });
      if (decidedAt.getTime() < new Date(own.startsAt).getTime()) throw badInput('The decision date is before the meeting these minutes record.', { field: 'decidedAt' });
      return this.transition(actor, minutesId, MinutesStatus.CIRCULATED, MinutesStatus.APPROVED, 'minutes.approved', `approved_at = $4, approved_by_person_id = $3, approved_at_meeting_id = NULL`, [actor.personId, decidedAt]);
    }
    const [later]: MeetingTimes[] = await this.db.query(
      `SELECT b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.status FROM meeting a JOIN meeting b ON b.group_id = a.group_id WHERE a.id = $1 AND b.id = $2 AND b.starts_at > a.starts_at`,
      [row.meetingId, atMeetingId],
    );
    if (!later) throw badInput('Minutes are approved at a later meeting of the same group.', { field: 'atMeetingId' });
    assertNotCancelled(later, 'approvals', 'atMeetingId');
    if (!hasStarted(later, now)) throw conflict('That meeting has not started yet. Approve the minutes once it is under way.', { field: 'atMeetingId' });
    return this.transition(actor, minutesId, MinutesStatus.CIRCULATED, MinutesStatus.APPROVED, 'minutes.approved', `approved_at = $5, approved_by_person_id = $3, approved_at_meeting_id = $4`, [actor.personId, atMeetingId, now]);
  }

  async publish(actor: Actor, minutesId: string): Promise<MinutesModel> {
    return this.transition(actor, minutesId, MinutesStatus.APPROVED, MinutesStatus.PUBLISHED, 'minutes.published', `published_at = $3`, [this.clock.now()]);
  }

  /** Members comment while minutes are circulated, MINUTES_COMMENTS_PER_MINUTE at most. */
  async comment(actor: Actor, minutesId: string, body: string, agendaItemId?: string | null): Promise<{ id: string; body: string; agendaItemId: string | null; createdAt: Date; personId: string }> {
    const row = await this.get(actor, minutesId);
    const allowed = await this.access.requireAccess({ actor, permission: Permission.minutesContribute, ids: [minutesId] });
    if (!allowed.has(minutesId)) throw badInput('Only members of the group can comment on minutes.');
    if (row.status !== MinutesStatus.CIRCULATED) {
      throw conflict(`Comments are open only while minutes are circulated; these minutes are ${row.status.toLowerCase()}.`);
    }
    if (!body.trim()) throw badInput('Write a comment first.', { field: 'body' });
    await assertOnAgenda(this.db, row.meetingId, [agendaItemId]);
    await this.limits.consume('minutes-comment', actor.personId);
    const [created] = await this.db.query(
      `INSERT INTO minutes_comment (minutes_id, person_id, agenda_item_id, body) VALUES ($1, $2, $3, $4) RETURNING id, body, agenda_item_id AS "agendaItemId", created_at AS "createdAt", person_id AS "personId"`,
      [minutesId, actor.personId, agendaItemId ?? null, body.trim()],
    );
    return created;
  }

  async comments(minutesIds: readonly string[]): Promise<Map<string, { id: string; body: string; agendaItemId: string | null; createdAt: Date; personId: string | null }[]>> {
    const found: { minutesId: string; id: string; body: string; agendaItemId: string | null; createdAt: Date; personId: string | null }[] = await this.db.query(
      `SELECT minutes_id AS "minutesId", id, body, agenda_item_id AS "agendaItemId", created_at AS "createdAt", person_id AS "personId" FROM minutes_comment WHERE minutes_id = ANY($1::uuid[]) ORDER BY created_at`,
      [minutesIds],
    );
    return groupBy(found, (c) => c.minutesId);
  }

  /**
   * Saved versions, keyed by minutes id. Managers see them all; other readers see the versions
   * saved from circulation on, which they could read at the time, and never the drafts.
   */
  async revisions(actor: Actor, minutesIds: readonly string[]): Promise<Map<string, MinutesRevisionModel[]>> {
    const ids = minutesIds.filter(isUuid);
    if (!ids.length) return new Map();
    const [readable, managed] = await Promise.all([
      this.access.requireAccess({ actor, permission: Permission.minutesRead, ids }),
      this.access.requireAccess({ actor, permission: Permission.minutesManage, ids }),
    ]);
    if (!readable.size) return new Map();
    const found: (Omit<MinutesRevisionModel, 'items' | 'decisions' | 'attendanceNote'> & { content: MinutesContent | null })[] = await this.db.query(
      `SELECT minutes_id AS "minutesId", version, status, content, created_at AS "createdAt", author_person_id AS "authorPersonId"
         FROM minutes_revision WHERE minutes_id = ANY($1::uuid[]) AND (minutes_id = ANY($2::uuid[]) OR status <> 'DRAFT') ORDER BY version`,
      [[...readable], [...managed]],
    );
    return groupBy(
      found.map(({ content, ...revision }) => ({ ...revision, ...readContent(content) })),
      (r) => r.minutesId,
    );
  }

  private async managed(actor: Actor, minutesId: string): Promise<MinutesRow> {
    const row = await this.get(actor, minutesId);
    const allowed = await this.access.requireAccess({ actor, permission: Permission.minutesManage, ids: [minutesId] });
    if (!allowed.has(minutesId)) throw notFound('Minutes');
    return row;
  }

  private async transition(actor: Actor, minutesId: string, from: MinutesStatus, to: MinutesStatus, action: string, set: string, extra: unknown[] = []): Promise<MinutesModel> {
    const row = await this.managed(actor, minutesId);
    if (row.status !== from) throw conflict(wrongStep(row.status, to));
    await this.db.transaction(async (m) => {
      const [moved] = await rows<{ version: number; content: MinutesRow['content'] }>(
        m,
        `UPDATE minutes SET status = '${to}', ${set}, version = version + 1, updated_at = now() WHERE id = $1 AND status = $2 RETURNING version, content`,
        [minutesId, from, ...extra],
      );
      // Someone else took a step in between.
      if (!moved) throw conflict(wrongStep((await this.get(actor, minutesId)).status, to));
      await this.revise(m, minutesId, moved.version, to, moved.content, actor);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action, subjectType: 'minutes', subjectId: minutesId, detail: { meetingId: row.meetingId } }, m);
    });
    return toMinutes(await this.get(actor, minutesId));
  }

  private async revise(m: EntityManager, minutesId: string, version: number, status: MinutesStatus, content: unknown, actor: Actor): Promise<void> {
    await m.query(`INSERT INTO minutes_revision (minutes_id, version, status, content, author_person_id) VALUES ($1, $2, $3, $4, $5)`, [
      minutesId,
      version,
      status,
      JSON.stringify(content),
      actor.personId,
    ]);
  }
}
