import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { JOBS } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { seedPartnership, startSmtpSink } from '@convene/testing';
import { startApi } from '../../api/src/testing/api-harness';
import { addGroup, addMeeting, addMembers, perRecipient, publishAgenda, until } from './testing/mail-world';

const ROOT = join(__dirname, '../../..');

describe('worker shutdown', () => {
  it('on SIGTERM finishes the job in hand, then exits cleanly', async () => {
    const api = await startApi();
    const smtp = await startSmtpSink();
    try {
      const p = await seedPartnership(api.db, 'sigterm');
      const groupId = await addGroup(api.db, p.partnershipId, 'Shutdown group');
      const members = await addMembers(api.db, p.partnershipId, groupId, 80, 'sigterm');
      const meetingId = await addMeeting(api.db, groupId, new Date(Date.now() + 3 * 86_400_000));
      await publishAgenda(api.db, meetingId, 1);

      const child = spawn(process.execPath, [join(ROOT, 'tools/test/run-ts.js'), join(ROOT, 'apps/worker/src/main.ts')], {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await until(() => output.includes('worker started'), 'the worker to start', 60_000);
      await api.app.get(JobQueue, { strict: false }).add(JOBS.agendaPack, { meetingId, version: 1 });
      await until(() => smtp.messages.length >= 5, 'the first messages');

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // The pack it had started went to everyone before the process left.
      expect(Object.fromEntries(perRecipient(smtp.messages, 'Agenda pack:'))).toEqual(Object.fromEntries(members.map((m) => [m.email, 1])));
      const [{ unsettled }] = await api.db.query(`SELECT count(*)::int AS unsettled FROM delivery WHERE status <> 'SENT'`);
      expect(unsettled).toBe(0);
      expect(output).toContain('finishing current jobs, then stopping');
    } finally {
      await smtp.close();
      await api.close();
    }
  }, 90_000);
});
