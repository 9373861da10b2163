import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { forumConfigSchema, loadConfig } from '@convene/config';
import type { Ack } from '@convene/contracts';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { createForumApp } from './bootstrap';

/** A forum guest's sockets: only their forums' rooms, and removal takes effect at once. */
describe('forum guests on sockets', () => {
  let api: ApiHarness;
  let forumApp: INestApplication;
  let url: string;
  let p: SeededPartnership;
  let coordinator: string;
  let guest: string;
  let guestId: string;
  let forum: string;
  let closedForum: string;
  const sockets: Socket[] = [];

  const as = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token });
  const request = <T>(socket: Socket, event: string, payload: unknown) => socket.timeout(5000).emitWithAck(event, payload) as Promise<Ack<T>>;
  const next = <T>(socket: Socket, event: string) => new Promise<T>((resolve) => socket.once(event, resolve));
  async function open(token: string): Promise<{ socket: Socket; forumIds: string[] }> {
    const socket = connect(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(socket);
    const ready = await next<{ forumIds: string[] }>(socket, 'ready');
    return { socket, forumIds: ready.forumIds };
  }

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: '1000' });
    p = await seedPartnership(api.db, 'guest-sockets');
    const config = loadConfig(forumConfigSchema, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: api.config.DATABASE_URL,
      REDIS_URL: api.config.REDIS_URL,
      REDIS_PREFIX: api.config.REDIS_PREFIX,
      PUBLIC_WEB_URL: 'http://localhost:4200',
      POSTS_PER_MINUTE: '1000',
    });
    forumApp = (await createForumApp(config)).app;
    await forumApp.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(forumApp.getHttpServer().address() as AddressInfo).port}`;
    coordinator = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
    forum = (await as(coordinator, `mutation { createForum(name: "Sector forum") { id } }`)).data!.createForum.id;
    closedForum = (await as(coordinator, `mutation { createForum(name: "Steering only") { id } }`)).data!.createForum.id;
    // A guest (as a forum invitation makes them) in the first forum only.
    guestId = p.member.personId;
    await api.db.query(`UPDATE person SET role = 'GUEST', joined_through_forum_id = $2 WHERE id = $1`, [guestId, forum]);
    await api.db.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [forum, guestId]);
    guest = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: p.member.email, password: p.member.password } })).data!.signIn.token;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await forumApp.close();
    await api.close();
  });

  it('joins only the rooms of their forums, and cannot join another', async () => {
    const { socket, forumIds } = await open(guest);
    expect(forumIds).toEqual([forum]);
    expect(await request(socket, 'forum:join', { forumId: closedForum })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await request(socket, 'forum:join', { forumId: forum })).toMatchObject({ ok: true });
    expect(await request(socket, 'catch-up', { after: null, forumId: closedForum })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a moderator removing the guest takes the forum from their open socket at once', async () => {
    const { socket } = await open(guest);
    const removed = next<{ forumId: string }>(socket, 'forum:removed');
    expect((await as(coordinator, `mutation($f: ID!, $p: ID!) { removeForumMember(forumId: $f, personId: $p) }`, { f: forum, p: guestId })).errors).toBeUndefined();
    expect(await removed).toEqual({ forumId: forum });
    expect(await request(socket, 'forum:join', { forumId: forum })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const [audit] = await api.db.query(`SELECT detail FROM audit_event WHERE action = 'forum.member-removed' AND subject_id = $1`, [forum]);
    expect(audit.detail).toEqual({ personId: guestId });
  });

  it('made a member, their open socket joins the forums they now see', async () => {
    await api.db.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, 'MEMBER') ON CONFLICT DO NOTHING`, [forum, guestId]);
    const { socket } = await open(guest);
    // A group's forum they are in through the group only reaches them as a member.
    const [group] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Working group', 'working', 'WORKING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group.id, guestId]);
    const [groupForum] = await api.db.query(`INSERT INTO forum (partnership_id, group_id, name) VALUES ($1, $2, 'Working group') RETURNING id`, [p.partnershipId, group.id]);
    expect(await request(socket, 'forum:join', { forumId: groupForum.id })).toMatchObject({ ok: false });
    const added = next<{ forumId: string }>(socket, 'forum:added');
    expect((await as(coordinator, `mutation($p: ID!) { makeGuestMember(personId: $p) }`, { p: guestId })).errors).toBeUndefined();
    expect(await added).toEqual({ forumId: groupForum.id });
    expect(await request(socket, 'forum:join', { forumId: groupForum.id })).toMatchObject({ ok: true });

    // Made a guest again: the group's forum leaves their open socket at once; their own forum stays.
    const removed = next<{ forumId: string }>(socket, 'forum:removed');
    expect((await as(coordinator, `mutation($p: ID!) { makeForumGuest(personId: $p) }`, { p: guestId })).errors).toBeUndefined();
    expect(await removed).toEqual({ forumId: groupForum.id });
    expect(await request(socket, 'forum:join', { forumId: groupForum.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await request(socket, 'forum:join', { forumId: forum })).toMatchObject({ ok: true });
  });
});
