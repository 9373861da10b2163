import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { parseDateTime } from './date-time';

describe('DateTime values', () => {
  it('takes ISO 8601 dates and times, with or without an offset', () => {
    expect(parseDateTime('2026-03-05T18:30:00Z').toISOString()).toBe('2026-03-05T18:30:00.000Z');
    expect(parseDateTime('2026-03-05T18:30:00.123+01:00').toISOString()).toBe('2026-03-05T17:30:00.123Z');
    expect(parseDateTime('2026-03-05').toISOString()).toBe('2026-03-05T00:00:00.000Z');
  });

  it('reads a time without an offset as UTC, whatever the server’s time zone', () => {
    // The parser, bundled, in a process whose own zone is London (jest's process.env is a copy).
    const { outputFiles } = buildSync({ entryPoints: [join(__dirname, 'date-time.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, external: ['graphql'], tsconfig: join(__dirname, '../../../../tsconfig.base.json') });
    const script = `${outputFiles[0].text}\nconsole.log(JSON.stringify([new Date('2026-06-10T10:00:00'), ...['2026-06-10T10:00:00', '2026-06-10 10:00', '2026-06-10T10:00:00.5', '2026-06-10T10:00:00+01:00'].map(module.exports.parseDateTime)]))`;
    const answer = execFileSync(process.execPath, ['-'], { input: script, env: { ...process.env, TZ: 'Europe/London' }, encoding: 'utf8' });
    expect(JSON.parse(answer)).toEqual([
      '2026-06-10T09:00:00.000Z', // what JavaScript alone makes of it there
      '2026-06-10T10:00:00.000Z',
      '2026-06-10T10:00:00.000Z',
      '2026-06-10T10:00:00.500Z',
      '2026-06-10T09:00:00.000Z',
    ]);
  });

  it('refuses what is not a date with BAD_USER_INPUT', () => {
    for (const value of ['yesterday', 'not a date', '', '2026-02-31T10:00:00Z', '2026-13-01', '2026-03-05T25:00:00Z', 1e20, 0, null, {}, ['2026-03-05']]) {
      expect(() => parseDateTime(value)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});
