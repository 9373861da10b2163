import fs from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { io as connect, type Socket } from 'socket.io-client';
import { forumConfigSchema, loadConfig } from '@convene/config';
import { JOBS, JOB_ID, JOB_QUEUE, type Ack, type CatchUpReply, type ForumPostPayload, type PostDecidedPayload, type PostHeldPayload } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from '../../worker/src/testing/worker-harness';
import { recipientOf } from '../../worker/src/testing/mail-world';
import { createForumApp } from './bootstrap';

/** What the guard must catch in these tests; none of it may leave the post it is in. */
const VALUES = ['B1234567', '07911 123456', 'GWF012345678', 'AB 12 34 56 C', '03/04/1989', 'amir.h@example.com'];
const NAMING = `Her Home Office ref is ${VALUES[0]}; ring her on ${VALUES[1]}.`;

const POST = `mutation($t: ID!, $b: String!, $c: String!, $pd: PersonalDataConsentInput) { createPost(threadId: $t, body: $b, clientId: $c, personalData: $pd) { id bodyMarkdown approval { state reason } } }`;
const THREAD = `mutation($f: ID!, $title: String!, $b: String!, $c: String!, $pd: PersonalDataConsentInput) { createThread(forumId: $f, title: $title, body: $b, clientId: $c, personalData: $pd) { id title waitingForApproval } }`;
const POSTS = `query($t: ID!) { thread(id: $t) { posts { nodes { id bodyMarkdown approval { state } } } } }`;

/**
 * The personal-data guard and held posts, through both doors (GraphQL and sockets) of the real
 * API and forum service, with the real worker and an SMTP server for the moderators' note.
 */
