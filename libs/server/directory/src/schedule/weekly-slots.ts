import { DateTime } from 'luxon';
import { occurrences, parseCadence } from '@convene/groups';

export interface WeeklySlot {
  /** 1 (Monday) to 7 (Sunday). */
  weekday: number;
  /** Minutes after London midnight. */
  startsMinute: number;
  /** May pass midnight (up to 2880) for a late session. */
  endsMinute: number;
}

/** Eight weeks covers every weekly, fortnightly and monthly pattern's days. */
const WEEKS = 8;

/**
 * The days and times a schedule runs, as a weekly pattern: the finder's "Tuesday mornings"
 * filter reads these from a table instead of expanding every RRULE per query. The rule is
 * checked with the group cadence's rules (no BYHOUR: the time comes from the first session).
 */
export function weeklySlots(rule: string, firstStartsAt: Date, durationMinutes: number, now: Date): WeeklySlot[] {
  parseCadence(rule, now);
  const from = firstStartsAt > now ? firstStartsAt : now;
  const until = new Date(from.getTime() + WEEKS * 7 * 86_400_000);
  const seen = new Map<string, WeeklySlot>();
  for (const { startsAt } of occurrences(rule, firstStartsAt, from, until)) {
    const local = DateTime.fromJSDate(startsAt, { zone: 'Europe/London' });
    const startsMinute = local.hour * 60 + local.minute;
    const slot = { weekday: local.weekday, startsMinute, endsMinute: startsMinute + durationMinutes };
    seen.set(`${slot.weekday}:${startsMinute}`, slot);
  }
  return [...seen.values()].sort((a, b) => a.weekday - b.weekday || a.startsMinute - b.startsMinute);
}

/** `09:30` → 570; null for blank; NaN-free. */
export function minutesOf(time: string): number | null {
  const match = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec(time.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export const clockTime = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const rruleDay = (weekday: number) => BYDAY[weekday - 1];
