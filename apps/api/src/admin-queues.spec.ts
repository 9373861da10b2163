import { JOBS, QUEUES } from '@convene/contracts';
import { Worker } from 'bullmq';
import { JobQueue } from '@convene/jobs';
import { createRedis } from '@convene/redis';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

describe('bull-board behind admin sign-in', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const tokenOf = async (who: 'admin' | 'member') => (await gql(api.url, SIGN_IN, { input: { email: p[who].email, password: p[who].password } })).data!.signIn.token as string;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'board');
  });
  afterAll(() => api.close());

  it('refuses anyone who is not signed in as an admin', async () => {
    expect((await fetch(`${api.url}/admin/queues`)).status).toBe(401);
    expect((await fetch(`${api.url}/admin/queues/api/queues`)).status).toBe(401);
    expect((await fetch(`${api.url}/admin/queues`, { headers: { authorization: 'Bearer cvs_not-a-real-token' } })).status).toBe(401);
    const member = await fetch(`${api.url}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${await tokenOf('member')}` } });
    expect(member.status).toBe(403);
  });

  it('shows admins every queue, with failed jobs and their errors', async () => {
    // A job that fails for good, as after its last retry in an SMTP outage.
    const queue = api.app.get(JobQueue, { strict: false });
    const connection = createRedis(api.config.REDIS_URL);
    const failing = new Worker('mail', async () => Promise.reject(new Error('SMTP said 451')), { connection, prefix: `${queue.prefix}:bull` });
    const failed = new Promise((resolve) => failing.once('failed', resolve));
    await queue.queue('mail').add(JOBS.invitationEmail, { invitationId: '6d0c3c3e-8f7a-4b52-9a55-2b8f2f0b9e11' }, { attempts: 1, jobId: 'invitation.board' });
    await failed;
    await failing.close();
    connection.disconnect();
    // The web client's cookie works as well as a bearer token.
    const cookie = `convene_session=${await tokenOf('admin')}`;
    const page = await fetch(`${api.url}/admin/queues`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<!DOCTYPE html>');
    const res = await fetch(`${api.url}/admin/queues/api/queues?activeQueue=mail&status=failed&page=1`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { queues: { name: string; counts: Record<string, number>; jobs: { failedReason?: string }[] }[] };
    // Every queue of the catalogue, the PDF builds' too.
    expect(body.queues.map((q) => q.name).sort()).toEqual([...Object.values(QUEUES)].sort());
    expect(body.queues.map((q) => q.name)).toEqual(expect.arrayContaining(['mail', 'schedule', 'pdf']));
    const mail = body.queues.find((q) => q.name === 'mail')!;
    expect(mail.counts.failed).toBe(1);
    expect(mail.jobs.map((j) => j.failedReason)).toEqual(['SMTP said 451']);
  });
});
