import { Writable } from 'node:stream';
import pino from 'pino';
import { errorSummary, throttledLog } from './throttled';

describe('throttledLog', () => {
  it('writes a repeating event once per interval and key, then says how many it held back', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    const note = throttledLog(pino({ base: undefined, timestamp: false }, sink), 50);
    for (let i = 0; i < 5; i++) note('warn', 'redis', { i }, 'Redis is unreachable');
    note('warn', 'postgres', {}, 'PostgreSQL connection lost');
    await new Promise((resolve) => setTimeout(resolve, 80));
    note('warn', 'redis', { i: 5 }, 'Redis is unreachable');
    expect(lines).toEqual([
      { level: 40, i: 0, msg: 'Redis is unreachable' },
      { level: 40, msg: 'PostgreSQL connection lost' },
      { level: 40, i: 5, suppressed: 4, msg: 'Redis is unreachable' },
    ]);
  });

  it('summarises an error without its stack, and names the address-less connect failure', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), { code: 'ECONNREFUSED' });
    expect(errorSummary(refused)).toEqual({ message: 'connect ECONNREFUSED 127.0.0.1:5999', code: 'ECONNREFUSED' });
    expect(errorSummary(new AggregateError([refused], ''))).toEqual({ message: 'connect ECONNREFUSED 127.0.0.1:5999' });
    expect(errorSummary('plain')).toEqual({ message: 'plain' });
  });
});
