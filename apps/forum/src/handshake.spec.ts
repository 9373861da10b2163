import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import { forumConfigSchema, loadConfig } from '@convene/config';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { createForumApp } from './bootstrap';

describe('forum service handshake', () => {
  let api: ApiHarness;
  let forum: INestApplication;
  let forumUrl: string;
  let p: SeededPartnership;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'sockets');
    const config = loadConfig(forumConfigSchema, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: api.config.DATABASE_URL,
      REDIS_URL: api.config.REDIS_URL,
      REDIS_PREFIX: api.config.REDIS_PREFIX,
      PUBLIC_WEB_URL: 'http://localhost:4200',
    });
    forum = (await createForumApp(config)).app;
    await forum.listen(0, '127.0.0.1');
    forumUrl = `http://127.0.0.1:${(forum.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await forum.close();
    await api.close();
  });

  const open = (auth: Record<string, unknown>, extraHeaders: Record<string, string> = {}) => {
    const socket = connect(forumUrl, { auth, transports: ['websocket'], reconnection: false, extraHeaders });
    sockets.push(socket);
    return new Promise<{ ready?: unknown; error?: string }>((resolve) => {
      socket.on('ready', (ready) => resolve({ ready }));
      socket.on('connect_error', (error) => resolve({ error: error.message }));
    });
  };

  it('answers /health with PostgreSQL and Redis status', async () => {
    const res = await fetch(`${forumUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      postgres: 'ok',
      redis: 'ok',
      dependencies: { postgres: { state: 'up', latencyMs: expect.any(Number) }, redis: { state: 'up', latencyMs: expect.any(Number), connection: 'ready' } },
    });
  });

  it('accepts the session token from signIn', async () => {
    const token = (await gql(api.url, `mutation { signIn(input: { email: "${p.member.email}", password: "${p.member.password}" }) { token } }`)).data!.signIn.token;
    expect(await open({ token })).toEqual({ ready: { personId: p.member.personId, partnershipId: p.partnershipId, forumIds: [] } });
  });

  it('refuses no token, a made-up token and a signed-out token', async () => {
    expect(await open({})).toEqual({ error: 'UNAUTHENTICATED' });
    expect(await open({ token: 'cvs_' + 'a'.repeat(43) })).toEqual({ error: 'UNAUTHENTICATED' });
    expect(await open({ token: { nested: 'object' } })).toEqual({ error: 'UNAUTHENTICATED' });
    const token = (await gql(api.url, `mutation { signIn(input: { email: "${p.admin.email}", password: "${p.admin.password}" }) { token } }`)).data!.signIn.token;
    await gql(api.url, `mutation { signOut }`, {}, { token });
    expect(await open({ token })).toEqual({ error: 'UNAUTHENTICATED' });
  });

  it('closes a signed-out or deactivated person’s sockets at once, through the Redis emitter', async () => {
    const connected = async (email: string, password: string) => {
      const token = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
      const socket = connect(forumUrl, { auth: { token }, transports: ['websocket'], reconnection: false });
      sockets.push(socket);
      await new Promise((resolve) => socket.on('ready', resolve));
      const ended = new Promise<{ reason: string }>((resolve) => socket.on('session:ended', resolve));
      const closed = new Promise<string>((resolve) => socket.on('disconnect', resolve));
      return { token, ended, closed };
    };
    const member = await connected(p.member.email, p.member.password);
    await gql(api.url, `mutation { signOut }`, {}, { token: member.token });
    expect(await member.ended).toEqual({ reason: 'signed-out' });
    expect(await member.closed).toBe('io server disconnect');

    const coordinator = await connected(p.coordinator.email, p.coordinator.password);
    const admin = (await gql(api.url, `mutation { signIn(input: { email: "${p.admin.email}", password: "${p.admin.password}" }) { token } }`)).data!.signIn.token;
    await gql(api.url, `mutation($id: ID!) { deactivatePerson(personId: $id) { id } }`, { id: p.coordinator.personId }, { token: admin });
    expect(await coordinator.ended).toEqual({ reason: 'deactivated' });
    expect(await coordinator.closed).toBe('io server disconnect');
    await gql(api.url, `mutation($id: ID!) { reactivatePerson(personId: $id) { id } }`, { id: p.coordinator.personId }, { token: admin });
  });

  it('accepts the web client’s session cookie from an allowed origin, and not from another', async () => {
    const token = (await gql(api.url, `mutation { signIn(input: { email: "${p.member.email}", password: "${p.member.password}" }) { token } }`)).data!.signIn.token;
    const cookie = `theme=dark; convene_session=${token}`;
    expect(await open({}, { cookie, origin: 'http://localhost:4200' })).toMatchObject({ ready: { personId: p.member.personId } });
    expect((await open({}, { cookie, origin: 'https://evil.example' })).ready).toBeUndefined();
    expect(await open({}, { cookie: 'convene_session=cvs_forged', origin: 'http://localhost:4200' })).toEqual({ error: 'UNAUTHENTICATED' });
  });

  it('refuses a malformed session cookie and keeps serving', async () => {
    for (const cookie of ['convene_session=%E0%A4%A', 'convene_session=%', 'theme=%; convene_session=%ZZ']) {
      expect(await open({}, { cookie })).toEqual({ error: 'UNAUTHENTICATED' });
    }
    const token = (await gql(api.url, `mutation { signIn(input: { email: "${p.member.email}", password: "${p.member.password}" }) { token } }`)).data!.signIn.token;
    expect(await open({ token })).toMatchObject({ ready: { personId: p.member.personId } });
  });

  it('refuses a browser from another origin', async () => {
    const token = (await gql(api.url, `mutation { signIn(input: { email: "${p.coordinator.email}", password: "${p.coordinator.password}" }) { token } }`)).data!.signIn.token;
    const result = await open({ token }, { origin: 'https://evil.example' });
    expect(result.error).toBeDefined();
    expect(result.ready).toBeUndefined();
  });
});
