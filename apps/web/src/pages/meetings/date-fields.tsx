import { DateInput } from '../../components/ui';
import type { Problem } from './forms';
import { londonToInstant } from './london';

/** The GOV.UK date input, read from the form by `readDate` (the one component lives in components/ui). */
export const DateFields = DateInput;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date typed in a DateFields as YYYY-MM-DD, '' when all three are empty, or what is wrong. */
export function readDate(form: HTMLFormElement, id: string, what: string): { date: string } | { problem: string } {
  const data = new FormData(form);
  const get = (part: string) => String(data.get(`${id}-${part}`) ?? '').trim();
  const [day, monthText, year] = [get('day'), get('month'), get('year')];
  if (!day && !monthText && !year) return { date: '' };
  const missing = [!day && 'day', !monthText && 'month', !year && 'year'].filter(Boolean);
  if (missing.length) return { problem: `${what} must include a ${missing.join(' and ')}` };
  // People write "March" or "mar" as often as "3".
  const named = MONTHS.indexOf(monthText.slice(0, 3).toLowerCase());
  const month = /^\d{1,2}$/.test(monthText) ? Number(monthText) : named >= 0 ? named + 1 : NaN;
  if (!/^\d{1,2}$/.test(day) || !/^\d{4}$/.test(year) || !(month >= 1 && month <= 12)) return { problem: `${what} must be a real date, for example 27 3 2027` };
  const date = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  if ('problem' in londonToInstant(date, '12:00')) return { problem: `${what} must be a real date, for example 27 3 2027` };
  return { date };
}

const TIME_PROBLEMS = {
  time: 'Enter the time in 24-hour form, for example 14:30',
  gap: 'That time does not exist in the UK on that day, because the clocks go forward an hour. Choose another time.',
} as const;

/** A London date and time from a form, as an instant, or the problems with each. */
export function readDateTime(form: HTMLFormElement, ids: { date: string; time: string }, fields: { date: string; time: string }, what: { date: string; time: string }): { instant: Date } | { problems: Problem[] } {
  const date = readDate(form, ids.date, what.date);
  const time = String(new FormData(form).get(ids.time) ?? '').trim();
  const problems: Problem[] = [];
  if ('problem' in date) problems.push([fields.date, date.problem]);
  else if (!date.date) problems.push([fields.date, `Enter ${what.date.toLowerCase()}`]);
  if (!time) problems.push([fields.time, `Enter ${what.time.toLowerCase()}`]);
  else if (!/^\d{1,2}[:.]\d{2}$/.test(time)) problems.push([fields.time, TIME_PROBLEMS.time]);
  if (problems.length || 'problem' in date) return { problems };
  const result = londonToInstant(date.date, time.replace('.', ':'));
  if ('problem' in result) return { problems: [result.problem === 'date' ? [fields.date, `${what.date} must be a real date`] : [fields.time, TIME_PROBLEMS[result.problem]]] };
  return { instant: result.instant };
}
