import { JOBS, JOB_ID, JOB_QUEUE, QUEUES, type JobName, type JobPayloads } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { MentionsEmailHandler, TickHandler, WatchedPostsHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { recipientOf, signIn, sleep, until } from './testing/mail-world';

const WINDOW_MS = 5 * 60_000;
const THREAD = `mutation($f: ID!, $title: String!, $b: String!, $c: String!) { createThread(forumId: $f, title: $title, body: $b, clientId: $c) { id } }`;
const POST = `mutation($t: ID!, $b: String!, $c: String!) { createPost(threadId: $t, body: $b, clientId: $c) { id } }`;
const EDIT = `mutation($id: ID!, $b: String!) { editPost(id: $id, body: $b) { id } }`;
const WATCH = `mutation($t: ID!) { followThread(threadId: $t, level: WATCHING) { effectiveFollowLevel } }`;

interface Someone {
  personId: string;
  email: string;
  name: string;
  token: string;
}

/**
 * Watching a thread and being mentioned in one of its posts: one email for that post, through
 * the real worker and a real SMTP server. The mention email wins; someone with mention emails
 * off gets the watched-posts email; an edit that mentions them later, or the two jobs running
 * at once, never sends the post twice.
 */
describe('one email per person and post, mention or watch', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let coordinator: string;
  let forumId: string;
  let threadId: string;
  const people: Record<string, Someone> = {};

  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(api.url, query, variables, { token });
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res.raw)}`);
    return res.data;
  };
  async function addPerson(key: string, name: string): Promise<Someone> {
    const email = `${key}@once.test`;
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $2, password_hash FROM account WHERE id = $3 RETURNING id`, [email, name, p.member.accountId]);
    const [{ id: personId }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    const token = await signIn(api.url, { ...p.member, email, personId, accountId });
    await ok(coordinator, `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: personId });
    return (people[key] = { personId, email, name, token });
  }
  const tick = (at: Date) => worker.app.get(TickHandler, { strict: false }).handle({ at: at.toISOString() });
  const mailQueue = () => worker.app.get(JobQueue, { strict: false }).queue(QUEUES.mail);
  const jobOf = <J extends JobName>(name: J, payload: JobPayloads[J]) => worker.app.get(JobQueue, { strict: false }).queue(JOB_QUEUE[name]).getJob(JOB_ID[name](payload));
  async function finished<J extends JobName>(name: J, payload: JobPayloads[J]): Promise<void> {
    await until(async () => {
      const job = await jobOf(name, payload);
      if (job && (await job.isFailed())) throw new Error(`${job.id} failed: ${job.failedReason}`);
      return !!job && (await job.isCompleted());
    }, `${name} ${JSON.stringify(payload)}`);
  }
  const drain = async () => {
    await until(async () => Object.values(await mailQueue().getJobCounts('active', 'waiting', 'prioritized')).every((n) => n === 0), 'the mail queue to drain');
    await sleep(300);
  };
  const mailsTo = (who: Someone) => smtp.messages.filter((m) => recipientOf(m) === who.email);
  const mention = (who: Someone) => `@[${who.name}](${who.personId})`;
  const at = (who: Someone, window: Date) => ({ personId: who.personId, window: window.toISOString() });
  /** A closed window `back` windows ago, with the post (and its mentions) moved into it. */
  async function intoWindow(postId: string, back: number): Promise<Date> {
    const window = new Date(Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS - back * WINDOW_MS);
    await api.db.query(`UPDATE post SET created_at = $2 WHERE id = $1`, [postId, new Date(window.getTime() + 10_000)]);
    await api.db.query(`UPDATE post_mention SET created_at = $2 WHERE post_id = $1`, [postId, new Date(window.getTime() + 10_000)]);
    return window;
  }

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: '1000' });
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'once');
    coordinator = await signIn(api.url, p.coordinator);
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });
    forumId = (await ok(coordinator, `mutation { createForum(name: "Casework") { id } }`)).createForum.id;
    for (const [key, name] of [['pete', 'Pete Poster'], ['wendy', 'Wendy Watcher'], ['ned', 'Ned Nomentions']]) await addPerson(key, name);
    threadId = (await ok(people.pete.token, THREAD, { f: forumId, title: 'Hotel moves', b: 'Families are being moved from the hotel.', c: 'once-0' })).createThread.id;
    for (const who of [people.wendy, people.ned]) expect((await ok(who.token, WATCH, { t: threadId })).followThread.effectiveFollowLevel).toBe('WATCHING');
    await ok(people.ned.token, `mutation($i: EmailPreferencesInput!) { updateEmailPreferences(input: $i) { mentions } }`, { i: { mentions: false } });
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('a watcher mentioned in a post gets the mention email only; with mention emails off, the watched-posts email', async () => {
    const { pete, wendy, ned } = people;
    const post = (await ok(pete.token, POST, { t: threadId, b: `${mention(wendy)} and ${mention(ned)}: twelve families moved to Walsall.`, c: 'once-1' })).createPost.id;
    const window = await intoWindow(post, 4);
    await api.db.query(`UPDATE post SET created_at = $2 WHERE thread_id = $1 AND id <> $3`, [threadId, new Date(window.getTime() - 2 * 24 * 3600_000), post]);
    await tick(new Date(window.getTime() + WINDOW_MS + 60_000));
    await finished(JOBS.mentionsEmail, at(wendy, window));
    for (const who of [wendy, ned]) await finished(JOBS.watchedPostsEmail, at(who, window));
    await drain();

    const [toWendy, ...moreToWendy] = mailsTo(wendy);
    expect(moreToWendy).toHaveLength(0);
    expect(toWendy.subject).toBe('Pete Poster mentioned you in Casework');
    expect(toWendy.text).toContain('twelve families moved to Walsall');
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key = $1`, [`watched-posts:${wendy.personId}:${window.toISOString()}`])).toEqual([{ status: 'SKIPPED' }]);
    const [toNed, ...moreToNed] = mailsTo(ned);
    expect(moreToNed).toHaveLength(0);
    expect(toNed.subject).toBe('1 new post in “Hotel moves”');
    expect(toNed.text).toContain('twelve families moved to Walsall');
  }, 60_000);

  it('an edit that mentions a watcher who had the post by email already sends nothing more', async () => {
    const { pete, wendy } = people;
    const before = mailsTo(wendy).length;
    const post = (await ok(pete.token, POST, { t: threadId, b: 'The council will confirm the dates.', c: 'once-2' })).createPost.id;
    const window = await intoWindow(post, 3);
    await tick(new Date(window.getTime() + WINDOW_MS + 60_000));
    await finished(JOBS.watchedPostsEmail, at(wendy, window));
    await drain();
    expect(mailsTo(wendy).slice(before).map((m) => m.subject)).toEqual(['1 new post in “Hotel moves”']);

    await ok(pete.token, EDIT, { id: post, b: `The council will confirm the dates, ${mention(wendy)}.` });
    const mentionWindow = new Date(window.getTime() + 2 * WINDOW_MS);
    await api.db.query(`UPDATE post_mention SET created_at = $2 WHERE post_id = $1`, [post, new Date(mentionWindow.getTime() + 5_000)]);
    await tick(new Date(mentionWindow.getTime() + WINDOW_MS + 60_000));
    await finished(JOBS.mentionsEmail, at(wendy, mentionWindow));
    await drain();
    expect(mailsTo(wendy)).toHaveLength(before + 1);
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key = $1`, [`mentions:${wendy.personId}:${mentionWindow.toISOString()}`])).toEqual([{ status: 'SKIPPED' }]);
    expect(await api.db.query(`SELECT purpose_key AS "purposeKey" FROM post_email WHERE person_id = $1 AND post_id = $2`, [wendy.personId, post])).toEqual([{ purposeKey: `watched-posts:${wendy.personId}:${window.toISOString()}` }]);
  }, 60_000);

  it('the two emails for one window, run at once and twice over, still send the post once', async () => {
    const { pete, wendy } = people;
    const before = mailsTo(wendy).length;
    const post = (await ok(pete.token, POST, { t: threadId, b: `${mention(wendy)} the school places are confirmed.`, c: 'once-3' })).createPost.id;
    const window = await intoWindow(post, 2);
    const payload = at(wendy, window);
    const mentions = worker.app.get(MentionsEmailHandler, { strict: false });
    const watched = worker.app.get(WatchedPostsHandler, { strict: false });
    const runs = await Promise.allSettled([watched.handle(payload), mentions.handle(payload), watched.handle(payload), mentions.handle(payload)]);
    // A second run of the same email meets the first one's delivery claim and would be retried later, as the queue does.
    for (const run of runs) if (run.status === 'rejected') expect((run.reason as Error).name).toBe('ClaimsHeldElsewhere');
    await sleep(500);
    const mails = mailsTo(wendy).slice(before);
    expect(mails.map((m) => m.subject)).toEqual(['Pete Poster mentioned you in Casework']);
    expect(await api.db.query(`SELECT purpose_key AS "purposeKey" FROM post_email WHERE person_id = $1 AND post_id = $2`, [wendy.personId, post])).toEqual([{ purposeKey: `mentions:${wendy.personId}:${window.toISOString()}` }]);
  }, 60_000);
});
