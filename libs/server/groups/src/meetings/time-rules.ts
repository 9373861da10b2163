import type { EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '@convene/errors';
import { MeetingStatus } from '../enums';

/** What the time rules look at: when a meeting runs and whether it still will. */
export interface MeetingTimes {
  startsAt: Date | string;
  endsAt: Date | string;
  status: MeetingStatus | string;
}

export const hasStarted = (m: MeetingTimes, now: Date) => new Date(m.startsAt).getTime() <= now.getTime();
export const hasEnded = (m: MeetingTimes, now: Date) => new Date(m.endsAt).getTime() <= now.getTime();
export const isCancelled = (m: MeetingTimes) => m.status === MeetingStatus.CANCELLED;
/** Members can still say whether they will come: scheduled and not yet over. */
export const acceptsReplies = (m: MeetingTimes, now: Date) => !isCancelled(m) && !hasEnded(m, now);
/** Attendance is a fact of the day: from the start of a meeting that is going ahead. */
export const acceptsAttendance = (m: MeetingTimes, now: Date) => !isCancelled(m) && hasStarted(m, now);

/** A cancelled meeting takes no agenda changes, minutes or replies. `what` names the refused thing. */
export function assertNotCancelled(m: MeetingTimes, what: string, field = 'meetingId'): void {
  if (isCancelled(m)) throw conflict(`This meeting has been cancelled, so it takes no ${what}. Move it to reschedule it first.`, { field });
}

/** The same check for callers that hold only the meeting's id. */
export async function assertMeetingNotCancelled(db: Pick<EntityManager, 'query'>, meetingId: string, what: string): Promise<void> {
  const [meeting]: MeetingTimes[] = await db.query(`SELECT starts_at AS "startsAt", ends_at AS "endsAt", status FROM meeting WHERE id = $1`, [meetingId]);
  if (!meeting) throw notFound('Meeting');
  assertNotCancelled(meeting, what);
}

/** New times must lie ahead, unless the caller says they are recording a meeting that took place. */
export function assertAhead(startsAt: Date, now: Date, recordPast: boolean | null | undefined): void {
  if (recordPast) {
    if (startsAt.getTime() > now.getTime()) throw badInput('Only a meeting that has already started can be recorded as past. Leave out recordPast to schedule it.', { field: 'recordPast' });
    return;
  }
  if (startsAt.getTime() <= now.getTime()) {
    throw badInput('The start time has already passed. Choose a time in the future, or set recordPast to record a meeting that took place.', { field: 'startsAt' });
  }
}

/** The London calendar date of an instant, as YYYY-MM-DD: due dates are London dates. */
export const londonDate = (at: Date | string) => new Date(at).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
