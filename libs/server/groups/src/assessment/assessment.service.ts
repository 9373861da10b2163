import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { Clock } from '@convene/clock';
import { assertUuid, groupBy, isUuid } from '@convene/database';
import { badInput, notFound } from '@convene/errors';
import type { Rating } from '../enums';
import { assertMeetingNotCancelled } from '../meetings/time-rules';
import type { AssessmentCurationInput, AssessmentEntryInput, AssessmentEntryModel, AssessmentThemeRowModel } from './assessment.models';

const ENTRY = `e.id, e.meeting_id AS "meetingId", e.theme, e.kind, e.rating, e.direction, e.summary, e.evidence, e.source, e.status,
  (e.carried_from_id IS NOT NULL) AS "carriedForward", e.contributed_by_person_id AS "contributedByPersonId"`;
/**
 * The entries a reader sees, red first: included entries; every entry where `manages` holds;
 * and the reader's own (`person`). `where` picks the meetings. Shared by the assessment loader
 * and the agenda pack's single statement.
 */
export const assessmentEntriesSelect = (where: string, manages: string, person: string) =>
  `SELECT ${ENTRY} FROM assessment_entry e WHERE ${where} AND (e.status = 'INCLUDED' OR ${manages} OR e.contributed_by_person_id = ${person})
    ORDER BY CASE e.rating WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 ELSE 2 END, e.theme, e.created_at`;

const SEVERITY: Record<Rating, number> = { RED: 3, AMBER: 2, GREEN: 1 };

/** How many assessed meetings `assessmentComparison` compares at most. */
export const COMPARISON_MAX_MEETINGS = 24;

/** Lengths are checked after trimming, so padding cannot pass for a theme or a summary. */
function trimmed(value: string, field: string, min: number, max: number, what: string): string {
  const text = value.trim();
  if (text.length < min || text.length > max) throw badInput(`${what} must be ${min} to ${max} characters.`, { field });
  return text;
}

/**
 * The sector activity assessment in every agenda pack: members contribute entries before the
 * deadline; the chair, secretary or coordinator curate them (include, exclude, edit).
 */
