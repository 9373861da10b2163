import { DateTime } from 'luxon';
import type { ParsedMail } from 'mailparser';
import { JOBS, JOB_ID, JOB_QUEUE, QUEUES, type JobName, type JobPayloads } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { DueWork, TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { recipientOf, signIn, sleep, until } from './testing/mail-world';

const LONDON = 'Europe/London';
const WINDOW_MS = 5 * 60_000;
const THREAD = `mutation($f: ID!, $title: String!, $b: String!, $c: String!) { createThread(forumId: $f, title: $title, body: $b, clientId: $c) { id } }`;
const POST = `mutation($t: ID!, $b: String!, $c: String!) { createPost(threadId: $t, body: $b, clientId: $c) { id } }`;
const FOLLOW_THREAD = `mutation($t: ID!, $l: FollowLevel) { followThread(threadId: $t, level: $l) { effectiveFollowLevel } }`;
const FOLLOW_FORUM = `mutation($f: ID!, $l: FollowLevel) { followForum(forumId: $f, level: $l) { followLevel } }`;

interface Someone {
  personId: string;
  email: string;
  name: string;
  token: string;
}

/**
 * Watching and muting, through the real worker and a real SMTP server: watched posts come in
 * five-minute batches (never one's own, never held ones until approved, then once; never to
 * someone who lost the forum), and digests leave out what is muted and what came as watched.
 */
describe('watched posts and muted threads in emails', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let coordinator: string;
  const people: Record<string, Someone> = {};
  let forumId: string;
  const threads: Record<string, string> = {};
  let firstWindow: Date;
  let approvalWindow: Date;
  let heldPost: string;

  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(api.url, query, variables, { token });
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res.raw)}`);
    return res.data;
  };
  async function addPerson(key: string, name: string): Promise<Someone> {
    const email = `${key}@following.test`;
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $2, password_hash FROM account WHERE id = $3 RETURNING id`, [email, name, p.member.accountId]);
    const [{ id: personId }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    const token = await signIn(api.url, { ...p.member, email, personId, accountId });
    await ok(coordinator, `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: personId });
    return (people[key] = { personId, email, name, token });
  }
  const tick = (at: Date | DateTime) => worker.app.get(TickHandler, { strict: false }).handle({ at: (at instanceof Date ? at : at.toJSDate()).toISOString() });
  const mailQueue = () => worker.app.get(JobQueue, { strict: false }).queue(QUEUES.mail);
  const jobOf = <J extends JobName>(name: J, payload: JobPayloads[J]) => worker.app.get(JobQueue, { strict: false }).queue(JOB_QUEUE[name]).getJob(JOB_ID[name](payload));
  async function finished<J extends JobName>(name: J, payload: JobPayloads[J]): Promise<void> {
    await until(async () => {
      const job = await jobOf(name, payload);
      if (job && (await job.isFailed())) throw new Error(`${job.id} failed: ${job.failedReason}`);
      return !!job && (await job.isCompleted());
    }, `${name} ${JSON.stringify(payload)}`);
  }
  const forgetJobs = () => mailQueue().clean(0, 10_000, 'completed');
  const drain = async () => {
    await until(async () => Object.values(await mailQueue().getJobCounts('active', 'waiting', 'prioritized')).every((n) => n === 0), 'the mail queue to drain');
    await sleep(300);
  };
  const watchMails = (who: Someone) => smtp.messages.filter((m) => recipientOf(m) === who.email && !m.subject?.startsWith('Forum digest'));
  const header = (mail: ParsedMail, name: string) => mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');
  const watched = (who: Someone, window: Date) => ({ personId: who.personId, window: window.toISOString() });

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: '1000' });
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'following');
    coordinator = await signIn(api.url, p.coordinator);
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });
    forumId = (await ok(coordinator, `mutation { createForum(name: "Casework") { id } }`)).createForum.id;
    for (const [key, name] of [['pete', 'Pete Poster'], ['wendy', 'Wendy Watcher'], ['fred', 'Fred Forumwatch'], ['mo', 'Mo Muted'], ['leo', 'Leo Leaving'], ['dora', 'Dora Default']]) await addPerson(key, name);
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('sends each watched post once, batched by window; not one’s own, not a held post until approved, not after losing the forum', async () => {
    const { pete, wendy, fred, mo, leo } = people;
    threads.hotels = (await ok(pete.token, THREAD, { f: forumId, title: 'Hotel moves', b: 'Families are being moved from the hotel in Ladywood.', c: 'hotels-0' })).createThread.id;
    threads.esol = (await ok(pete.token, THREAD, { f: forumId, title: 'ESOL waiting lists', b: 'The college list is closed until January.', c: 'esol-0' })).createThread.id;
    expect((await ok(wendy.token, FOLLOW_THREAD, { t: threads.hotels, l: 'WATCHING' })).followThread.effectiveFollowLevel).toBe('WATCHING');
    await ok(leo.token, FOLLOW_THREAD, { t: threads.hotels, l: 'WATCHING' });
    await ok(fred.token, FOLLOW_FORUM, { f: forumId, l: 'WATCHING' });
    expect((await ok(fred.token, FOLLOW_THREAD, { t: threads.esol, l: 'MUTED' })).followThread.effectiveFollowLevel).toBe('MUTED');
    await ok(mo.token, FOLLOW_FORUM, { f: forumId, l: 'MUTED' });

    await ok(pete.token, POST, { t: threads.hotels, b: 'Twelve families moved to Walsall on Monday.', c: 'hotels-1' });
    await ok(wendy.token, POST, { t: threads.hotels, b: 'Wendy’s own note on school places.', c: 'hotels-2' });
    await ok(pete.token, POST, { t: threads.esol, b: 'A second college may open places.', c: 'esol-1' });
    heldPost = (await ok(pete.token, POST, { t: threads.hotels, b: 'The held post about the move-on dates.', c: 'hotels-held' })).createPost.id;
    // Held for a moderator, as the personal-data guard or a guest's first post would hold it.
    await api.db.query(`UPDATE post SET held_reason = 'FIRST_POST', held_at = now() WHERE id = $1`, [heldPost]);

    // Every post lands in one closed window a while ago; the approval in a later one.
    firstWindow = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS - 4 * WINDOW_MS);
    approvalWindow = new Date(firstWindow.getTime() + 2 * WINDOW_MS);
    await api.db.query(`UPDATE post SET created_at = $2 WHERE thread_id = ANY($1::uuid[])`, [[threads.hotels, threads.esol], new Date(firstWindow.getTime() + 10_000)]);
    // Leo can no longer read the forum when the window is sent.
    await ok(coordinator, `mutation($f: ID!, $p: ID!) { removeForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: leo.personId });

    const closes = new Date(firstWindow.getTime() + WINDOW_MS);
    await tick(new Date(closes.getTime() - 1_000));
    expect(await jobOf(JOBS.watchedPostsEmail, watched(wendy, firstWindow))).toBeUndefined();
    await tick(new Date(closes.getTime() + 60_000));
    for (const who of [wendy, fred, leo]) await finished(JOBS.watchedPostsEmail, watched(who, firstWindow));
    // Nobody else watches: the muted and the default get nothing by the post.
    for (const who of [mo, people.dora, pete]) expect(await jobOf(JOBS.watchedPostsEmail, watched(who, firstWindow))).toBeUndefined();

    const [toWendy, ...moreToWendy] = watchMails(wendy);
    expect(moreToWendy).toHaveLength(0);
    expect(toWendy.subject).toBe('2 new posts in “Hotel moves”');
    for (const part of [toWendy.text!, toWendy.html as string]) {
      expect(part).toContain('Families are being moved from the hotel in Ladywood.');
      expect(part).toContain('Twelve families moved to Walsall on Monday.');
      expect(part).not.toContain('Wendy’s own note');
      expect(part).not.toContain('held post');
      expect(part).not.toContain('college');
    }
    expect(toWendy.text).toContain(`/forums/${forumId}/threads/${threads.hotels}#post-`);
    expect(header(toWendy, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:4200\/email\/unsubscribe\/.+>$/);

    // Fred watches the forum: Wendy's post is news to him; the thread he muted stays out.
    const [toFred, ...moreToFred] = watchMails(fred);
    expect(moreToFred).toHaveLength(0);
    expect(toFred.subject).toBe('3 new posts in “Hotel moves”');
    expect(toFred.text).toContain('Wendy’s own note on school places.');
    expect(toFred.text).not.toContain('college');
    expect(watchMails(leo)).toHaveLength(0);
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key = $1`, [`watched-posts:${leo.personId}:${firstWindow.toISOString()}`])).toEqual([{ status: 'SKIPPED' }]);

    // Approved in a later window: watchers get it then, once, however often the tick asks.
    await api.db.query(`UPDATE post SET held_reason = NULL, held_decision = 'APPROVED', held_decided_at = $2 WHERE id = $1`, [heldPost, new Date(approvalWindow.getTime() + 5_000)]);
    const approvalCloses = approvalWindow.getTime() + WINDOW_MS;
    await tick(new Date(approvalCloses + 60_000));
    for (const who of [wendy, fred]) await finished(JOBS.watchedPostsEmail, watched(who, approvalWindow));
    await forgetJobs();
    await tick(new Date(approvalCloses + 120_000));
    await tick(new Date(closes.getTime() + 180_000));
    await drain();
    for (const who of [wendy, fred]) {
      const mails = watchMails(who);
      expect(mails).toHaveLength(2);
      expect(mails[1].subject).toBe('1 new post in “Hotel moves”');
      expect(mails[1].text).toContain('The held post about the move-on dates.');
      expect(mails[1].text).not.toContain('Twelve families');
    }
    expect(await new DueWork(api.db).watchedPosts(new Date(approvalCloses + 240_000))).toEqual([]);
  }, 90_000);

  it('leaves muted threads and forums out of digests, and watched threads too (they came by email)', async () => {
    const { wendy, fred, mo, dora } = people;
    // The digest comes at 07:00 London time: the first 07:00 after now, so the posts fall in its day.
    const londonNow = DateTime.now().setZone(LONDON);
    let scheduled = londonNow.startOf('day').set({ hour: 7 });
    if (scheduled <= londonNow) scheduled = scheduled.plus({ days: 1 });
    const schedule = `mutation($input: EmailPreferencesInput!) { updateEmailPreferences(input: $input) { forumDigest } }`;
    for (const who of [wendy, fred, mo, dora]) await ok(who.token, schedule, { input: { forumDigest: 'DAILY', digestHour: 7 } });
    const period = scheduled.toISODate()!;
    await tick(scheduled.plus({ minutes: 30 }));
    for (const who of [wendy, fred, mo, dora]) await finished(JOBS.forumDigest, { personId: who.personId, period });
    await drain();

    const digestOf = (who: Someone) => smtp.messages.filter((m) => recipientOf(m) === who.email && m.subject?.startsWith('Forum digest'));
    const [toDora] = digestOf(dora);
    expect(toDora.text).toContain('Hotel moves');
    expect(toDora.text).toContain('ESOL waiting lists');
    // Wendy watches the hotel thread: its posts came one by one, so the digest has only the rest.
    const [toWendy, ...more] = digestOf(wendy);
    expect(more).toHaveLength(0);
    expect(toWendy.text).toContain('ESOL waiting lists');
    expect(toWendy.text).toContain('A second college may open places.');
    expect(toWendy.text).not.toContain('Hotel moves');
    // Fred watches the forum and muted the rest; Mo muted the forum: nothing is left for either.
    for (const who of [fred, mo]) {
      expect(digestOf(who)).toHaveLength(0);
      expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key = $1`, [`forum-digest:${who.personId}:${period}`])).toEqual([{ status: 'SKIPPED' }]);
    }
  }, 60_000);

  it('one-click unsubscribe from a watched-posts email stops every watch and keeps the mutes', async () => {
    const { wendy, fred, pete } = people;
    const [mail] = watchMails(wendy);
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = /^<([^>]+)>$/.exec(header(mail, 'List-Unsubscribe') ?? '')![1].replace(/^http:\/\/localhost:4200/, api.url);
    await ok(wendy.token, FOLLOW_THREAD, { t: threads.esol, l: 'MUTED' });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect(await api.db.query(`SELECT thread_id AS "threadId", level FROM thread_follow WHERE person_id = $1`, [wendy.personId])).toEqual([{ threadId: threads.esol, level: 'MUTED' }]);

    // A later post is due for Fred (still watching the forum), not for Wendy. (Leo's old watch is
    // listed too; the handler's access check at send time skips him, as the first test shows.)
    const later = (await ok(pete.token, POST, { t: threads.hotels, b: 'Update after the unsubscribe.', c: 'hotels-later' })).createPost.id;
    const window = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS - WINDOW_MS);
    await api.db.query(`UPDATE post SET created_at = $2 WHERE id = $1`, [later, new Date(window.getTime() + 1_000)]);
    const due = (await new DueWork(api.db).watchedPosts(new Date(window.getTime() + WINDOW_MS + 1_000))).map((d) => d.personId);
    expect(due).toContain(fred.personId);
    expect(due).not.toContain(wendy.personId);
  });
});
