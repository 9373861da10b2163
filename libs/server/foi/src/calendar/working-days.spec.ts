import { BUNDLED_BANK_HOLIDAYS, BUNDLED_YEARS } from './bank-holidays';
import { clockState, describeClock, dueDate, internalReviewDue, nextDay, UnknownHolidayYear, WorkingDays, type Clarification } from './working-days';

const bundled = new WorkingDays(new Map(BUNDLED_YEARS.map((y) => [y, new Set(BUNDLED_BANK_HOLIDAYS[y].map((h) => h.day))])));

describe('the 20-working-day clock', () => {
  it.each([
    ['across Christmas and New Year (2025 into 2026)', '2025-12-10', '2026-01-12'],
    ['across Christmas 2026 with the Boxing Day substitute', '2026-12-07', '2027-01-07'],
    ['across Good Friday and Easter Monday', '2026-03-20', '2026-04-21'],
    ['across the early May and spring bank holidays', '2026-04-27', '2026-05-27'],
    ['across the late August bank holiday', '2026-08-14', '2026-09-14'],
    ['received on a Saturday: day one is the Monday', '2026-08-15', '2026-09-14'],
    ['across the 2022 Platinum Jubilee days', '2022-05-20', '2022-06-21'],
  ])('%s', (_name, receivedOn, expected) => {
    expect(dueDate(bundled, { receivedOn }).dueOn).toBe(expected);
  });

  it('a clarification stops the clock from the day it is asked to the day it is answered', () => {
    expect(dueDate(bundled, { receivedOn: '2026-03-02' }).dueOn).toBe('2026-03-30');
    const answered: Clarification[] = [{ requestedOn: '2026-03-09', answeredOn: '2026-03-13' }];
    expect(dueDate(bundled, { receivedOn: '2026-03-02', clarifications: answered }).dueOn).toBe('2026-04-08');
  });

  it('an unanswered clarification leaves no due date, and says how many days had run', () => {
    const open = dueDate(bundled, { receivedOn: '2026-03-02', clarifications: [{ requestedOn: '2026-03-09', answeredOn: null }] });
    expect(open).toEqual({ dueOn: null, paused: true, usedWhilePaused: 4 });
  });

  it('two clarifications each pause the clock', () => {
    const both: Clarification[] = [
      { requestedOn: '2026-03-09', answeredOn: '2026-03-09' },
      { requestedOn: '2026-03-16', answeredOn: '2026-03-17' },
    ];
    // Three working days disregarded: 9, 16 and 17 March.
    expect(dueDate(bundled, { receivedOn: '2026-03-02', clarifications: both }).dueOn).toBe('2026-04-02');
  });

  it('a public-interest extension adds working days after the statutory 20', () => {
    expect(dueDate(bundled, { receivedOn: '2025-12-10', extensionWorkingDays: 20 }).dueOn).toBe('2026-02-09');
    expect(dueDate(bundled, { receivedOn: '2026-08-14', extensionWorkingDays: 5 }).dueOn).toBe('2026-09-21');
  });

  it('an internal review has its own 20 working days', () => {
    expect(internalReviewDue(bundled, '2026-05-01')).toBe('2026-06-02');
  });

  it('refuses a year whose bank holidays are missing, naming it', () => {
    expect(() => dueDate(bundled, { receivedOn: '2028-12-20' })).toThrow(UnknownHolidayYear);
    expect(() => dueDate(bundled, { receivedOn: '2028-12-20' })).toThrow(/bank holidays for 2029 are missing/);
    // A partnership's own year fills the gap.
    const withAdded = new WorkingDays(new Map([...BUNDLED_YEARS.map((y) => [y, new Set(BUNDLED_BANK_HOLIDAYS[y].map((h) => h.day))] as const), [2029, new Set(['2029-01-01'])]]));
    expect(dueDate(withAdded, { receivedOn: '2028-12-20' }).dueOn).toBe('2029-01-22');
  });

  it.each([
    ['2026-12-07', '2026-12-23', '12 working days left'],
    ['2026-12-07', '2026-12-07', 'Due today'],
    ['2026-12-07', '2026-12-08', '1 working day left'],
    ['2026-12-07', '2026-12-02', '3 working days overdue'],
    ['2026-12-05', '2026-12-04', '1 working day overdue'],
  ])('on %s a request due %s reads "%s"', (today, dueOn, text) => {
    expect(describeClock(clockState(bundled, today, dueOn))).toBe(text);
  });
});

/** The rules GOV.UK applies, to check the typed table against (one-off days listed apart). */
function ruleHolidays(year: number): string[] {
  const day = (m: number, d: number) => new Date(Date.UTC(year, m - 1, d)).toISOString().slice(0, 10);
  const weekday = (s: string) => new Date(`${s}T00:00:00Z`).getUTCDay();
  const mondayOnOrAfter = (s: string) => {
    let d = s;
    while (weekday(d) !== 1) d = nextDay(d);
    return d;
  };
  const lastMonday = (m: number) => {
    let d = nextDay(day(m + 1, 1), -1);
    while (weekday(d) !== 1) d = nextDay(d, -1);
    return d;
  };
  // Anonymous Gregorian computus.
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const easter = day(Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1);
  const newYear = weekday(day(1, 1)) === 6 ? day(1, 3) : weekday(day(1, 1)) === 0 ? day(1, 2) : day(1, 1);
  const christmas = day(12, 25);
  const [xmas, boxing] =
    weekday(christmas) === 5 ? [christmas, day(12, 28)] : weekday(christmas) === 6 ? [day(12, 27), day(12, 28)] : weekday(christmas) === 0 ? [day(12, 27), day(12, 26)] : [christmas, day(12, 26)];
  return [newYear, nextDay(easter, -2), nextDay(easter, 1), mondayOnOrAfter(day(5, 1)), lastMonday(5), lastMonday(8), xmas, boxing].sort();
}

const ONE_OFFS: Record<number, { add: string[]; remove: string[] }> = {
  2020: { add: ['2020-05-08'], remove: ['2020-05-04'] },
  2022: { add: ['2022-06-02', '2022-06-03', '2022-09-19'], remove: ['2022-05-30'] },
  2023: { add: ['2023-05-08'], remove: [] },
};

describe('the bundled bank holiday table', () => {
  it.each(BUNDLED_YEARS)('%i follows the rules, substitute days and announced one-offs included', (year) => {
    const extra = ONE_OFFS[year] ?? { add: [], remove: [] };
    const expected = [...ruleHolidays(year).filter((d) => !extra.remove.includes(d)), ...extra.add].sort();
    expect(BUNDLED_BANK_HOLIDAYS[year].map((h) => h.day).sort()).toEqual(expected);
  });

  it('covers at least the year ahead', () => {
    expect(Math.max(...BUNDLED_YEARS)).toBeGreaterThanOrEqual(2027);
  });
});
