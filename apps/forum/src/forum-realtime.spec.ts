import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { forumConfigSchema, loadConfig } from '@convene/config';
import type { Ack, CatchUpReply, ForumPostPayload } from '@convene/contracts';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { createForumApp } from './bootstrap';

type Client = Socket;

/** Real socket.io clients against two forum instances sharing Redis, and the real API. */
describe('forums in real time', () => {
  let api: ApiHarness;
  const forums: INestApplication[] = [];
  const urls: string[] = [];
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token: Record<string, string> = {};
  const clients: Client[] = [];
  let forumId: string;
  let threadId: string;
  let otherForumId: string;

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });
  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;

  async function open(who: string, instance = 0, auth?: Record<string, unknown>): Promise<{ socket: Client; ready?: { forumIds: string[] }; error?: string }> {
    const socket = connect(urls[instance], { auth: auth ?? { token: token[who] }, transports: ['websocket'], reconnection: false, forceNew: true });
    clients.push(socket);
    return new Promise((resolve) => {
      socket.on('ready', (ready) => resolve({ socket, ready }));
      socket.on('connect_error', (error) => resolve({ socket, error: error.message }));
    });
  }
  const request = <T>(socket: Client, event: string, payload: unknown) => socket.timeout(5000).emitWithAck(event, payload) as Promise<Ack<T>>;
  const next = <T>(socket: Client, event: string) => new Promise<T>((resolve) => socket.once(event, resolve));
  /** Resolves with whatever arrives within `ms` (to prove something did not arrive). */
  const collect = <T>(socket: Client, event: string, ms: number) =>
    new Promise<T[]>((resolve) => {
      const seen: T[] = [];
      socket.on(event, (payload: T) => seen.push(payload));
      setTimeout(() => resolve(seen), ms);
    });

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: '1000' });
    p = await seedPartnership(api.db, 'realtime');
    other = await seedPartnership(api.db, 'realtime-other');
    for (let i = 0; i < 2; i++) {
      const config = loadConfig(forumConfigSchema, {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: api.config.DATABASE_URL,
        REDIS_URL: api.config.REDIS_URL,
        REDIS_PREFIX: api.config.REDIS_PREFIX,
        PUBLIC_WEB_URL: 'http://localhost:4200',
        POSTS_PER_MINUTE: '1000',
      });
      const app = (await createForumApp(config)).app;
      await app.listen(0, '127.0.0.1');
      forums.push(app);
      urls.push(`http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`);
    }
    for (const who of ['admin', 'coordinator', 'member'] as const) token[who] = await signIn(p[who].email, p[who].password);
    token.outsider = await signIn(other.coordinator.email, other.coordinator.password);

    forumId = (await as('coordinator', `mutation { createForum(name: "Housing", description: "Housing and homelessness") { id } }`)).data!.createForum.id;
    await as('coordinator', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    threadId = (await as('coordinator', `mutation($f: ID!) { createThread(forumId: $f, title: "Temporary accommodation", body: "Where are we on hotels?", clientId: "t-1") { id } }`, { f: forumId })).data!.createThread.id;
    otherForumId = (await gql(api.url, `mutation { createForum(name: "Elsewhere") { id } }`, {}, { token: token.outsider })).data!.createForum.id;
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    for (const app of forums) await app.close();
    await api.close();
  });

  it('refuses no token, an expired token and a deleted person’s token', async () => {
    expect((await open('nobody', 0, {})).error).toBe('UNAUTHENTICATED');
    const expired = await signIn(p.admin.email, p.admin.password);
    await api.db.query(`UPDATE session SET expires_at = now() - interval '1 minute' WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [expired]);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM session WHERE expires_at < now()`);
    expect(n).toBeGreaterThan(0);
    expect((await open('x', 0, { token: expired })).error).toBe('UNAUTHENTICATED');

    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'gone@realtime.test', 'Gone', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    const [{ id: personId }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    const gone = await signIn('gone@realtime.test', p.member.password);
    expect((await open('x', 0, { token: gone })).ready).toBeDefined();
    await api.db.query(`DELETE FROM person WHERE id = $1`, [personId]);
    expect((await open('x', 0, { token: gone })).error).toBe('UNAUTHENTICATED');
  });

  it('joins only the forums the person is in, and refuses another partnership’s forum', async () => {
    const member = await open('member');
    expect(member.ready!.forumIds).toEqual([forumId]);
    const refused = await request(member.socket, 'forum:join', { forumId: otherForumId });
    expect(refused).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Forum was not found.' } });
    expect(await request(member.socket, 'forum:join', { forumId: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const outsider = await open('outsider');
    expect(outsider.ready!.forumIds).toEqual([otherForumId]);
    const leak = collect<ForumPostPayload>(outsider.socket, 'post:created', 800);
    await request(member.socket, 'post:create', { threadId, clientId: 'leak-check', body: 'Only for Housing members' });
    expect(await leak).toEqual([]);
    const posted = await request(outsider.socket, 'post:create', { threadId, clientId: 'intrude', body: 'Let me in' });
    expect(posted).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('posts with an acknowledgement, and the same client id never makes a second post', async () => {
    const { socket } = await open('member');
    const watcher = (await open('coordinator')).socket;
    const seen = collect<ForumPostPayload>(watcher, 'post:created', 1500);
    const first = await request<ForumPostPayload>(socket, 'post:create', { threadId, clientId: 'c-42', body: 'Two families moved to **hotels** this week' });
    const again = await request<ForumPostPayload>(socket, 'post:create', { threadId, clientId: 'c-42', body: 'Two families moved to **hotels** this week' });
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.data.id).toBe(first.data.id);
    expect(first.data.bodyHtml).toBe('<p>Two families moved to <strong>hotels</strong> this week</p>\n');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM post WHERE client_id = 'c-42'`);
    expect(n).toBe(1);
    expect((await seen).filter((post) => post.clientId === 'c-42')).toHaveLength(1);
  });

  it('answers malformed packets with an error and keeps serving', async () => {
    const { socket } = await open('member');
    expect(await request(socket, 'post:create', 'just a string')).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
    expect(await request(socket, 'post:create', { threadId: ['x'], clientId: {}, body: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
    expect(await request(socket, 'post:create', { threadId, clientId: 'huge', body: 'x'.repeat(20_001) })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
    socket.emit('post:create', { threadId, clientId: 'no-ack', body: 'no acknowledgement function' });
    // Larger than the payload limit: the server drops this connection, not the process.
    const big = (await open('member')).socket;
    const closed = next<string>(big, 'disconnect');
    big.emit('post:create', { threadId, clientId: 'too-big', body: 'y'.repeat(70 * 1024) }, () => undefined);
    expect(await closed).toBe('transport close');
    expect(await request(socket, 'ping' as string, undefined).catch(() => 'no ping')).toBeDefined();
    expect((await request<ForumPostPayload>(socket, 'post:create', { threadId, clientId: 'still-here', body: 'still serving' })).ok).toBe(true);
  });

  it('delivers a post made on one instance to clients on the other', async () => {
    const onFirst = (await open('member', 0)).socket;
    const onSecond = (await open('coordinator', 1)).socket;
    const arrived = new Promise<ForumPostPayload>((resolve) => onSecond.on('post:created', (post: ForumPostPayload) => post.clientId === 'cross-1' && resolve(post)));
    await request(onFirst, 'post:create', { threadId, clientId: 'cross-1', body: 'Across instances' });
    expect((await arrived).bodyHtml).toBe('<p>Across instances</p>\n');
    // And a post made through GraphQL in the API, announced through the Redis emitter.
    const fromApi = new Promise<ForumPostPayload>((resolve) => onFirst.on('post:created', (post: ForumPostPayload) => post.clientId === 'api-1' && resolve(post)));
    await as('coordinator', `mutation($t: ID!) { createPost(threadId: $t, body: "From the API", clientId: "api-1") { id } }`, { t: threadId });
    expect((await fromApi).author!.id).toBe(p.coordinator.personId);
  });

  it('catches up after a reconnect from PostgreSQL, with nothing lost', async () => {
    const first = await open('member', 0);
    const start = await request<CatchUpReply>(first.socket, 'catch-up', { after: null });
    expect(start.ok).toBe(true);
    if (!start.ok) return;
    const cursor = start.data.cursor;
    first.socket.close();
    // While the member is away: three posts and a hidden one, through both doors.
    const coordinator = (await open('coordinator', 1)).socket;
    for (const n of [1, 2]) await request(coordinator, 'post:create', { threadId, clientId: `away-${n}`, body: `While you were away ${n}` });
    const third = await as('coordinator', `mutation($t: ID!) { createPost(threadId: $t, body: "While you were away 3", clientId: "away-3") { id } }`, { t: threadId });
    await as('coordinator', `mutation($id: ID!) { hidePost(id: $id, reason: "Names a client") { hidden } }`, { id: third.data!.createPost.id });
    const back = await open('member', 1);
    const missed = await request<CatchUpReply>(back.socket, 'catch-up', { after: cursor });
    expect(missed.ok).toBe(true);
    if (!missed.ok) return;
    expect(missed.data.posts.map((post) => post.clientId)).toEqual(['away-1', 'away-2', 'away-3']);
    expect(missed.data.posts[2]).toMatchObject({ hidden: true, bodyHtml: null, hiddenReason: 'Names a client' });
    const none = await request<CatchUpReply>(back.socket, 'catch-up', { after: missed.data.cursor });
    expect(none.ok && none.data.posts).toEqual([]);
    expect(await request(back.socket, 'catch-up', { after: "1; DROP TABLE post" })).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT' } });
  });

  it('evicts a removed member on every instance at once', async () => {
    const [a, b] = [await open('member', 0), await open('member', 1)];
    const removed = Promise.all([next<{ forumId: string }>(a.socket, 'forum:removed'), next<{ forumId: string }>(b.socket, 'forum:removed')]);
    await as('coordinator', `mutation($f: ID!, $p: ID!) { removeForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    expect(await removed).toEqual([{ forumId }, { forumId }]);
    const after = [collect<ForumPostPayload>(a.socket, 'post:created', 1000), collect<ForumPostPayload>(b.socket, 'post:created', 1000)];
    await as('coordinator', `mutation($t: ID!) { createPost(threadId: $t, body: "After the removal", clientId: "after-removal") { id } }`, { t: threadId });
    expect(await Promise.all(after)).toEqual([[], []]);
    expect(await request(a.socket, 'post:create', { threadId, clientId: 'removed', body: 'Can I still post?' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await request(a.socket, 'catch-up', { after: '0', forumId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // A new connection (a reconnect) is authorised again and does not rejoin.
    expect((await open('member', 1)).ready!.forumIds).toEqual([]);
  });

  it('joins and leaves a group’s forum with group membership', async () => {
    const group = await as('coordinator', `mutation { createGroup(input: { name: "ESOL Pathway", kind: STEERING_GROUP, visibility: PRIVATE }) { id } }`);
    const groupId = group.data!.createGroup.id;
    const groupForum = (await as('coordinator', `mutation($g: ID!) { createForum(name: "ESOL Pathway", groupId: $g) { id } }`, { g: groupId })).data!.createForum.id;
    const socket = (await open('member', 1)).socket;
    const added = next<{ forumId: string }>(socket, 'forum:added');
    await as('coordinator', `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    expect(await added).toEqual({ forumId: groupForum });
    const thread = (await as('coordinator', `mutation($f: ID!) { createThread(forumId: $f, title: "Waiting lists", body: "Numbers?", clientId: "esol-1") { id } }`, { f: groupForum })).data!.createThread.id;
    const live = new Promise<ForumPostPayload>((resolve) => socket.on('post:created', (post: ForumPostPayload) => post.clientId === 'esol-2' && resolve(post)));
    await as('coordinator', `mutation($t: ID!) { createPost(threadId: $t, body: "About 300", clientId: "esol-2") { id } }`, { t: thread });
    expect((await live).threadId).toBe(thread);
    const removed = next<{ forumId: string }>(socket, 'forum:removed');
    await as('coordinator', `mutation($g: ID!, $p: ID!) { removeGroupMember(groupId: $g, personId: $p) }`, { g: groupId, p: p.member.personId });
    expect(await removed).toEqual({ forumId: groupForum });
    expect(await request(socket, 'post:create', { threadId: thread, clientId: 'esol-3', body: 'Still here?' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('shows who is here', async () => {
    const coordinator = (await open('coordinator', 0)).socket;
    await open('admin', 1);
    const presence = await request<{ people: { id: string }[] }>(coordinator, 'presence', { forumId });
    expect(presence.ok).toBe(true);
    if (presence.ok) expect(presence.data.people.map((person) => person.id)).toEqual(expect.arrayContaining([p.coordinator.personId, p.admin.personId]));
    expect(await request(coordinator, 'presence', { forumId: otherForumId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers malformed ids and NUL bytes as bad input, not as a server error', async () => {
    const { socket } = await open('coordinator', 0);
    for (const [event, payload] of [
      ['thread:read', { threadId: 'zz' }],
      ['thread:read', { threadId, postId: 'zz' }],
      ['catch-up', { after: null, forumId: 'a\u0000' }],
      ['catch-up', { after: null, forumId: 'zz' }],
      ['post:create', { threadId, clientId: 'nul-body', body: 'before\u0000after' }],
      ['post:create', { threadId: 'zz', clientId: 'bad-thread', body: 'Hello' }],
      ['forum:join', { forumId: 'a\u0000' }],
    ] as const) {
      expect([event, await request(socket, event, payload)]).toMatchObject([event, { ok: false, error: { code: 'BAD_USER_INPUT' } }]);
    }
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM post WHERE client_id = 'nul-body'`);
    expect(n).toBe(0);
  });

  // Last: it changes the coordinator's role (and puts it back).
  it('takes a lowered role’s forums away from open sockets on every instance', async () => {
    const admin = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: p.admin.email, password: p.admin.password } })).data!.signIn.token as string;
    const asAdmin = (query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: admin });
    const staffOnly = (await asAdmin(`mutation { createForum(name: "Coordinators only") { id } }`)).data!.createForum.id as string;
    const staffThread = (await asAdmin(`mutation($f: ID!) { createThread(forumId: $f, title: "Budget", body: "Figures", clientId: "staff-1") { id } }`, { f: staffOnly })).data!.createThread.id as string;
    const [a, b] = [await open('coordinator', 0), await open('coordinator', 1)];
    expect(a.ready!.forumIds).toContain(staffOnly);
    expect(b.ready!.forumIds).toContain(staffOnly);

    const removed = Promise.all([next<{ forumId: string }>(a.socket, 'forum:removed'), next<{ forumId: string }>(b.socket, 'forum:removed')]);
    const demoted = await asAdmin(`mutation($p: ID!) { setPersonRole(personId: $p, role: MEMBER) { id } }`, { p: p.coordinator.personId });
    expect(demoted.errors).toBeUndefined();
    expect(await removed).toEqual([{ forumId: staffOnly }, { forumId: staffOnly }]);
    const after = [collect<ForumPostPayload>(a.socket, 'post:created', 1000), collect<ForumPostPayload>(b.socket, 'post:created', 1000)];
    await asAdmin(`mutation($t: ID!) { createPost(threadId: $t, body: "After the demotion", clientId: "staff-2") { id } }`, { t: staffThread });
    expect(await Promise.all(after)).toEqual([[], []]);
    for (const socket of [a.socket, b.socket]) {
      expect(await request(socket, 'forum:join', { forumId: staffOnly })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await request(socket, 'catch-up', { after: null, forumId: staffOnly })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(await request(socket, 'post:create', { threadId: staffThread, clientId: 'demoted', body: 'Still a coordinator?' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    // Still signed in, and still in the forums a member is in.
    expect(await request(a.socket, 'forum:join', { forumId })).toMatchObject({ ok: true });

    // A role changed behind the emitter's back (no announcement) is still caught on the next event.
    await asAdmin(`mutation($p: ID!) { setPersonRole(personId: $p, role: COORDINATOR) { id } }`, { p: p.coordinator.personId });
    const c = await open('coordinator', 1);
    expect(c.ready!.forumIds).toContain(staffOnly);
    await api.db.query(`UPDATE person SET role = 'MEMBER' WHERE id = $1`, [p.coordinator.personId]);
    expect(await request(c.socket, 'post:create', { threadId: staffThread, clientId: 'quiet', body: 'Quietly demoted' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const quiet = collect<ForumPostPayload>(c.socket, 'post:created', 1000);
    await asAdmin(`mutation($t: ID!) { createPost(threadId: $t, body: "After the quiet demotion", clientId: "staff-3") { id } }`, { t: staffThread });
    expect(await quiet).toEqual([]);
    await api.db.query(`UPDATE person SET role = 'COORDINATOR' WHERE id = $1`, [p.coordinator.personId]);
  });
});
