import { DateTime } from 'luxon';
import { DigestFrequency } from '@convene/contracts';

const LONDON = 'Europe/London';

export interface DigestSchedule {
  frequency: DigestFrequency;
  hour: number;
  /** ISO weekday, 1 = Monday; weekly digests only. */
  weekday: number;
}

/**
 * A digest's period key (a London date, or an ISO week) and the window of posts it covers: the
 * day or week up to its scheduled hour, in London time, so daylight saving never shifts it.
 * Returns null when the key does not fit the person's current schedule.
 */
export function digestWindow(period: string, schedule: DigestSchedule): { from: Date; until: Date } | null {
  let at: DateTime;
  if (schedule.frequency === DigestFrequency.DAILY && /^\d{4}-\d{2}-\d{2}$/.test(period)) {
    at = DateTime.fromISO(period, { zone: LONDON }).set({ hour: schedule.hour });
  } else if (schedule.frequency === DigestFrequency.WEEKLY && /^\d{4}-W\d{2}$/.test(period)) {
    const [weekYear, weekNumber] = period.split('-W').map(Number);
    at = DateTime.fromObject({ weekYear, weekNumber, weekday: schedule.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7, hour: schedule.hour }, { zone: LONDON });
  } else {
    return null;
  }
  if (!at.isValid) return null;
  const from = schedule.frequency === DigestFrequency.DAILY ? at.minus({ days: 1 }) : at.minus({ weeks: 1 });
  return { from: from.toJSDate(), until: at.toJSDate() };
}
