import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, Permission, type Actor } from '@convene/access';
import { Clock } from '@convene/clock';
import { notFound } from '@convene/errors';
import { londonDay, workingDaysFor } from '../calendar/holiday-calendar.service';
import type { FoiRequestStatus } from '../campaigns/foi.rows';
import { requestClockOn } from '../requests/request-clock';
import type { FoiUnit } from '../campaigns/units';
import { ANSWER_COLUMNS, displayOf, type AnswerRow } from '../answers/answers.service';
import type { MatrixCellModel, MatrixModel, MatrixRowModel } from './matrix.models';
import { formatAmount, questionTotals, responseRate } from './totals';

export const exportUrls = (campaignId: string) => ({ csvUrl: `/exports/foi/${campaignId}/answers.csv`, xlsxUrl: `/exports/foi/${campaignId}/answers.xlsx` });

/**
 * The matrix: a campaign's requests (rows, by authority) × its questions (columns), read in
 * three statements whatever the size, with totals per question and the overdue list. The
 * export and the published dataset are built from this same reading.
 */
@Injectable()
export class MatrixService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async matrix(actor: Actor, campaignId: string): Promise<MatrixModel> {
    await this.access.assertAccess(actor, Permission.foiCampaignRead, campaignId, 'That campaign');
    return this.read(campaignId);
  }

  /** No access check: callers have made theirs (the publisher, the worker). */
  async read(campaignId: string): Promise<MatrixModel> {
    const [campaign]: { id: string; title: string; status: string; partnershipId: string }[] = await this.db.query(
      `SELECT id, title, status, partnership_id AS "partnershipId" FROM foi_campaign WHERE id = $1`,
      [campaignId],
    );
    if (!campaign) throw notFound('That campaign');
    const [questions, requests, answers]: [
      { id: string; number: string; text: string; unit: FoiUnit; definition: string }[],
      { requestId: string; organisationId: string; authority: string; status: FoiRequestStatus; receivedOn: string | null; dueOn: string | null; internalReviewDueOn: string | null }[],
      AnswerRow[],
    ] = await Promise.all([
      this.db.query(`SELECT id, number, text, unit, definition FROM foi_question WHERE campaign_id = $1 ORDER BY position, number`, [campaignId]),
      this.db.query(
        `SELECT r.id AS "requestId", r.organisation_id AS "organisationId", o.name AS authority, r.status, r.received_on::text AS "receivedOn", r.due_on::text AS "dueOn",
                r.internal_review_due_on::text AS "internalReviewDueOn"
           FROM foi_request r JOIN organisation o ON o.id = r.organisation_id WHERE r.campaign_id = $1 ORDER BY o.name, r.id`,
        [campaignId],
      ),
      this.db.query(`SELECT ${ANSWER_COLUMNS} FROM foi_answer a JOIN foi_request r ON r.id = a.request_id WHERE r.campaign_id = $1`, [campaignId]),
    ]);
    const today = londonDay(this.clock.now());
    const days = await workingDaysFor(this.db, campaign.partnershipId);
    const byCell = new Map(answers.map((a) => [`${a.requestId}:${a.questionId}`, a]));
    const answered = new Set(answers.map((a) => a.requestId));
    const rows: MatrixRowModel[] = requests.map(({ receivedOn, ...r }) => {
      // The request page's own rule and calendar: overdue in working days, bank holidays skipped.
      const clock = requestClockOn(days, today, { ...r, receivedOn });
      const overdue = clock.state.kind === 'OVERDUE' ? clock.state.workingDays : null;
      const cells: MatrixCellModel[] = questions.map((q) => {
        const a = byCell.get(`${r.requestId}:${q.id}`);
        return a
          ? { questionId: q.id, qualifier: a.qualifier, value: a.value, amount: a.amount, display: displayOf(a, q.unit), note: a.note, source: a.source }
          : { questionId: q.id, qualifier: null, value: null, amount: null, display: 'No answer yet', note: '', source: '' };
      });
      return { ...r, daysOverdue: overdue, overdueFor: overdue === null ? null : clock.owedFor, replied: answered.has(r.requestId), cells };
    });
    return {
      campaignId,
      title: campaign.title,
      status: campaign.status,
      questions: questions.map((q) => {
        const totals = questionTotals(q.unit, answers.filter((a) => a.questionId === q.id), requests.length);
        const text = (n: number | null) => (n === null ? null : formatAmount(q.unit, n));
        return { ...q, totals: { ...totals, exactTotalText: text(totals.exactTotal), withEstimatesTotalText: text(totals.withEstimatesTotal) } };
      }),
      rows,
      requests: requests.length,
      replied: answered.size,
      responseRate: responseRate(answered.size, requests.length),
      overdue: rows.filter((r) => r.daysOverdue !== null).sort((a, b) => b.daysOverdue! - a.daysOverdue! || a.authority.localeCompare(b.authority)),
      ...exportUrls(campaignId),
    };
  }
}
