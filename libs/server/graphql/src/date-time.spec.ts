import { parseDateTime } from './date-time';

describe('DateTime values', () => {
  it('takes ISO 8601 dates and times, with or without an offset', () => {
    expect(parseDateTime('2026-03-05T18:30:00Z').toISOString()).toBe('2026-03-05T18:30:00.000Z');
    expect(parseDateTime('2026-03-05T18:30:00.123+01:00').toISOString()).toBe('2026-03-05T17:30:00.123Z');
    expect(parseDateTime('2026-03-05').toISOString()).toBe('2026-03-05T00:00:00.000Z');
  });

  it('refuses what is not a date with BAD_USER_INPUT', () => {
    for (const value of ['yesterday', 'not a date', '', '2026-02-31T10:00:00Z', '2026-13-01', '2026-03-05T25:00:00Z', 1e20, 0, null, {}, ['2026-03-05']]) {
      expect(() => parseDateTime(value)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});