describe('the personal-data guard and held posts', () => {
  let api: ApiHarness;
  let forum: INestApplication;
  let url: string;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  const token: Record<string, string> = {};
  const clients: Socket[] = [];
  let forumId: string;
  let threadId: string;
  let colleagueId: string;
  const logged: string[] = [];
  const realWriteSync = fs.writeSync;
  const realWrite = process.stdout.write.bind(process.stdout);

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });
  const ok = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(who, query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res.raw)}`);
    return res.data;
  };
  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  async function open(who: string): Promise<Socket> {
    const socket = connect(url, { auth: { token: token[who] }, transports: ['websocket'], reconnection: false, forceNew: true });
    clients.push(socket);
    await new Promise((resolve, reject) => {
      socket.on('ready', resolve);
      socket.on('connect_error', reject);
    });
    return socket;
  }
  const request = <T>(socket: Socket, event: string, payload: unknown) => socket.timeout(5000).emitWithAck(event, payload) as Promise<Ack<T>>;
  const collect = <T>(socket: Socket, event: string) => {
    const seen: T[] = [];
    socket.on(event, (payload: T) => seen.push(payload));
    return seen;
  };
  const until = async (check: () => boolean | Promise<boolean>, what: string) => {
    for (let i = 0; i < 100; i++) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

  beforeAll(async () => {
    // Every log line of the three services, as written (pino writes to fd 1 through sonic-boom).
    jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => {
      if (fd === 1 || fd === 2) {
        logged.push(String(data));
        return typeof data === 'string' ? Buffer.byteLength(data) : 0;
      }
      return (realWriteSync as (...args: unknown[]) => number)(fd, data, ...rest);
    }) as typeof fs.writeSync);
    jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown) => {
      logged.push(String(chunk));
      return true;
    }) as typeof process.stdout.write);
    api = await startApi({ POSTS_PER_MINUTE: '1000', LOG_LEVEL: 'debug' });
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'guard');
    const config = loadConfig(forumConfigSchema, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'debug',
      DATABASE_URL: api.config.DATABASE_URL,
      REDIS_URL: api.config.REDIS_URL,
      REDIS_PREFIX: api.config.REDIS_PREFIX,
      PUBLIC_WEB_URL: 'http://localhost:4200',
      POSTS_PER_MINUTE: '1000',
    });
    forum = (await createForumApp(config)).app;
    await forum.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(forum.getHttpServer().address() as AddressInfo).port}`;
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url, LOG_LEVEL: 'debug' });

    for (const who of ['coordinator', 'member'] as const) token[who] = await signIn(p[who].email, p[who].password);
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash, email_confirmed_at) SELECT 'colleague@guard.test', 'Colleague', password_hash, now() FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    [{ id: colleagueId }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    token.colleague = await signIn('colleague@guard.test', p.member.password);
    await api.db.query(`UPDATE account SET email_confirmed_at = coalesce(email_confirmed_at, now())`);

    forumId = (await ok('coordinator', `mutation { createForum(name: "Casework") { id } }`)).createForum.id;
    for (const person of [p.member.personId, colleagueId]) await ok('coordinator', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: person });
    threadId = (await ok('coordinator', THREAD, { f: forumId, title: 'Move-on dates', b: 'Where are we?', c: 'guard-t1' })).createThread.id;
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await worker?.close();
    await forum?.close();
    await smtp?.close();
    await api?.close();
    jest.restoreAllMocks();
  });

  it('refuses a post that may name someone, with the kinds and where they are, never the values', async () => {
    const refused = await as('member', POST, { t: threadId, b: NAMING, c: 'g-1' });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'PERSONAL_DATA', kinds: ['HOME_OFFICE_REFERENCE', 'PHONE_NUMBER'], mode: 'WARN' });
    expect(refused.errors![0].message).toContain('a Home Office reference and a phone number');
    const spans = refused.errors![0].extensions!.spans as { start: number; end: number }[];
    expect(spans.map((s) => NAMING.slice(s.start, s.end))).toEqual([VALUES[0], VALUES[1]]);
    for (const value of VALUES) expect(JSON.stringify(refused.errors)).not.toContain(value);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM post WHERE client_id = 'g-1'`);
    expect(n).toBe(0);

    const socket = await open('member');
    const viaSocket = await request(socket, 'post:create', { threadId, clientId: 'g-2', body: `GWF number ${VALUES[2]}` });
    expect(viaSocket).toMatchObject({ ok: false, error: { code: 'PERSONAL_DATA', details: { kinds: ['GWF_NUMBER'] } } });
    expect(JSON.stringify(viaSocket)).not.toContain(VALUES[2]);

    const title = await as('member', THREAD, { f: forumId, title: `Ms Y, born ${VALUES[4]}`, b: 'Housing question', c: 'g-3' });
    expect(title.errors![0].extensions).toMatchObject({ code: 'PERSONAL_DATA', kinds: ['DATE_OF_BIRTH'], spans: [{ field: 'title', kind: 'DATE_OF_BIRTH' }] });
    const clean = (await ok('member', POST, { t: threadId, b: 'Nothing personal here, 12 families in hotels.', c: 'g-4' })).createPost;
    const edit = await as('member', `mutation($id: ID!, $b: String!) { editPost(id: $id, body: $b) { id } }`, { id: clean.id, b: `Email ${VALUES[5]}` });
    expect(edit.errors![0].extensions).toMatchObject({ code: 'PERSONAL_DATA', kinds: ['EMAIL_ADDRESS'] });
  });

  it('removes it for the author on the server, through either door', async () => {
    const colleague = await open('colleague');
    const live = collect<ForumPostPayload>(colleague, 'post:created');
    const redacted = (await ok('member', POST, { t: threadId, b: NAMING, c: 'g-5', pd: { choice: 'REDACT' } })).createPost;
    expect(redacted.bodyMarkdown).toBe('Her Home Office ref is [reference removed]; ring her on [reference removed].');
    const socket = await open('member');
    const viaSocket = await request<ForumPostPayload>(socket, 'post:create', { threadId, clientId: 'g-6', body: `GWF ${VALUES[2]} today`, personalData: { choice: 'REDACT' } });
    expect(viaSocket.ok && viaSocket.data.bodyHtml).toBe('<p>GWF [reference removed] today</p>\n');
    await until(() => live.length >= 2, 'both posts live');
    for (const value of VALUES) expect(JSON.stringify(live)).not.toContain(value);
  });

  it('posts anyway with a reason: the reason and the kinds are recorded, never the value', async () => {
    const noReason = await as('member', POST, { t: threadId, b: NAMING, c: 'g-7', pd: { choice: 'POST_ANYWAY' } });
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personalData.reason' });
    const leakyReason = await as('member', POST, { t: threadId, b: NAMING, c: 'g-7', pd: { choice: 'POST_ANYWAY', reason: `She asked me to share ${VALUES[1]}` } });
    expect(leakyReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personalData.reason' });
    const posted = (await ok('member', POST, { t: threadId, b: NAMING, c: 'g-7', pd: { choice: 'POST_ANYWAY', reason: 'The caseworker at the council needs the reference today' } })).createPost;
    expect(posted.bodyMarkdown).toBe(NAMING);
    const [row] = await api.db.query(`SELECT guard_kinds AS kinds, guard_reason AS reason, held_reason AS held FROM post WHERE id = $1`, [posted.id]);
    expect(row).toEqual({ kinds: ['HOME_OFFICE_REFERENCE', 'PHONE_NUMBER'], reason: 'The caseworker at the council needs the reference today', held: null });
    const [audited] = await api.db.query(`SELECT action, detail FROM audit_event WHERE subject_id = $1`, [posted.id]);
    expect(audited).toEqual({ action: 'post.posted-anyway', detail: { forumId, kinds: ['HOME_OFFICE_REFERENCE', 'PHONE_NUMBER'], authorReason: 'The caseworker at the council needs the reference today' } });
    // Search finds the post, but its snippet does not carry the value.
    const hits = (await ok('colleague', `query { searchForums(query: "caseworker OR reference OR ring") { postId snippet } }`)).searchForums as { postId: string; snippet: string }[];
    const hit = hits.find((h) => h.postId === posted.id);
    expect(hit?.snippet).toContain('[reference removed]');
    for (const value of VALUES) expect(JSON.stringify(hits)).not.toContain(value);
  });

  it('in a HOLD forum, holds such posts: not delivered to anyone but moderators and the author, then delivered once', async () => {
    expect((await ok('coordinator', `mutation($f: ID!) { setForumPersonalDataMode(forumId: $f, mode: HOLD) }`, { f: forumId })).setForumPersonalDataMode).toBe('HOLD');
    expect((await as('member', `mutation($f: ID!) { setForumPersonalDataMode(forumId: $f, mode: WARN) }`, { f: forumId })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const [author, colleague, moderator] = [await open('member'), await open('colleague'), await open('coordinator')];
    const colleagueSaw = collect<ForumPostPayload>(colleague, 'post:created');
    const colleagueHeld = collect<PostHeldPayload>(colleague, 'post:held');
    const moderatorHeld = collect<PostHeldPayload>(moderator, 'post:held');
    const authorHeld = collect<PostHeldPayload>(author, 'post:held');
    const decided = collect<PostDecidedPayload>(author, 'post:decided');

    const refused = await request(author, 'post:create', { threadId, clientId: 'g-8', body: NAMING });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PERSONAL_DATA', details: { mode: 'HOLD' } } });
    const held = await request<ForumPostPayload>(author, 'post:create', { threadId, clientId: 'g-8', body: NAMING, personalData: { choice: 'HOLD' } });
    expect(held).toMatchObject({ ok: true, data: { held: true } });
    const postId = held.ok ? held.data.id : '';
    await until(() => moderatorHeld.length === 1 && authorHeld.length === 1, 'the moderator and the author to hear of it');
    expect(moderatorHeld[0]).toMatchObject({ reason: 'PERSONAL_DATA', kinds: ['HOME_OFFICE_REFERENCE', 'PHONE_NUMBER'], post: { id: postId, held: true } });
    await settle();
    expect(colleagueSaw.filter((post) => post.id === postId)).toEqual([]);
    expect(colleagueHeld).toEqual([]);

    // Not in the thread, catch-up or search for anyone else; the author sees it waiting.
    const ids = async (who: string) =>
      ((await ok(who, POSTS, { t: threadId })).thread.posts.nodes as { id: string; approval: { state: string } | null }[]).filter((n) => n.id === postId).map(({ id, approval }) => ({ id, approval }));
    expect(await ids('colleague')).toEqual([]);
    expect(await ids('member')).toEqual([{ id: postId, approval: { state: 'WAITING' } }]);
    expect((await ids('coordinator')).length).toBe(1);
    const caught = await request<CatchUpReply>(colleague, 'catch-up', { after: null });
    expect(caught.ok && caught.data.posts.some((post) => post.id === postId)).toBe(false);
    expect((await as('colleague', `query { searchForums(query: "ring") { postId } }`)).data!.searchForums.some((h: { postId: string }) => h.postId === postId)).toBe(false);
    expect((await ok('colleague', `query { heldPosts { post { id } } }`)).heldPosts).toEqual([]);
    const queue = (await ok('coordinator', `query { heldPosts { post { id } reason kinds forumId } forum: forums { heldCount } }`));
    expect(queue.heldPosts).toEqual([{ post: { id: postId }, reason: 'PERSONAL_DATA', kinds: ['HOME_OFFICE_REFERENCE', 'PHONE_NUMBER'], forumId }]);

    // The moderators are told by email too, once, with nothing of the post in it.
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date(Date.now() + 1000).toISOString() });
    await until(async () => !!(await worker.app.get(JobQueue, { strict: false }).queue(JOB_QUEUE[JOBS.heldPostEmail]).getJob(JOB_ID[JOBS.heldPostEmail]({ postId })))?.finishedOn, 'the note to moderators');
    const notes = smtp.messages.filter((m) => m.subject === 'A post is waiting for approval in Casework');
    expect(notes.map(recipientOf).sort()).toEqual([p.admin.email, p.coordinator.email].sort());
    for (const value of VALUES) expect(notes.map((m) => `${m.text}${m.html}`).join()).not.toContain(value);

    // Two moderators approve at once: delivered once.
    const [first, second] = await Promise.all([
      as('coordinator', `mutation($id: ID!) { approvePost(id: $id) { id approval { state } } }`, { id: postId }),
      as('coordinator', `mutation($id: ID!) { approvePost(id: $id) { id approval { state } } }`, { id: postId }),
    ]);
    const outcomes = [first, second].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    await until(() => colleagueSaw.some((post) => post.id === postId), 'the approved post live');
    await settle();
    expect(colleagueSaw.filter((post) => post.id === postId)).toHaveLength(1);
    expect(decided).toEqual([{ postId, threadId, forumId, decision: 'APPROVED' }]);
    expect(await ids('colleague')).toEqual([{ id: postId, approval: null }]);
  });

  it('holds a new thread with its opening post, and a rejected post reaches no one else', async () => {
    const thread = (await ok('member', THREAD, { f: forumId, title: 'Family of five', b: `DOB ${VALUES[4]}`, c: 'g-9', pd: { choice: 'POST_ANYWAY', reason: 'Needed for the school place' } })).createThread;
    expect(thread.waitingForApproval).toBe(true);
    const list = async (who: string) => ((await ok(who, `query($f: ID!) { forum(id: $f) { threads { nodes { id } } } }`, { f: forumId })).forum.threads.nodes as { id: string }[]).map((t) => t.id);
    expect(await list('colleague')).not.toContain(thread.id);
    expect(await list('member')).toContain(thread.id);
    expect((await as('colleague', `query($t: ID!) { thread(id: $t) { id } }`, { t: thread.id })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const [{ id: opening }] = await api.db.query(`SELECT id FROM post WHERE thread_id = $1`, [thread.id]);
    await ok('coordinator', `mutation($id: ID!) { rejectPost(id: $id) { id } }`, { id: opening });
    expect(await list('colleague')).not.toContain(thread.id);
    expect((await ok('member', POSTS, { t: thread.id })).thread.posts.nodes).toEqual([{ id: opening, bodyMarkdown: `DOB ${VALUES[4]}`, approval: { state: 'REJECTED' } }]);
    expect((await as('coordinator', `mutation($id: ID!) { approvePost(id: $id) { id } }`, { id: opening })).errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('lets moderators hide or rewrite a title with a reason, audited without the words', async () => {
    const named = (await ok('coordinator', THREAD, { f: forumId, title: 'Support for Amina Yusuf', b: 'Any ideas?', c: 'g-10' })).createThread.id;
    expect((await as('member', `mutation($id: ID!) { hideThreadTitle(id: $id, reason: "Names a client") { id } }`, { id: named })).errors![0].extensions!.code).toBe('NOT_FOUND');
    await ok('coordinator', `mutation($id: ID!) { hideThreadTitle(id: $id, reason: "Names a client") { id } }`, { id: named });
    const view = `query($t: ID!) { thread(id: $t) { title hiddenTitle titleModeration { hidden reason } } }`;
    expect((await ok('member', view, { t: named })).thread).toEqual({ title: 'Title hidden by a moderator', hiddenTitle: null, titleModeration: { hidden: true, reason: 'Names a client' } });
    expect((await ok('coordinator', view, { t: named })).thread.hiddenTitle).toBe('Support for Amina Yusuf');
    expect((await ok('colleague', `query { searchForums(query: "Amina") { postId } }`)).searchForums).toEqual([]);
    await ok('coordinator', `mutation($id: ID!) { editThreadTitle(id: $id, title: "Support for a family in Walsall", reason: "Names a client") { id } }`, { id: named });
    expect((await ok('member', view, { t: named })).thread).toMatchObject({ title: 'Support for a family in Walsall', titleModeration: { hidden: false } });
    const audit: { action: string; detail: unknown }[] = await api.db.query(`SELECT action, detail FROM audit_event WHERE subject_id = $1 ORDER BY created_at`, [named]);
    expect(audit.map((a) => a.action)).toEqual(['thread.title-hidden', 'thread.title-edited']);
    expect(JSON.stringify(audit)).not.toContain('Amina');
  });

  it('links each report to the post reported', async () => {
    const post = (await ok('member', POST, { t: threadId, b: 'Something to report', c: 'g-11' })).createPost.id;
    await ok('colleague', `mutation($id: ID!) { reportPost(id: $id, reason: "Off topic") }`, { id: post });
    const reports = (await ok('coordinator', `query($f: ID!) { forum(id: $f) { reports { postId threadId path } } }`, { f: forumId })).forum.reports;
    expect(reports).toContainEqual({ postId: post, threadId, path: `/forums/${forumId}/threads/${threadId}#post-${post}` });
  });

  it('kept every matched value out of the logs, the audit, the jobs and the deliveries', async () => {
    const lines = logged.join('');
    expect(lines).toContain('"msg"'); // the capture saw the services' log lines
    const audit = JSON.stringify(await api.db.query(`SELECT action, detail FROM audit_event`));
    const deliveries = JSON.stringify(await api.db.query(`SELECT * FROM delivery`));
    expect(deliveries).toContain('held-post:');
    const redis = new Redis(api.config.REDIS_URL);
    const keys = await redis.keys(`${api.config.REDIS_PREFIX}*`);
    const jobs: string[] = [];
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === 'hash') jobs.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === 'string') jobs.push((await redis.get(key)) ?? '');
      else if (type === 'list') jobs.push(JSON.stringify(await redis.lrange(key, 0, -1)));
    }
    redis.disconnect();
    expect(jobs.join()).toContain('held-post');
    for (const value of VALUES) {
      expect(lines).not.toContain(value);
      expect(audit).not.toContain(value);
      expect(deliveries).not.toContain(value);
      expect(jobs.join()).not.toContain(value);
    }
    realWrite('');
  });
});
