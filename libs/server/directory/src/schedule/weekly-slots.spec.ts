import { AppError } from '@convene/errors';
import { minutesOf, weeklySlots } from './weekly-slots';

describe('weekly slots of a service schedule', () => {
  const now = new Date('2026-01-05T08:00:00Z'); // a Monday in winter (London = UTC)

  it('gives each weekday and London time a weekly rule runs on', () => {
    const slots = weeklySlots('FREQ=WEEKLY;BYDAY=TU,TH', new Date('2026-01-06T10:00:00Z'), 120, now);
    expect(slots).toEqual([
      { weekday: 2, startsMinute: 600, endsMinute: 720 },
      { weekday: 4, startsMinute: 600, endsMinute: 720 },
    ]);
  });

  it('keeps the wall-clock time across the clock change and reads monthly rules as their weekday', () => {
    // First session in summer time at 18:00 London (17:00 UTC): still 18:00 in winter.
    const slots = weeklySlots('FREQ=MONTHLY;BYDAY=2WE', new Date('2025-07-09T17:00:00Z'), 90, now);
    expect(slots).toEqual([{ weekday: 3, startsMinute: 18 * 60, endsMinute: 18 * 60 + 90 }]);
  });

  it('refuses a rule that is not an RRULE, naming the field', () => {
    expect(() => weeklySlots('every tuesday', new Date('2026-01-06T10:00:00Z'), 60, now)).toThrow(AppError);
    expect(minutesOf('09:30')).toBe(570);
    expect(minutesOf('25:00')).toBeNull();
  });
});
