import { AccessService, type Actor } from '@convene/access';
import { AuditService } from '@convene/audit';
import { TestClock } from '@convene/clock';
import { PartnershipRole } from '@convene/contracts';
import type { JobQueue } from '@convene/jobs';
import { seedPartnership, useTestDataSource, type SeededPartnership } from '@convene/testing';
import { londonDay, workingDaysFor } from '../calendar/holiday-calendar.service';
import { refreshClock } from '../requests/request-clock';
import { RequestService } from '../requests/request.service';
import { MatrixService } from './matrix.service';

/**
 * The matrix and the request page call a request overdue on the same day and by the same count:
 * working days, bank holidays skipped. A request received on Friday 28 August 2026, before the
 * summer bank holiday on Monday 31 August, is due on 28 September (its 20th working day), not on
 * 17 September (its 20th calendar day).
 */
describe('FOI overdue: the matrix and the request page agree', () => {
  const db = useTestDataSource();
  const clock = new TestClock();
  let p: SeededPartnership;
  let coordinator: Actor;
  let matrices: MatrixService;
  let requests: RequestService;
  let campaignId: string;
  let requestId: string;

  beforeAll(async () => {
    p = await seedPartnership(db(), 'foi-overdue');
    coordinator = { accountId: p.coordinator.accountId, personId: p.coordinator.personId, partnershipId: p.partnershipId, role: PartnershipRole.COORDINATOR, sessionId: 'test' };
    const access = new AccessService(db());
    matrices = new MatrixService(db(), access, clock);
    // No queue: nothing here is emailed (the worker's internal-review spec covers that).
    requests = new RequestService(db(), access, new AuditService(db()), clock, null as unknown as JobQueue);
    [{ id: campaignId }] = await db().query(
      `INSERT INTO foi_campaign (partnership_id, title, purpose, letter_template, status, sent_at) VALUES ($1, 'Care leavers', '', 'Dear FOI officer', 'SENT', '2026-08-28T09:00:00Z') RETURNING id`,
      [p.partnershipId],
    );
    const [{ id: orgId }] = await db().query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, 'Dudley Council', 'LOCAL_AUTHORITY') RETURNING id`, [p.partnershipId]);
    [{ id: requestId }] = await db().query(
      `INSERT INTO foi_request (partnership_id, campaign_id, organisation_id, sent_to, sent_via, letter_subject, letter_text, sent_at, received_on)
       VALUES ($1, $2, $3, 'foi@dudley.example', 'EMAIL', 'Freedom of Information request', 'Dear FOI officer', '2026-08-28T09:00:00Z', '2026-08-28') RETURNING id`,
      [p.partnershipId, campaignId, orgId],
    );
    // The due date as sending works it out.
    await refreshClock(db(), await workingDaysFor(db(), p.partnershipId), requestId, '2026-08-28');
  });

  const on = async (day: string) => {
    clock.set(new Date(`${day}T11:00:00Z`));
    expect(londonDay(clock.now())).toBe(day);
    const matrix = await matrices.matrix(coordinator, campaignId);
    const row = matrix.rows[0];
    const page = requests.clockOf(await requests.workingDays(p.partnershipId), await requests.get(coordinator, requestId));
    return { dueOn: row.dueOn, daysOverdue: row.daysOverdue, overdueFor: row.overdueFor, listed: matrix.overdue.length, page };
  };

  it('is not overdue on calendar day 20 nor on its 20th working day, and is from working day 21, in both', async () => {
    expect(await on('2026-09-17')).toEqual({ dueOn: '2026-09-28', daysOverdue: null, overdueFor: null, listed: 0, page: { kind: 'LEFT', workingDays: 7, text: '7 working days left' } });
    expect(await on('2026-09-18')).toMatchObject({ daysOverdue: null, listed: 0, page: { kind: 'LEFT', workingDays: 6 } });
    expect(await on('2026-09-28')).toMatchObject({ daysOverdue: null, listed: 0, page: { kind: 'DUE_TODAY', text: 'Due today' } });
    expect(await on('2026-09-29')).toEqual({ dueOn: '2026-09-28', daysOverdue: 1, overdueFor: 'ANSWER', listed: 1, page: { kind: 'OVERDUE', workingDays: 1, text: '1 working day overdue' } });
    // A week on, seven calendar days but five working days: both say five.
    expect(await on('2026-10-05')).toMatchObject({ daysOverdue: 5, listed: 1, page: { kind: 'OVERDUE', workingDays: 5 } });
  });

  it('an internal review is overdue by the same rule, against its own deadline', async () => {
    await db().query(`UPDATE foi_request SET status = 'INTERNAL_REVIEW', internal_review_requested_on = '2026-10-05' WHERE id = $1`, [requestId]);
    await refreshClock(db(), await workingDaysFor(db(), p.partnershipId), requestId, '2026-10-05');
    expect(await on('2026-11-02')).toMatchObject({ daysOverdue: null, page: { kind: 'DUE_TODAY' } });
    expect(await on('2026-11-03')).toMatchObject({ daysOverdue: 1, overdueFor: 'INTERNAL_REVIEW', page: { kind: 'OVERDUE', workingDays: 1 } });
  });
});
