import { DateTime } from 'luxon';
import { RRule } from 'rrule';
import { badInput } from '@convene/errors';

export const TIME_ZONE = 'Europe/London';

export interface Occurrence {
  /** The occurrence's wall-clock start in London (`2026-03-31T10:00`): stable across moves. */
  key: string;
  startsAt: Date;
}

const INVALID = 'The cadence must be an RRULE such as FREQ=WEEKLY;INTERVAL=6 or FREQ=MONTHLY;BYDAY=2TU.';
const EMPTY = 'That cadence never gives a meeting. Check its interval, days, months and end date.';
/** The most occurrences one expansion returns (six months of a daily cadence is 183). */
const MAX_OCCURRENCES = 400;
// rrule searches up to the year 9999 for a rule that matches nothing, which takes up to a
// second; asking from 9990 answers "does this pattern ever match?" within ten years of search.
const PROBE = new Date(Date.UTC(9990, 0, 1));

const positiveWhole = (value: number | null | undefined, max: number) => value === undefined || value === null || (Number.isInteger(value) && value >= 1 && value <= max);

/**
 * Validates an RFC 5545 RRULE (without DTSTART), e.g. `FREQ=WEEKLY;INTERVAL=6`. Beyond its
 * syntax: the interval and count are whole numbers from 1 (rrule loops for ever on an interval
 * of 0 or less); the time of day comes from the first meeting (no BYHOUR and finer); and the
 * rule must be able to give a meeting, so BYMONTH=13 or an UNTIL in the past is refused rather
 * than silently cancelling the group's meetings.
 */
export function parseCadence(rule: string, now = new Date()): RRule {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (!/^FREQ=/i.test(text) || /[\r\n]/.test(text) || text.length > 300) throw badInput(INVALID, { field: 'cadence' });
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(text);
    // Yearly, monthly, weekly and daily make sense for meetings; hourly and finer do not.
    if (options.freq === undefined || options.freq > RRule.DAILY) throw new Error('frequency');
    if (!positiveWhole(options.interval, 1000) || !positiveWhole(options.count, 10_000)) throw new Error('interval');
    if ([options.byhour, options.byminute, options.bysecond].some((by) => by !== undefined && by !== null)) throw new Error('time of day');
  } catch {
    throw badInput(INVALID, { field: 'cadence' });
  }
  if ((options.until && options.until < now) || !canMatch(text, options)) throw badInput(EMPTY, { field: 'cadence' });
  return new RRule({ ...options, dtstart: toFloating(now) });
}

const matchable = new Map<string, boolean>();

/** Whether the rule's pattern ever matches a day, ignoring its end; remembered per rule text. */
function canMatch(text: string, options: ReturnType<typeof RRule.parseString>): boolean {
  let known = matchable.get(text);
  if (known === undefined) {
    const { until: _until, count: _count, ...pattern } = options;
    known = positiveWhole(options.interval, 1000) && new RRule({ ...pattern, dtstart: PROBE }).all((_date, i) => i < 1).length > 0;
    if (matchable.size < 10_000) matchable.set(text, known);
  }
  return known;
}

/** The same wall-clock time, as a "floating" UTC date: rrule then counts in local time. */
function toFloating(instant: Date): Date {
  const local = DateTime.fromJSDate(instant, { zone: TIME_ZONE });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
}

function fromFloating(floating: Date): DateTime {
  return DateTime.fromObject(
    { year: floating.getUTCFullYear(), month: floating.getUTCMonth() + 1, day: floating.getUTCDate(), hour: floating.getUTCHours(), minute: floating.getUTCMinutes() },
    { zone: TIME_ZONE },
  );
}

/**
 * Occurrences of `rule` starting at `first`, between `from` and `until`. Expanded in London
 * wall-clock time, so a 10:00 meeting stays at 10:00 through the clock changes.
 */
export function occurrences(rule: string, first: Date, from: Date, until: Date): Occurrence[] {
  const text = rule.trim().replace(/^RRULE:/i, '');
  const options = RRule.parseString(text);
  // A rule stored before these checks existed must not hang the worker's tick.
  if (!canMatch(text, options)) return [];
  const expanded = new RRule({ ...options, dtstart: toFloating(first) });
  return expanded.between(toFloating(from), toFloating(until), true, (_date, i) => i < MAX_OCCURRENCES).map((floating) => {
    const local = fromFloating(floating);
    return { key: local.toFormat("yyyy-MM-dd'T'HH:mm"), startsAt: local.toJSDate() };
  });
}