@Injectable()
export class AssessmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** Readers see included entries and their own; managers see everything submitted. */
  async entries(actor: Actor, meetingIds: readonly string[]): Promise<Map<string, AssessmentEntryModel[]>> {
    const readable = [...(await this.access.requireAccess({ actor, permission: Permission.meetingRead, ids: meetingIds }))];
    if (!readable.length) return new Map();
    const managed = await this.access.requireAccess({ actor, permission: Permission.meetingManage, ids: readable });
    const found: AssessmentEntryModel[] = await this.db.query(assessmentEntriesSelect('e.meeting_id = ANY($1::uuid[])', 'e.meeting_id = ANY($2::uuid[])', '$3'), [
      readable,
      [...managed],
      actor.personId,
    ]);
    return groupBy(found, (e) => e.meetingId);
  }

  async contribute(actor: Actor, meetingId: string, input: AssessmentEntryInput): Promise<AssessmentEntryModel> {
    assertUuid(meetingId, 'meetingId');
    await this.access.assertAccess(actor, Permission.meetingRead, meetingId, 'Meeting');
    const [contribute, manage] = await Promise.all([
      this.access.requireAccess({ actor, permission: Permission.meetingContribute, ids: [meetingId] }),
      this.access.requireAccess({ actor, permission: Permission.meetingManage, ids: [meetingId] }),
    ]);
    if (!contribute.has(meetingId)) throw badInput('Only members of the group can contribute to the assessment.');
    await assertMeetingNotCancelled(this.db, meetingId, 'assessment entries');
    const [{ open }] = await this.db.query(
      `SELECT (m.starts_at - make_interval(days => g.submission_deadline_days)) > $2 AS open FROM meeting m JOIN "group" g ON g.id = m.group_id WHERE m.id = $1`,
      [meetingId, this.clock.now()],
    );
    if (!open && !manage.has(meetingId)) throw badInput('Contributions to this assessment have closed. Send it to the coordinator instead.', { field: 'meetingId' });
    const theme = trimmed(input.theme, 'theme', 2, 60, 'The theme').toLowerCase();
    const summary = trimmed(input.summary, 'summary', 1, 1000, 'The summary');
    const [created] = await this.db.query(
      `INSERT INTO assessment_entry (meeting_id, theme, kind, rating, direction, summary, evidence, source, status, contributed_by_person_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [meetingId, theme, input.kind, input.rating, input.direction, summary, input.evidence ?? '', input.source ?? '', manage.has(meetingId) ? 'INCLUDED' : 'SUBMITTED', actor.personId],
    );
    return this.entry(created.id);
  }

  async curate(actor: Actor, entryId: string, input: AssessmentCurationInput): Promise<AssessmentEntryModel> {
    assertUuid(entryId, 'entryId');
    const allowed = await this.access.requireAccess({ actor, permission: Permission.assessmentEntryManage, ids: [entryId] });
    if (!allowed.has(entryId)) throw notFound('Assessment entry');
    const summary = input.summary == null ? null : trimmed(input.summary, 'summary', 1, 1000, 'The summary');
    await this.db.query(
      `UPDATE assessment_entry SET status = coalesce($2, status), rating = coalesce($3, rating), direction = coalesce($4, direction),
         summary = coalesce($5, summary), evidence = coalesce($6, evidence), updated_at = now() WHERE id = $1`,
      [entryId, input.status ?? null, input.rating ?? null, input.direction ?? null, summary, input.evidence ?? null],
    );
    return this.entry(entryId);
  }

  /**
   * Copies the previous meeting's included entries as this meeting's starting draft (once),
   * crediting their original contributors. Once by the unique (meeting, carried-from) index.
   */
  async carryForward(actor: Actor, meetingId: string): Promise<number> {
    assertUuid(meetingId, 'meetingId');
    const allowed = await this.access.requireAccess({ actor, permission: Permission.meetingManage, ids: [meetingId] });
    if (!allowed.has(meetingId)) throw notFound('Meeting');
    const copied = await this.db.query(
      `INSERT INTO assessment_entry (meeting_id, theme, kind, rating, direction, summary, evidence, source, status, contributed_by_person_id, carried_from_id)
       SELECT $1, e.theme, e.kind, e.rating, e.direction, e.summary, e.evidence, e.source, 'INCLUDED', e.contributed_by_person_id, e.id
         FROM assessment_entry e
        WHERE e.status = 'INCLUDED' AND e.meeting_id = (
                SELECT prev.id FROM meeting cur JOIN meeting prev ON prev.group_id = cur.group_id AND prev.starts_at < cur.starts_at
                 WHERE cur.id = $1 AND prev.status = 'SCHEDULED' AND EXISTS (SELECT 1 FROM assessment_entry x WHERE x.meeting_id = prev.id)
                 ORDER BY prev.starts_at DESC LIMIT 1)
       ON CONFLICT (meeting_id, carried_from_id) WHERE carried_from_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [meetingId],
    );
    return copied.length;
  }

  /** Themes × the group's last N meetings that have an assessment: the worst included rating. */
  async comparison(actor: Actor, groupId: string, lastN: number): Promise<AssessmentThemeRowModel[]> {
    assertUuid(groupId, 'groupId');
    if (!Number.isInteger(lastN) || lastN < 1 || lastN > COMPARISON_MAX_MEETINGS) {
      throw badInput(`lastN must be between 1 and ${COMPARISON_MAX_MEETINGS} meetings.`, { field: 'lastN' });
    }
    await this.access.assertAccess(actor, Permission.groupRead, groupId, 'Group');
    const meetings: { id: string; startsAt: Date }[] = await this.db.query(
      `SELECT id, starts_at AS "startsAt" FROM (
         SELECT m.id, m.starts_at FROM meeting m WHERE m.group_id = $1 AND EXISTS (SELECT 1 FROM assessment_entry e WHERE e.meeting_id = m.id AND e.status = 'INCLUDED')
         ORDER BY m.starts_at DESC LIMIT $2) recent ORDER BY starts_at`,
      [groupId, lastN],
    );
    const entries: { meetingId: string; theme: string; rating: Rating; direction: AssessmentThemeRowModel['cells'][number]['direction'] }[] = await this.db.query(
      `SELECT meeting_id AS "meetingId", theme, rating, direction FROM assessment_entry WHERE meeting_id = ANY($1::uuid[]) AND status = 'INCLUDED'`,
      [meetings.map((m) => m.id).filter(isUuid)],
    );
    const themes = [...new Set(entries.map((e) => e.theme))].sort();
    return themes.map((theme) => ({
      theme,
      cells: meetings.map((m) => {
        const worst = entries.filter((e) => e.meetingId === m.id && e.theme === theme).sort((a, b) => SEVERITY[b.rating] - SEVERITY[a.rating])[0];
        return { meetingId: m.id, startsAt: m.startsAt, rating: worst?.rating ?? null, direction: worst?.direction ?? null };
      }),
    }));
  }

  private async entry(id: string): Promise<AssessmentEntryModel> {
    const [entry]: AssessmentEntryModel[] = await this.db.query(`SELECT ${ENTRY} FROM assessment_entry e WHERE e.id = $1`, [id]);
    if (!entry) throw notFound('Assessment entry');
    return entry;
  }
}
