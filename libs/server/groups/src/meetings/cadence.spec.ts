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
});
