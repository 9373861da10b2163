import type { DataSource, EntityManager } from 'typeorm';
import { CHASE_WORKING_DAYS_BEFORE, clockState, describeClock, dueDate, internalReviewDue, UnknownHolidayYear, type Clarification, type ClockState, type WorkingDays } from '../calendar/working-days';
import { FoiRequestStatus, OPEN_STATUSES, type FoiRequestRow } from '../campaigns/foi.rows';

export interface ClockColumns {
  dueOn: string | null;
  chaseOn: string | null;
  paused: boolean;
  internalReviewDueOn: string | null;
  reviewChaseOn: string | null;
}

/**
 * Works the request's dates out again from what it holds (receipt, clarifications, extension,
 * internal review) and writes them. Every change to one of those goes through here, in the
 * same transaction, so the stored due date is never stale. Throws UnknownHolidayYear when the
 * clock reaches a year without bank holidays; the caller turns that into a coded refusal.
 */
export async function refreshClock(m: EntityManager | DataSource, days: WorkingDays, requestId: string, today: string): Promise<ClockColumns> {
  const [row]: { receivedOn: string | null; extension: number | null; reviewOn: string | null }[] = await m.query(
    `SELECT received_on::text AS "receivedOn", extension_working_days AS extension, internal_review_requested_on::text AS "reviewOn" FROM foi_request WHERE id = $1`,
    [requestId],
  );
  const clarifications: Clarification[] = await m.query(
    `SELECT requested_on::text AS "requestedOn", answered_on::text AS "answeredOn" FROM foi_clarification WHERE request_id = $1 ORDER BY requested_on`,
    [requestId],
  );
  const clock = computeClock(days, { receivedOn: row?.receivedOn ?? null, clarifications, extensionWorkingDays: row?.extension ?? null, internalReviewRequestedOn: row?.reviewOn ?? null }, today);
  await m.query(`UPDATE foi_request SET due_on = $2, chase_on = $3, internal_review_due_on = $4, review_chase_on = $5, updated_at = now() WHERE id = $1`, [
    requestId,
    clock.dueOn,
    clock.chaseOn,
    clock.internalReviewDueOn,
    clock.reviewChaseOn,
  ]);
  return clock;
}

/**
 * The pure part. A paused clock keeps no due date (the column is NULL while the clarification
 * is open). The chaser day is a few working days before the due date, but never before today,
 * so a short clock still gets its reminder.
 */
export function computeClock(
  days: WorkingDays,
  input: { receivedOn: string | null; clarifications: Clarification[]; extensionWorkingDays: number | null; internalReviewRequestedOn: string | null },
  today: string,
): ClockColumns {
  const internalReviewDueOn = input.internalReviewRequestedOn ? internalReviewDue(days, input.internalReviewRequestedOn) : null;
  const review = { internalReviewDueOn, reviewChaseOn: internalReviewDueOn ? chaseDay(days, internalReviewDueOn, today) : null };
  if (!input.receivedOn) return { dueOn: null, chaseOn: null, paused: false, ...review };
  const due = dueDate(days, { receivedOn: input.receivedOn, clarifications: input.clarifications, extensionWorkingDays: input.extensionWorkingDays });
  if (!due.dueOn) return { dueOn: null, chaseOn: null, paused: true, ...review };
  return { dueOn: due.dueOn, chaseOn: chaseDay(days, due.dueOn, today), paused: false, ...review };
}

/** A few working days before `dueOn`, but not before today (a short clock still gets its reminder), and never after `dueOn`. */
function chaseDay(days: WorkingDays, dueOn: string, today: string): string {
  const chase = days.subtractWorkingDays(dueOn, CHASE_WORKING_DAYS_BEFORE);
  return chase < today ? (today <= dueOn ? today : dueOn) : chase;
}

/** What a request's clock is counting towards: the authority's answer or its internal review. */
export type OwedFor = 'ANSWER' | 'INTERNAL_REVIEW';

export interface RequestClockNow {
  state: ClockState;
  /** null when nothing is owed (not sent, answered, closed) or no due date can be worked out. */
  owedFor: OwedFor | null;
  /** The due date the state is measured against. */
  dueOn: string | null;
  text: string;
}

/**
 * Where a request's clock stands on `today`, in working days: the one rule the request page,
 * the campaign page and the matrix share, so none calls a request overdue that another does not.
 * An answer is owed while the request awaits it (or waits on our clarification, the clock
 * stopped); during an internal review the review's deadline counts. Due on the due date itself,
 * overdue from the next working day.
 */
export function requestClockOn(days: WorkingDays, today: string, row: Pick<FoiRequestRow, 'status' | 'receivedOn' | 'dueOn' | 'internalReviewDueOn'>): RequestClockNow {
  const review = row.status === FoiRequestStatus.INTERNAL_REVIEW;
  const open = (OPEN_STATUSES as readonly string[]).includes(row.status);
  const none = (text: string): RequestClockNow => ({ state: { kind: 'NONE' }, owedFor: null, dueOn: null, text });
  if (!row.receivedOn) return none('Not sent yet');
  if (!open && !review) return none('Answered or closed');
  const dueOn = review ? row.internalReviewDueOn : row.dueOn;
  try {
    const state = clockState(days, today, dueOn, row.status === FoiRequestStatus.CLARIFICATION_REQUESTED);
    return { state, owedFor: review ? 'INTERNAL_REVIEW' : 'ANSWER', dueOn, text: describeClock(state) };
  } catch (error) {
    if (!(error instanceof UnknownHolidayYear)) throw error;
    return none('No due date: add the missing year’s bank holidays');
  }
}
