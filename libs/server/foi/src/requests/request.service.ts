import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { Clock } from '@convene/clock';
import { JOBS } from '@convene/contracts';
import { badInput, conflict, notFound } from '@convene/errors';
import { JobQueue } from '@convene/jobs';
import { moduleLogger } from '@convene/logging';
import { londonDay, missingYear, workingDaysFor } from '../calendar/holiday-calendar.service';
import { parseDay, type WorkingDays } from '../calendar/working-days';
import { FoiRequestStatus, FoiSentVia, REQUEST_COLUMNS, type FoiRequestRow } from '../campaigns/foi.rows';
import { internalReviewLetter } from '../campaigns/letter';
import { longDate } from '../sending/send.service';
import { refreshClock, requestClockOn } from './request-clock';
import {
  FoiClockKind,
  type FoiClarificationInput,
  type FoiClarificationModel,
  type FoiClockModel,
  type FoiExtensionInput,
  type FoiInternalReviewInput,
  type FoiPortalSubmissionInput,
  type FoiReceivedInput,
  type FoiStatusInput,
} from './request.models';

const log = moduleLogger('foi-requests');

/** Statuses set through setStatus; the others have their own steps (clarification, internal review). */
const SETTABLE = new Set([FoiRequestStatus.AWAITING, FoiRequestStatus.ANSWERED, FoiRequestStatus.PARTLY_ANSWERED, FoiRequestStatus.REFUSED, FoiRequestStatus.NOT_HELD, FoiRequestStatus.ICO_COMPLAINT, FoiRequestStatus.CLOSED]);
const ANSWERS = new Set([FoiRequestStatus.ANSWERED, FoiRequestStatus.PARTLY_ANSWERED, FoiRequestStatus.REFUSED, FoiRequestStatus.NOT_HELD]);

interface Change {
  m: EntityManager;
  row: FoiRequestRow;
  today: string;
  /** Adds an entry to the correspondence log and answers its id; `email`: the worker is to email it to the authority. */
  log(entry: { direction: 'IN' | 'OUT'; kind: string; subject: string; body: string; on: string; email?: boolean }): Promise<string>;
  /** Works the dates out again after the change. */
  refresh(): Promise<void>;
}

/**
 * One authority's request after sending: portal submissions, the day received, clarifications
 * (the clock stops), extensions, answers and refusals, internal reviews, ICO complaints. Each
 * change runs under the request's row lock, works the clock out again and is audited; the
 * clock refuses a year without bank holidays by naming it.
 */
