import { DateTime } from 'luxon';
import { JOBS, JOB_ID, JOB_QUEUE, QUEUES, type JobName, type JobPayloads } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { recipientOf, signIn, sleep, until } from './testing/mail-world';

/**
 * A forum guest's digest, through the real worker and a real SMTP server: their forum's threads,
 * never those of another forum, even one whose group lists them.
 */
describe('forum guests in email digests', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;

  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(api.url, query, variables, { token });
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res.raw)}`);
    return res.data;
  };
  const jobOf = <J extends JobName>(name: J, payload: JobPayloads[J]) => worker.app.get(JobQueue, { strict: false }).queue(JOB_QUEUE[name]).getJob(JOB_ID[name](payload));

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: '1000' });
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'guest-digest');
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('sends a guest the threads of their forum only', async () => {
    const coordinator = await signIn(api.url, p.coordinator);
    const sector = (await ok(coordinator, `mutation { createForum(name: "Sector forum") { id } }`)).createForum.id;
    const [group] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Steering group', 'steering', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    const steering = (await ok(coordinator, `mutation($g: ID!) { createForum(name: "Steering group", groupId: $g) { id } }`, { g: group.id })).createForum.id;
    // The guest is in the sector forum, and (by mistake) on the steering group's list.
    const guest = p.member;
    await api.db.query(`UPDATE person SET role = 'GUEST' WHERE id = $1`, [guest.personId]);
    await api.db.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [sector, guest.personId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group.id, guest.personId]);
    const guestToken = await signIn(api.url, guest);
    await ok(coordinator, `mutation($f: ID!) { createThread(forumId: $f, title: "Hotel moves", body: "Families moved from the Ladywood hotel.", clientId: "g-1") { id } }`, { f: sector });
    await ok(coordinator, `mutation($f: ID!) { createThread(forumId: $f, title: "Steering budget", body: "The budget for next year.", clientId: "g-2") { id } }`, { f: steering });

    const londonNow = DateTime.now().setZone('Europe/London');
    let scheduled = londonNow.startOf('day').set({ hour: 7 });
    if (scheduled <= londonNow) scheduled = scheduled.plus({ days: 1 });
    await ok(guestToken, `mutation($input: EmailPreferencesInput!) { updateEmailPreferences(input: $input) { forumDigest } }`, { input: { forumDigest: 'DAILY', digestHour: 7 } });
    const period = scheduled.toISODate()!;
    await worker.app.get(TickHandler, { strict: false }).handle({ at: scheduled.plus({ minutes: 30 }).toJSDate().toISOString() });
    await until(async () => {
      const job = await jobOf(JOBS.forumDigest, { personId: guest.personId, period });
      if (job && (await job.isFailed())) throw new Error(`${job.id} failed: ${job.failedReason}`);
      return !!job && (await job.isCompleted());
    }, 'the guest’s digest');
    await until(async () => Object.values(await worker.app.get(JobQueue, { strict: false }).queue(QUEUES.mail).getJobCounts('active', 'waiting', 'prioritized')).every((n) => n === 0), 'the mail queue to drain');
    await sleep(300);

    const digests = smtp.messages.filter((m) => recipientOf(m) === guest.email && m.subject?.startsWith('Forum digest'));
    expect(digests).toHaveLength(1);
    expect(digests[0].text).toContain('Hotel moves');
    expect(digests[0].text).not.toContain('Steering budget');
    expect(digests[0].html).not.toContain('Steering budget');
  }, 90_000);
});
