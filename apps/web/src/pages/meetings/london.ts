/**
 * UK wall-clock time, for forms that ask "what date and time" without a library. Meetings are
 * held in Europe/London: a date and time typed in a form means London time, whether the clocks
 * are on GMT (+00:00) or British Summer Time (+01:00) that day.
 */
const WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The London date (YYYY-MM-DD) and time (HH:MM) of an instant, as date and time inputs want them. */
export function londonParts(instant: Date | string): { date: string; time: string } {
  const parts = Object.fromEntries(WALL_CLOCK.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

export type WallClockResult = { instant: Date } | { problem: 'date' | 'time' | 'gap' };

/**
 * The instant a London date and time name. Tries BST then GMT and keeps the offset that reads
 * back as the same wall-clock time: in October's repeated hour that is the first (BST) one; in
 * March's skipped hour neither fits, so the answer is a `gap`.
 */
export function londonToInstant(date: string, time: string): WallClockResult {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!d) return { problem: 'date' };
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return { problem: 'date' };
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) return { problem: 'time' };
  const wanted = `${t[1].padStart(2, '0')}:${t[2]}`;
  const wall = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]));
  for (const offsetHours of [1, 0]) {
    const instant = new Date(wall - offsetHours * 3600_000);
    const back = londonParts(instant);
    if (back.date === date.trim() && back.time === wanted) return { instant };
  }
  return { problem: 'gap' };
}

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "14:30", London time. */
export const formatTime = (iso: string) => TIME.format(new Date(iso));
