import { DateTime } from 'luxon';
import { RRule } from 'rrule';
import { badInput } from '@convene/errors';

export const TIME_ZONE = 'Europe/London';

export interface Occurrence {
  /** The occurrence's wall-clock start in London (`2026-03-31T10:00`): stable across moves. */
  key: string;
  startsAt: Date;
}

/** Validates an RFC 5545 RRULE (without DTSTART), e.g. `FREQ=WEEKLY;INTERVAL=6`. */
export function parseCadence(rule: string): RRule {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (!/^FREQ=/i.test(text) || /[\r\n]/.test(text) || text.length > 300) throw badInput('The cadence must be an RRULE such as FREQ=WEEKLY;INTERVAL=6.', { field: 'cadence' });
  try {
    const options = RRule.parseString(text);
    // Yearly, monthly, weekly and daily make sense for meetings; hourly and finer do not.
    if (options.freq === undefined || options.freq > RRule.DAILY) throw new Error('frequency');
    return new RRule({ ...options, dtstart: new Date(Date.UTC(2000, 0, 1)) });
  } catch {
    throw badInput('The cadence must be an RRULE such as FREQ=WEEKLY;INTERVAL=6 or FREQ=MONTHLY;BYDAY=2TU.', { field: 'cadence' });
  }
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
  const options = RRule.parseString(rule.trim().replace(/^RRULE:/i, ''));
  const expanded = new RRule({ ...options, dtstart: toFloating(first) });
  return expanded.between(toFloating(from), toFloating(until), true).map((floating) => {
    const local = fromFloating(floating);
    return { key: local.toFormat("yyyy-MM-dd'T'HH:mm"), startsAt: local.toJSDate() };
  });
}
