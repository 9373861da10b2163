import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { forumConfigSchema, loadConfig } from '@convene/config';
import type { Ack, ThreadReadPayload } from '@convene/contracts';
import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { createForumApp } from './bootstrap';

const FORUM = `query($f: ID!) { forum(id: $f) { unreadCount followLevel threads { nodes { id unreadCount lastReadPosition firstUnreadPostId followLevel effectiveFollowLevel } } } }`;
const POST = `mutation($t: ID!, $b: String!, $c: String!) { createPost(threadId: $t, body: $b, clientId: $c) { id position } }`;
const FOLLOW_THREAD = `mutation($t: ID!, $l: FollowLevel) { followThread(threadId: $t, level: $l) { id followLevel effectiveFollowLevel unreadCount } }`;
const FOLLOW_FORUM = `mutation($f: ID!, $l: FollowLevel) { followForum(forumId: $f, level: $l) { id followLevel unreadCount } }`;

/**
 * Unread markers live on the server: one person on two devices (two sessions, two sockets on two
 * forum instances) reads on one, and the other's counts and socket follow.
 */
describe('unread markers across devices, and muting', () => {
  let api: ApiHarness;
  const forums: INestApplication[] = [];
  const urls: string[] = [];
  const sockets: Socket[] = [];
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token: Record<string, string> = {};
  let forumId: string;
  const threads: Record<string, string> = {};

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });
  const ok = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(who, query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res.raw)}`);
    return res.data;
  };
  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const open = (who: string, instance: number) =>
    new Promise<Socket>((resolve, reject) => {
      const socket = connect(urls[instance], { auth: { token: token[who] }, transports: ['websocket'], reconnection: false, forceNew: true });
      sockets.push(socket);
      socket.on('ready', () => resolve(socket));
      socket.on('connect_error', reject);
    });
  const next = <T>(socket: Socket, event: string) => new Promise<T>((resolve) => socket.once(event, resolve));
  const byThread = async (who: string) => {
    const forum = (await ok(who, FORUM, { f: forumId })).forum;
    return { forum, threads: new Map<string, { unreadCount: number; lastReadPosition: string | null; firstUnreadPostId: string | null; followLevel: string | null; effectiveFollowLevel: string | null }>(forum.threads.nodes.map((t: { id: string }) => [t.id, t])) };
  };

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: '1000' });
    p = await seedPartnership(api.db, 'following');
    other = await seedPartnership(api.db, 'following-other');
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
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    // The member's two devices: two sign-ins, two sessions.
    token.laptop = await signIn(p.member.email, p.member.password);
    token.phone = await signIn(p.member.email, p.member.password);
    token.outsider = await signIn(other.coordinator.email, other.coordinator.password);

    forumId = (await ok('coordinator', `mutation { createForum(name: "Asylum support") { id } }`)).createForum.id;
    await ok('coordinator', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    const thread = async (key: string, title: string) =>
      (threads[key] = (await ok('coordinator', `mutation($f: ID!, $t: String!, $c: String!) { createThread(forumId: $f, title: $t, body: "Opening post.", clientId: $c) { id } }`, { f: forumId, t: title, c: `open-${key}` })).createThread.id);
    await thread('hotels', 'Hotel moves');
    await thread('esol', 'ESOL waiting lists');
    for (const n of [1, 2]) await ok('coordinator', POST, { t: threads.hotels, b: `Hotel update ${n}.`, c: `hotels-${n}` });
    await ok('coordinator', POST, { t: threads.esol, b: 'College places are open.', c: 'esol-1' });
  });

  afterAll(async () => {
    sockets.forEach((s) => s.close());
    for (const app of forums) await app.close();
    await api.close();
  });

  it('counts unread per thread, and reading on one device moves the other’s markers and socket at once', async () => {
    const before = await byThread('phone');
    expect(before.threads.get(threads.hotels)).toMatchObject({ unreadCount: 3, lastReadPosition: null, firstUnreadPostId: null });
    expect(before.threads.get(threads.esol)).toMatchObject({ unreadCount: 2, lastReadPosition: null });
    expect(before.forum.unreadCount).toBe(5);

    const phone = await open('phone', 1);
    const laptop = await open('laptop', 0);
    const heard = next<ThreadReadPayload>(phone, 'thread:read-state');
    const reply = (await laptop.timeout(5000).emitWithAck('thread:read', { threadId: threads.hotels, postId: null })) as Ack<{ unread: number }>;
    expect(reply).toEqual({ ok: true, data: { unread: 0 } });
    const state = await heard;
    expect(state).toMatchObject({ threadId: threads.hotels, forumId, unread: 0 });

    const after = await byThread('phone');
    expect(after.threads.get(threads.hotels)).toMatchObject({ unreadCount: 0, lastReadPosition: state.lastReadPosition });
    expect(after.threads.get(threads.esol)!.unreadCount).toBe(2);
    expect(after.forum.unreadCount).toBe(2);

    // A new post lands after the marker: the "new since your last visit" line goes before it.
    const later = (await ok('coordinator', POST, { t: threads.hotels, b: 'Two more families moved to Walsall.', c: 'hotels-3' })).createPost;
    expect(BigInt(later.position)).toBeGreaterThan(BigInt(state.lastReadPosition));
    expect((await byThread('laptop')).threads.get(threads.hotels)).toMatchObject({ unreadCount: 1, firstUnreadPostId: later.id });

    // Reading through GraphQL on the phone reaches the laptop's socket too.
    const heardOnLaptop = next<ThreadReadPayload>(laptop, 'thread:read-state');
    expect((await ok('phone', `mutation($t: ID!) { markThreadRead(threadId: $t) }`, { t: threads.hotels })).markThreadRead).toBe(0);
    expect(await heardOnLaptop).toMatchObject({ threadId: threads.hotels, lastReadPosition: later.position, unread: 0 });
  });

  it('does not count posts held for a moderator, nor one’s own', async () => {
    const held = (await ok('coordinator', POST, { t: threads.esol, b: 'A post waiting for approval.', c: 'esol-held' })).createPost.id;
    await api.db.query(`UPDATE post SET held_reason = 'FIRST_POST', held_at = now() WHERE id = $1`, [held]);
    await ok('laptop', POST, { t: threads.esol, b: 'My own reply.', c: 'esol-mine' });
    expect((await byThread('phone')).threads.get(threads.esol)!.unreadCount).toBe(2);
  });

  it('muting a thread takes it out of the unread counts; the thread’s setting overrides the forum’s', async () => {
    const muted = (await ok('phone', FOLLOW_THREAD, { t: threads.esol, l: 'MUTED' })).followThread;
    expect(muted).toEqual({ id: threads.esol, followLevel: 'MUTED', effectiveFollowLevel: 'MUTED', unreadCount: 0 });
    expect((await byThread('laptop')).forum.unreadCount).toBe(0);

    // Watching the forum does not unmute the thread muted on its own.
    expect((await ok('laptop', FOLLOW_FORUM, { f: forumId, l: 'WATCHING' })).followForum).toMatchObject({ followLevel: 'WATCHING', unreadCount: 0 });
    const now = await byThread('phone');
    expect(now.threads.get(threads.esol)).toMatchObject({ followLevel: 'MUTED', effectiveFollowLevel: 'MUTED' });
    expect(now.threads.get(threads.hotels)).toMatchObject({ followLevel: null, effectiveFollowLevel: 'WATCHING' });

    // Back to the forum's setting: the thread is watched and counts again.
    expect((await ok('phone', FOLLOW_THREAD, { t: threads.esol, l: null })).followThread).toMatchObject({ followLevel: null, effectiveFollowLevel: 'WATCHING', unreadCount: 2 });
    // Muting the forum mutes every thread without a setting of its own.
    await ok('phone', FOLLOW_FORUM, { f: forumId, l: 'MUTED' });
    expect((await byThread('phone')).forum.unreadCount).toBe(0);
  });

  it('counts a held post as new once approved, even when the marker had passed it while it waited', async () => {
    await ok('phone', FOLLOW_FORUM, { f: forumId, l: null });
    const held = (await ok('coordinator', POST, { t: threads.hotels, b: 'Waiting for a moderator.', c: 'hotels-held' })).createPost.id;
    await api.db.query(`UPDATE post SET held_reason = 'FIRST_POST', held_at = now() WHERE id = $1`, [held]);
    await ok('coordinator', POST, { t: threads.hotels, b: 'Posted after the held one.', c: 'hotels-after' });
    expect((await ok('laptop', `mutation($t: ID!) { markThreadRead(threadId: $t) }`, { t: threads.hotels })).markThreadRead).toBe(0);
    expect((await ok('coordinator', `mutation($id: ID!) { approvePost(id: $id) { id } }`, { id: held })).approvePost.id).toBe(held);
    expect((await byThread('phone')).threads.get(threads.hotels)).toMatchObject({ unreadCount: 1, firstUnreadPostId: held });
    expect((await ok('phone', `mutation($t: ID!) { markThreadRead(threadId: $t) }`, { t: threads.hotels })).markThreadRead).toBe(0);
    expect((await byThread('laptop')).threads.get(threads.hotels)).toMatchObject({ unreadCount: 0, firstUnreadPostId: null });
  });

  it('refuses to follow what one cannot read (another partnership’s, one that does not exist) or when signed out', async () => {
    expect(codeOf(await as('outsider', FOLLOW_THREAD, { t: threads.hotels, l: 'WATCHING' }))).toBe('NOT_FOUND');
    expect(codeOf(await as('outsider', FOLLOW_FORUM, { f: forumId, l: 'WATCHING' }))).toBe('NOT_FOUND');
    expect(codeOf(await as('outsider', FOLLOW_FORUM, { f: '00000000-0000-4000-8000-000000000000', l: 'WATCHING' }))).toBe('NOT_FOUND');
    expect(codeOf(await as('phone', FOLLOW_THREAD, { t: threads.hotels, l: 'LOUD' }))).toBe('BAD_USER_INPUT');
    // Signed out: refused before anything is looked up.
    expect(codeOf(await gql(api.url, FOLLOW_THREAD, { t: threads.hotels, l: 'WATCHING' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(api.url, FOLLOW_FORUM, { f: forumId, l: 'MUTED' }))).toBe('UNAUTHENTICATED');
    expect(await api.db.query(`SELECT 1 FROM thread_follow tf JOIN person p ON p.id = tf.person_id WHERE p.partnership_id = $1`, [other.partnershipId])).toEqual([]);
  });
});
