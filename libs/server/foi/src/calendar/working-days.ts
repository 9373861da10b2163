/**
 * The Freedom of Information Act's clock (s.10): an authority answers within 20 working days,
 * counted from the day after it received the request. Working days skip Saturdays, Sundays and
 * England and Wales bank holidays. Days are 'YYYY-MM-DD' strings: the clock is about calendar
 * days in England, never instants, so nothing here depends on a time zone.
 */
export const STATUTORY_WORKING_DAYS = 20;
/** The ICO's code of practice: an internal review within 20 working days. */
export const INTERNAL_REVIEW_WORKING_DAYS = 20;
/** A public-interest extension is "reasonable": the ICO's guidance caps it at 20 more working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** The coordinator's reminder comes this many working days before a due date. */
export const CHASE_WORKING_DAYS_BEFORE = 3;

/** A day was needed from a year whose bank holidays nobody has given. */
export class UnknownHolidayYear extends Error {
  constructor(readonly year: number) {
    super(`The bank holidays for ${year} are missing, so no due date can be worked out. A coordinator can add ${year}'s bank holidays on the bank holidays screen.`);
  }
}

export type HolidayYears = ReadonlyMap<number, ReadonlySet<string>>;

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDay(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`Not a day: ${day}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (formatDay(ms) !== day) throw new RangeError(`Not a day: ${day}`);
  return ms;
}

export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function nextDay(day: string, by = 1): string {
  return formatDay(parseDay(day) + by * DAY_MS);
}

export class WorkingDays {
  constructor(private readonly years: HolidayYears) {}

  isWorkingDay(day: string): boolean {
    const weekday = new Date(parseDay(day)).getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    const year = Number(day.slice(0, 4));
    const holidays = this.years.get(year);
    if (!holidays) throw new UnknownHolidayYear(year);
    return !holidays.has(day);
  }

  /**
   * The `count`th working day after `from` (from itself never counts), skipping any day for
   * which `skip` answers true as well (a paused clock).
   */
  addWorkingDays(from: string, count: number, skip: (day: string) => boolean = () => false): string {
    let day = from;
    let left = count;
    while (left > 0) {
      day = nextDay(day);
      if (this.isWorkingDay(day) && !skip(day)) left -= 1;
    }
    return day;
  }

  /** The `count`th working day before `from`. */
  subtractWorkingDays(from: string, count: number): string {
    let day = from;
    let left = count;
    while (left > 0) {
      day = nextDay(day, -1);
      if (this.isWorkingDay(day)) left -= 1;
    }
    return day;
  }

  /** Working days after `from` up to and including `to` (negative when `to` is earlier). */
  between(from: string, to: string): number {
    if (to === from) return 0;
    const [start, end, sign] = to > from ? [from, to, 1] : [to, from, -1];
    let n = 0;
    for (let day = nextDay(start); day <= end; day = nextDay(day)) if (this.isWorkingDay(day)) n += 1;
    return n * sign;
  }
}

export interface Clarification {
  requestedOn: string;
  /** null while the requester has not answered: the clock stands still. */
  answeredOn: string | null;
}

export interface ClockInput {
  receivedOn: string;
  clarifications?: readonly Clarification[];
  extensionWorkingDays?: number | null;
}

export interface ClockResult {
  /** null while a clarification is unanswered. */
  dueOn: string | null;
  paused: boolean;
  /** Working days counted before the open clarification stopped the clock. */
  usedWhilePaused?: number;
}

/**
 * The due date. Following s.10(2) for fees notices, the working days from the day a
 * clarification is asked to the day it is answered (both included) are disregarded; an open
 * clarification stops the clock. An extension adds working days after the statutory 20.
 */
export function dueDate(days: WorkingDays, input: ClockInput): ClockResult {
  const clarifications = input.clarifications ?? [];
  const paused = (day: string) => clarifications.some((c) => day >= c.requestedOn && (c.answeredOn === null || day <= c.answeredOn));
  const total = STATUTORY_WORKING_DAYS + (input.extensionWorkingDays ?? 0);
  const open = clarifications.find((c) => c.answeredOn === null);
  if (open) {
    // Count what ran before the pause, so the page can say how much is left.
    const used = open.requestedOn > input.receivedOn ? countUntil(days, input.receivedOn, nextDay(open.requestedOn, -1), paused) : 0;
    return { dueOn: null, paused: true, usedWhilePaused: Math.min(used, total) };
  }
  return { dueOn: days.addWorkingDays(input.receivedOn, total, paused), paused: false };
}

function countUntil(days: WorkingDays, from: string, to: string, skip: (day: string) => boolean): number {
  let n = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (days.isWorkingDay(day) && !skip(day)) n += 1;
  return n;
}

/** The internal review's deadline: 20 working days after the review was asked for. */
export function internalReviewDue(days: WorkingDays, requestedOn: string): string {
  return days.addWorkingDays(requestedOn, INTERNAL_REVIEW_WORKING_DAYS);
}

export type ClockState = { kind: 'LEFT'; workingDays: number } | { kind: 'DUE_TODAY' } | { kind: 'OVERDUE'; workingDays: number } | { kind: 'PAUSED' } | { kind: 'NONE' };

/** Where a due date stands on `today`, in working days. */
export function clockState(days: WorkingDays, today: string, dueOn: string | null, paused = false): ClockState {
  if (paused) return { kind: 'PAUSED' };
  if (!dueOn) return { kind: 'NONE' };
  if (dueOn === today) return { kind: 'DUE_TODAY' };
  const n = days.between(today, dueOn);
  if (dueOn > today) return { kind: 'LEFT', workingDays: Math.max(n, 0) };
  return { kind: 'OVERDUE', workingDays: Math.max(-n, 1) };
}

/** "12 working days left", "Due today", "3 working days overdue", "Clock stopped: clarification asked". */
export function describeClock(state: ClockState): string {
  switch (state.kind) {
    case 'LEFT':
      return state.workingDays === 0 ? 'Due on the next working day' : `${state.workingDays} working day${state.workingDays === 1 ? '' : 's'} left`;
    case 'DUE_TODAY':
      return 'Due today';
    case 'OVERDUE':
      return `${state.workingDays} working day${state.workingDays === 1 ? '' : 's'} overdue`;
    case 'PAUSED':
      return 'Clock stopped: waiting for our clarification';
    default:
      return 'Not sent yet';
  }
}
