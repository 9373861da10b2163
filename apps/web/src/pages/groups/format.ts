/** Plain-English words for the groups area: kinds, roles, visibility, cadence and lengths of time. */

const LONDON = 'Europe/London';

export const KIND_WORDS: Record<string, string> = {
  STEERING_GROUP: 'Steering group',
  WORKING_GROUP: 'Working group',
  BOARD: 'Board',
};

export const ROLE_WORDS: Record<string, string> = {
  CHAIR: 'Chair',
  SECRETARY: 'Secretary',
  MEMBER: 'Member',
  OBSERVER: 'Observer',
};

export const VISIBILITY_WORDS: Record<string, string> = {
  PRIVATE: 'Private: only its members',
  PARTNERSHIP: 'Everyone in the partnership',
  PUBLIC: 'Public: anyone can read its terms of reference and published minutes',
};

/** Short forms for lists. */
export const VISIBILITY_SHORT: Record<string, string> = {
  PRIVATE: 'Private',
  PARTNERSHIP: 'Open to the partnership',
  PUBLIC: 'Public',
};

export const TERMS_STATUS: Record<string, { label: string; colour?: string }> = {
  DRAFT: { label: 'Draft' },
  PROPOSED: { label: 'Proposed', colour: 'yellow' },
  APPROVED: { label: 'Approved', colour: 'green' },
  SUPERSEDED: { label: 'Superseded', colour: 'grey' },
};

export const DIRECTION_WORDS: Record<string, string> = {
  IMPROVING: 'Improving',
  STABLE: 'Stable',
  WORSENING: 'Worsening',
};


const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function durationInWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return plural(rest, 'minute', 'minutes');
  return rest === 0 ? plural(hours, 'hour', 'hours') : `${plural(hours, 'hour', 'hours')} ${plural(rest, 'minute', 'minutes')}`;
}

export const daysBefore = (days: number) => (days === 0 ? 'on the day of each meeting' : `${plural(days, 'day', 'days')} before each meeting`);

export const timeOfDay = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: LONDON });
export const shortDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: LONDON });
/** "Tuesday 3 March 2026" */
export const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON });

const DAYS: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last', '-2': 'second to last' };
const UNITS: Record<string, [string, string]> = { DAILY: ['day', 'days'], WEEKLY: ['week', 'weeks'], MONTHLY: ['month', 'months'], YEARLY: ['year', 'years'] };
const KNOWN = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'WKST', 'COUNT']);

const listInWords = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
const dayOfMonth = (n: number) => {
  if (n === -1) return 'the last day';
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `the ${n}${suffix}`;
};

/**
 * An RFC 5545 RRULE in words ("Every 6 weeks", "Every month, on the second Tuesday"), or null
 * when the rule uses parts this does not describe (the page then shows the rule itself).
 */
export function cadenceInWords(rule: string): string | null {
  const parts: Record<string, string> = {};
  for (const part of rule.trim().replace(/^RRULE:/i, '').split(';')) {
    const [key, value, extra] = part.split('=');
    if (!key || !value || extra !== undefined) return null;
    parts[key.toUpperCase()] = value.toUpperCase();
  }
  const unit = UNITS[parts.FREQ];
  if (!unit || Object.keys(parts).some((key) => !KNOWN.has(key))) return null;
  const interval = parts.INTERVAL === undefined ? 1 : Number(parts.INTERVAL);
  if (!Number.isInteger(interval) || interval < 1) return null;
  let text = interval === 1 ? `Every ${unit[0]}` : `Every ${interval} ${unit[1]}`;

  if (parts.BYDAY) {
    const days: string[] = [];
    for (const day of parts.BYDAY.split(',')) {
      const found = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(day);
      if (!found) return null;
      const ordinal = found[1]?.replace('+', '');
      if (ordinal && !ORDINALS[ordinal]) return null;
      days.push(ordinal ? `the ${ORDINALS[ordinal]} ${DAYS[found[2]]}` : DAYS[found[2]]);
    }
    text += `, on ${listInWords(days)}`;
  }
  if (parts.BYMONTHDAY) {
    const days = parts.BYMONTHDAY.split(',').map(Number);
    if (days.some((d) => !Number.isInteger(d) || d === 0 || d > 31 || d < -1)) return null;
    text += `, on ${listInWords(days.map(dayOfMonth))}`;
  }
  if (parts.COUNT) {
    const count = Number(parts.COUNT);
    if (!Number.isInteger(count) || count < 1) return null;
    text += `, ${plural(count, 'time', 'times')} in all`;
  }
  return text;
}