@Injectable()
export class RequestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  async get(actor: Actor, id: string): Promise<FoiRequestRow> {
    await this.access.assertAccess(actor, Permission.foiRequestRead, id, 'That request');
    const [row] = await this.db.query(`SELECT ${REQUEST_COLUMNS} FROM foi_request r WHERE r.id = $1`, [id]);
    if (!row) throw notFound('That request');
    return row;
  }

  /** Requests of campaigns the actor may read, by campaign, in authority order. */
  async ofCampaigns(actor: Actor, campaignIds: readonly string[]): Promise<Map<string, FoiRequestRow[]>> {
    const allowed = await this.access.requireAccess({ actor, permission: Permission.foiCampaignRead, ids: campaignIds });
    const rows: FoiRequestRow[] = allowed.size
      ? await this.db.query(`SELECT ${REQUEST_COLUMNS} FROM foi_request r JOIN organisation o ON o.id = r.organisation_id WHERE r.campaign_id = ANY($1::uuid[]) ORDER BY lower(o.name)`, [[...allowed]])
      : [];
    const out = new Map<string, FoiRequestRow[]>();
    for (const r of rows) out.set(r.campaignId, [...(out.get(r.campaignId) ?? []), r]);
    return out;
  }

  async canManage(actor: Actor, ids: readonly string[]): Promise<Set<string>> {
    return this.access.requireAccess({ actor, permission: Permission.foiRequestManage, ids });
  }

  async clarificationsOf(requestIds: readonly string[]): Promise<Map<string, FoiClarificationModel[]>> {
    const rows: (FoiClarificationModel & { requestId: string })[] = requestIds.length
      ? await this.db.query(`SELECT id, request_id AS "requestId", requested_on::text AS "requestedOn", answered_on::text AS "answeredOn" FROM foi_clarification WHERE request_id = ANY($1::uuid[]) ORDER BY requested_on`, [requestIds])
      : [];
    const out = new Map<string, FoiClarificationModel[]>();
    for (const r of rows) out.set(r.requestId, [...(out.get(r.requestId) ?? []), r]);
    return out;
  }

  /** The clock as words, for the partnership's calendar. `days` may be shared by a page of requests. */
  clockOf(days: WorkingDays, row: Pick<FoiRequestRow, 'dueOn' | 'receivedOn' | 'status' | 'internalReviewDueOn'>): FoiClockModel {
    const { state, text } = requestClockOn(days, londonDay(this.clock.now()), row);
    return { kind: state.kind as FoiClockKind, workingDays: 'workingDays' in state ? state.workingDays : null, text };
  }

  workingDays(partnershipId: string): Promise<WorkingDays> {
    return workingDaysFor(this.db, partnershipId);
  }

  async internalReviewDraft(actor: Actor, row: FoiRequestRow): Promise<string> {
    const [facts] = await this.db.query(
      `SELECT o.name AS authority, pa.name AS partnership, c.title FROM foi_request r JOIN organisation o ON o.id = r.organisation_id JOIN partnership pa ON pa.id = r.partnership_id JOIN foi_campaign c ON c.id = r.campaign_id WHERE r.id = $1`,
      [row.id],
    );
    const today = londonDay(this.clock.now());
    const reason =
      row.status === FoiRequestStatus.REFUSED
        ? `The request was refused${row.refusalSection ? ` under ${row.refusalSection}` : ''}, and we do not believe the exemption applies.`
        : row.status === FoiRequestStatus.PARTLY_ANSWERED
          ? 'Only part of the information requested has been provided.'
          : row.status === FoiRequestStatus.NOT_HELD
            ? 'The response said the information is not held, and we believe it is.'
            : row.dueOn && row.dueOn < today
              ? `The 20 working days the Act allows for a response ended on ${longDate(row.dueOn)}, and no response has been received.`
              : 'We are not satisfied with the handling of the request.';
    return internalReviewLetter({ authority: facts.authority, partnership: facts.partnership, title: facts.title, sentOn: row.receivedOn ? longDate(row.receivedOn) : longDate(today), reason });
  }

  /** A portal request: the coordinator submitted it by hand, on `submittedOn` (day 0 of the clock). */
  async recordPortalSubmission(actor: Actor, id: string, input: FoiPortalSubmissionInput): Promise<void> {
    await this.change(actor, id, 'foi.portal-submitted', { submittedOn: input.submittedOn }, async (c) => {
      if (c.row.sentVia !== FoiSentVia.PORTAL) throw conflict('This request goes by email; the worker sends it.');
      if (c.row.sentAt) throw conflict('This request has already been recorded as sent.');
      const on = this.day(input.submittedOn, 'submittedOn', c.today);
      await c.m.query(`UPDATE foi_request SET sent_at = $2, received_on = $3::date, portal_reference = $4 WHERE id = $1`, [id, this.clock.now(), on, input.reference?.trim() || null]);
      await c.log({ direction: 'OUT', kind: 'LETTER', subject: c.row.letterSubject, body: c.row.letterText, on });
      await c.refresh();
    });
  }

  async setReceivedOn(actor: Actor, id: string, input: FoiReceivedInput): Promise<void> {
    await this.change(actor, id, 'foi.received-on-changed', { receivedOn: input.receivedOn }, async (c) => {
      if (!c.row.sentAt) throw conflict('This request has not been sent yet.');
      const on = this.day(input.receivedOn, 'receivedOn', c.today);
      await c.m.query(`UPDATE foi_request SET received_on = $2::date WHERE id = $1`, [id, on]);
      await c.refresh();
    });
  }

  /** The authority asked us to clarify: the clock stops from `on`. */
  async requestClarification(actor: Actor, id: string, input: FoiClarificationInput): Promise<void> {
    await this.change(actor, id, 'foi.clarification-requested', { on: input.on }, async (c) => {
      if (c.row.status !== FoiRequestStatus.AWAITING || !c.row.receivedOn) throw conflict('Only a sent request awaiting its answer can have a clarification asked.');
      const on = this.day(input.on, 'on', c.today);
      if (on < c.row.receivedOn) throw badInput('The clarification cannot be asked before the request was received.', { field: 'on' });
      await c.m.query(`INSERT INTO foi_clarification (request_id, requested_on) VALUES ($1, $2::date)`, [id, on]);
      await c.m.query(`UPDATE foi_request SET status = 'CLARIFICATION_REQUESTED' WHERE id = $1`, [id]);
      await c.log({ direction: 'IN', kind: 'CLARIFICATION', subject: 'Clarification asked for', body: input.note, on });
      await c.refresh();
    });
  }

  /** We answered the clarification on `on`: the clock runs again from the next working day. */
  async answerClarification(actor: Actor, id: string, input: FoiClarificationInput): Promise<void> {
    await this.change(actor, id, 'foi.clarification-answered', { on: input.on }, async (c) => {
      const [open] = await c.m.query(`SELECT id, requested_on::text AS "requestedOn" FROM foi_clarification WHERE request_id = $1 AND answered_on IS NULL`, [id]);
      if (!open) throw conflict('No clarification is waiting for an answer.');
      const on = this.day(input.on, 'on', c.today);
      if (on < open.requestedOn) throw badInput('The answer cannot come before the clarification was asked.', { field: 'on' });
      await c.m.query(`UPDATE foi_clarification SET answered_on = $2::date WHERE id = $1`, [open.id, on]);
      await c.m.query(`UPDATE foi_request SET status = 'AWAITING' WHERE id = $1`, [id]);
      await c.log({ direction: 'OUT', kind: 'CLARIFICATION', subject: 'Clarification given', body: input.note, on });
      await c.refresh();
    });
  }

  /** The authority extended the deadline to consider the public interest (s.10(3)). */
  async extend(actor: Actor, id: string, input: FoiExtensionInput): Promise<void> {
    await this.change(actor, id, 'foi.extended', { workingDays: input.workingDays }, async (c) => {
      if (c.row.status !== FoiRequestStatus.AWAITING || !c.row.receivedOn) throw conflict('Only a sent request awaiting its answer can be extended.');
      const on = this.day(input.on, 'on', c.today);
      await c.m.query(`UPDATE foi_request SET extension_working_days = $2, extension_reason = $3, extended_on = $4::date WHERE id = $1`, [id, input.workingDays, input.reason.trim(), on]);
      await c.log({ direction: 'IN', kind: 'MESSAGE', subject: `Extended by ${input.workingDays} working days (public interest)`, body: input.reason, on });
      await c.refresh();
    });
  }

  async setStatus(actor: Actor, id: string, input: FoiStatusInput): Promise<void> {
    if (!SETTABLE.has(input.status)) throw badInput('Use the clarification or internal review steps for that status.', { field: 'status' });
    if (input.status === FoiRequestStatus.REFUSED && !input.refusalSection?.trim()) throw badInput('Give the section of the Act the refusal cites, for example s.12 or s.40(2).', { field: 'refusalSection' });
    if (input.status === FoiRequestStatus.ICO_COMPLAINT && !input.icoReference?.trim()) throw badInput('Give the ICO’s case reference.', { field: 'icoReference' });
    await this.change(actor, id, 'foi.status-changed', { status: input.status }, async (c) => {
      if (!c.row.sentAt) throw conflict('This request has not been sent yet.');
      if (c.row.status === FoiRequestStatus.CLARIFICATION_REQUESTED && input.status !== FoiRequestStatus.CLOSED) throw conflict('Record the answer to the clarification first.');
      const on = this.day(input.on, 'on', c.today);
      const answered = ANSWERS.has(input.status);
      await c.m.query(
        `UPDATE foi_request SET status = $2,
                refusal_section = CASE WHEN $2 = 'REFUSED' THEN $3 ELSE refusal_section END,
                answered_on = CASE WHEN $4::boolean THEN $5::date WHEN $2 = 'AWAITING' THEN NULL ELSE answered_on END,
                ico_reference = CASE WHEN $2 = 'ICO_COMPLAINT' THEN $6 ELSE ico_reference END,
                ico_complained_on = CASE WHEN $2 = 'ICO_COMPLAINT' THEN $5::date ELSE ico_complained_on END,
                closed_on = CASE WHEN $2 = 'CLOSED' THEN $5::date ELSE NULL END
          WHERE id = $1`,
        [id, input.status, input.refusalSection?.trim() || null, answered, on, input.icoReference?.trim() || null],
      );
      if (input.status === FoiRequestStatus.ICO_COMPLAINT) await c.log({ direction: 'OUT', kind: 'ICO', subject: `Complaint to the ICO (${input.icoReference!.trim()})`, body: '', on });
    });
  }

  /**
   * We asked for an internal review: its own 20-working-day deadline starts. A request that went
   * by email gets the review by email too: the worker sends the logged letter to the authority,
   * once, through the ledger (the tick finds it if this nudge is lost). A portal request's review
   * is submitted through the portal by hand, as its letter was.
   */
  async startInternalReview(actor: Actor, id: string, input: FoiInternalReviewInput): Promise<void> {
    let emailed: string | null = null;
    await this.change(actor, id, 'foi.internal-review-requested', { requestedOn: input.requestedOn }, async (c) => {
      if (!c.row.sentAt || c.row.status === FoiRequestStatus.CLOSED || c.row.status === FoiRequestStatus.INTERNAL_REVIEW) throw conflict('An internal review can be asked for once a request has been answered, refused or gone unanswered.');
      const on = this.day(input.requestedOn, 'requestedOn', c.today);
      const email = c.row.sentVia === FoiSentVia.EMAIL;
      await c.m.query(`UPDATE foi_request SET status = 'INTERNAL_REVIEW', internal_review_requested_on = $2::date WHERE id = $1`, [id, on]);
      const entryId = await c.log({ direction: 'OUT', kind: 'INTERNAL_REVIEW', subject: 'Request for an internal review', body: input.letter, on, email });
      if (email) emailed = entryId;
      await c.refresh();
    });
    const correspondenceId = emailed;
    if (correspondenceId) await this.jobs.nudge(JOBS.foiInternalReview, { correspondenceId }, (error) => log.warn({ err: String(error), requestId: id }, 'internal review left for the tick'));
  }

  private day(value: string, field: string, today: string): string {
    try {
      parseDay(value);
    } catch {
      throw badInput('Give a real date as YYYY-MM-DD.', { field });
    }
    if (value > today) throw badInput('The date cannot be in the future.', { field });
    return value;
  }

  private async change(actor: Actor, id: string, action: string, detail: Record<string, unknown>, apply: (c: Change) => Promise<void>): Promise<void> {
    await this.access.assertAccess(actor, Permission.foiRequestManage, id, 'That request');
    const today = londonDay(this.clock.now());
    await this.db.transaction(async (m) => {
      const [row]: FoiRequestRow[] = await m.query(`SELECT ${REQUEST_COLUMNS} FROM foi_request r WHERE r.id = $1 FOR UPDATE`, [id]);
      if (!row) throw notFound('That request');
      const [{ partnershipEmail, organisationEmail }] = await m.query(
        `SELECT pa.foi_email AS "partnershipEmail", r.sent_to AS "organisationEmail" FROM foi_request r JOIN partnership pa ON pa.id = r.partnership_id WHERE r.id = $1`,
        [id],
      );
      await apply({
        m,
        row,
        today,
        log: async (e) => {
          const [from, to] = e.direction === 'OUT' ? [partnershipEmail ?? '', organisationEmail] : [organisationEmail, partnershipEmail ?? ''];
          const [{ id: entryId }] = await m.query(
            `INSERT INTO foi_correspondence (partnership_id, request_id, direction, kind, from_address, to_address, subject, body, occurred_at, recorded_by_person_id, email_status)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
            [row.partnershipId, id, e.direction, e.kind, from, to, e.subject, e.body, e.on === today ? this.clock.now() : new Date(`${e.on}T12:00:00Z`), actor.personId, e.email ? 'PENDING' : null],
          );
          return entryId as string;
        },
        refresh: async () => {
          try {
            await refreshClock(m, await workingDaysFor(m, row.partnershipId), id, today);
          } catch (error) {
            missingYear(error, 'on');
          }
        },
      });
      await m.query(`UPDATE foi_request SET updated_at = $2 WHERE id = $1`, [id, this.clock.now()]);
      await this.audit.record({ partnershipId: actor.partnershipId, actorPersonId: actor.personId, action, subjectType: 'foi_request', subjectId: id, detail }, m);
    });
  }
}
