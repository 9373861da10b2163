import { DateTime } from 'luxon';
import { occurrences, parseCadence } from './cadence';

const london = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/London' }).toFormat('yyyy-MM-dd HH:mm ZZ');

describe('cadence', () => {
  const first = new Date('2026-01-13T10:00:00Z'); // Tuesday 13 January, 10:00 GMT

  it('every six weeks keeps 10:00 London time across the March and October clock changes', () => {
    const found = occurrences('FREQ=WEEKLY;INTERVAL=6', first, first, new Date('2026-12-31T00:00:00Z'));
    expect(found.map((o) => london(o.startsAt))).toEqual([
      '2026-01-13 10:00 +00:00',
      '2026-02-24 10:00 +00:00',
      '2026-04-07 10:00 +01:00',
      '2026-05-19 10:00 +01:00',
      '2026-06-30 10:00 +01:00',
      '2026-08-11 10:00 +01:00',
      '2026-09-22 10:00 +01:00',
      '2026-11-03 10:00 +00:00',
      '2026-12-15 10:00 +00:00',
    ]);
    expect(found[2].startsAt.toISOString()).toBe('2026-04-07T09:00:00.000Z');
    expect(found[2].key).toBe('2026-04-07T10:00');
  });

  it('every six months', () => {
    const found = occurrences('FREQ=MONTHLY;INTERVAL=6', new Date('2026-03-10T14:00:00Z'), new Date('2026-01-01'), new Date('2028-01-01'));
    expect(found.map((o) => o.key)).toEqual(['2026-03-10T14:00', '2026-09-10T14:00', '2027-03-10T14:00', '2027-09-10T14:00']);
  });

  it('the second Tuesday of the month', () => {
    const found = occurrences('FREQ=MONTHLY;BYDAY=2TU', new Date('2026-01-13T09:30:00Z'), new Date('2026-01-01'), new Date('2026-05-01'));
    expect(found.map((o) => o.key)).toEqual(['2026-01-13T09:30', '2026-02-10T09:30', '2026-03-10T09:30', '2026-04-14T09:30']);
    expect(london(found[3].startsAt)).toBe('2026-04-14 09:30 +01:00');
  });

  it('rejects rules that are not RRULEs', () => {
    for (const bad of ['every six weeks', 'FREQ=SOMETIMES', '', 'FREQ=WEEKLY\r\nATTENDEE:x']) expect(() => parseCadence(bad)).toThrow(/RRULE/);
    expect(() => parseCadence('FREQ=WEEKLY;INTERVAL=6')).not.toThrow();
  });

  it('refuses, at once, intervals and counts that are not whole numbers from 1, and times of day', () => {
    // rrule loops for ever on INTERVAL=-1; each of these must come back straight away.
    for (const bad of ['FREQ=WEEKLY;INTERVAL=-1', 'FREQ=WEEKLY;INTERVAL=0', 'FREQ=WEEKLY;INTERVAL=abc', 'FREQ=WEEKLY;INTERVAL=', 'FREQ=MONTHLY;INTERVAL=-6', 'FREQ=WEEKLY;INTERVAL=1.5', 'FREQ=WEEKLY;COUNT=0', 'FREQ=DAILY;BYHOUR=9,10']) {
      expect(() => parseCadence(bad)).toThrow(/RRULE/);
    }
  });

  it('refuses, quickly, rules that can never give a meeting', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    for (const empty of ['FREQ=YEARLY;BYMONTH=13', 'FREQ=MONTHLY;BYDAY=9TU', 'FREQ=MONTHLY;BYMONTHDAY=32', 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=WEEKLY;UNTIL=20200101T000000Z']) {
      expect(() => parseCadence(empty, now)).toThrow(/never gives a meeting/);
    }
    expect(() => parseCadence('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', now)).not.toThrow(); // 29 February 2028
    expect(() => parseCadence('FREQ=MONTHLY;INTERVAL=6', now)).not.toThrow();
  });

  it('expands a rule stored before these checks to nothing, rather than hanging', () => {
    expect(occurrences('FREQ=WEEKLY;INTERVAL=-1', first, first, new Date('2027-01-01T00:00:00Z'))).toEqual([]);
    expect(occurrences('FREQ=MONTHLY;BYDAY=9TU', first, first, new Date('2027-01-01T00:00:00Z'))).toEqual([]);
  });

  it('never expands more than 400 occurrences at once', () => {
    expect(occurrences('FREQ=DAILY', first, first, new Date('2030-01-01T00:00:00Z'))).toHaveLength(400);
  });
});
