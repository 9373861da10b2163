import { londonParts, londonToInstant } from '../meetings/london';

/** What the cadence picker holds: "every N weeks/months starting on <date> at <time>", London time. */
export interface CadenceChoice {
  repeats: 'NONE' | 'WEEKLY' | 'MONTHLY';
  every: string;
  date: string;
  time: string;
}

export interface CadenceProblem {
  field: 'cadence-every' | 'cadence-date' | 'cadence-time';
  message: string;
}

export const NO_CADENCE: CadenceChoice = { repeats: 'NONE', every: '6', date: '', time: '10:00' };

/** The picker's view of a stored rule, or null when the rule is one it cannot show (kept as it is). */
export function choiceOf(rule: string | null, start: string | null): CadenceChoice | null {
  if (!rule) return { ...NO_CADENCE, ...(start ? londonParts(start) : {}) };
  const found = /^(?:RRULE:)?FREQ=(WEEKLY|MONTHLY)(?:;INTERVAL=(\d+))?$/i.exec(rule.trim());
  if (!found) return null;
  const parts = start ? londonParts(start) : { date: '', time: '10:00' };
  return { repeats: found[1].toUpperCase() as 'WEEKLY' | 'MONTHLY', every: found[2] ?? '1', ...parts };
}

/** The rule and first meeting the API wants, or every problem with the choice. */
export function ruleOf(choice: CadenceChoice): { cadence: string | null; cadenceStart: string | null; problems: CadenceProblem[] } {
  if (choice.repeats === 'NONE') return { cadence: null, cadenceStart: null, problems: [] };
  const problems: CadenceProblem[] = [];
  const every = Number(choice.every);
  const most = choice.repeats === 'WEEKLY' ? 52 : 24;
  if (!/^\d+$/.test(choice.every.trim()) || every < 1 || every > most) {
    problems.push({ field: 'cadence-every', message: `Enter how often the group meets, as a whole number of ${choice.repeats === 'WEEKLY' ? 'weeks' : 'months'} from 1 to ${most}` });
  }
  let cadenceStart: string | null = null;
  if (!choice.date.trim()) problems.push({ field: 'cadence-date', message: 'Enter the date of the first meeting' });
  if (!choice.time.trim()) problems.push({ field: 'cadence-time', message: 'Enter the time meetings start' });
  if (choice.date.trim() && choice.time.trim()) {
    const found = londonToInstant(choice.date, choice.time);
    if ('instant' in found) cadenceStart = found.instant.toISOString();
    else if (found.problem === 'date') problems.push({ field: 'cadence-date', message: 'Enter the date of the first meeting as a real date' });
    else if (found.problem === 'time') problems.push({ field: 'cadence-time', message: 'Enter the start time as hours and minutes, like 10:00' });
    else problems.push({ field: 'cadence-time', message: 'That time does not exist on that day, because the clocks go forward. Choose another time' });
  }
  return { cadence: problems.length ? null : `FREQ=${choice.repeats};INTERVAL=${every}`, cadenceStart, problems };
}

/** The next `count` meetings from the first one, at the same London time: what the server will plan. */
export function nextDates(choice: CadenceChoice, count = 4, from = new Date()): Date[] {
  const { cadence, cadenceStart } = ruleOf(choice);
  if (!cadence || !cadenceStart) return [];
  const every = Number(choice.every);
  const [y, m, d] = choice.date.split('-').map(Number);
  const dates: Date[] = [];
  for (let i = 0; dates.length < count && i < 500; i++) {
    const day = choice.repeats === 'WEEKLY' ? new Date(Date.UTC(y, m - 1, d + 7 * every * i)) : new Date(Date.UTC(y, m - 1 + every * i, d));
    // Monthly on the 31st skips months without one, as RFC 5545 does.
    if (choice.repeats === 'MONTHLY' && day.getUTCDate() !== d) continue;
    const found = londonToInstant(day.toISOString().slice(0, 10), choice.time);
    if ('instant' in found && found.instant >= from) dates.push(found.instant);
  }
  return dates;
}

export function cadenceSentence(choice: CadenceChoice): string {
  if (choice.repeats === 'NONE') return 'No regular meetings';
  const n = Number(choice.every);
  const unit = choice.repeats === 'WEEKLY' ? 'week' : 'month';
  return n === 1 ? `Every ${unit}` : `Every ${n} ${unit}s`;
}
