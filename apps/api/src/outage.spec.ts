// @test-serial: times recovery from a fault by the clock, so `npm test` runs it alone.
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { io as connect, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';
import { forumConfigSchema, loadConfig } from '@convene/config';
import type { Ack } from '@convene/contracts';
import {
  closedPort,
  codeOf,
  createTestDatabase,
  gql,
  openDataSource,
  seedPartnership,
  startTcpProxy,
  testRedis,
  type GraphQLResponse,
  type SeededPartnership,
  type TcpProxy,
  type TestDatabase,
} from '@convene/testing';
import { createForumApp } from '../../forum/src/bootstrap';
import { startApi } from './testing/api-harness';

const ROOT = join(__dirname, '../../..');
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const POST = `mutation($t: ID!, $b: String!, $c: String!) { createPost(threadId: $t, body: $b, clientId: $c) { id } }`;
const POSTS_PER_MINUTE = 3;

/** Runs a request and says how long it took. */
async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

function expectUnavailable(response: GraphQLResponse, ms: number, withinMs: number): void {
  expect({ status: response.status, code: codeOf(response), retryAfter: response.headers.get('retry-after') }).toEqual({
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    retryAfter: '5',
  });
  expect(response.errors![0].extensions!.retryAfterSeconds).toBe(5);
  expect(ms).toBeLessThan(withinMs);
}

/** Polls until the check passes: the clients reconnect by themselves, within a few seconds. */
async function eventually(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** The API as deployed (its main, in its own process) and the forum service, behind proxies. */
describe('when PostgreSQL or Redis is unreachable', () => {
  let database: TestDatabase;
  let db: DataSource;
  let postgres: TcpProxy;
  let redis: TcpProxy;
  let api: ChildProcess;
  let apiUrl: string;
  let forum: INestApplication;
  let forumUrl: string;
  let socket: Socket;
  let p: SeededPartnership;
  let threadId: string;
  const token: Record<string, string> = {};
  const stdout: string[] = [];
  let stderr = '';
  let clientIds = 0;

  const signIn = (who: 'member' | 'coordinator') => gql(apiUrl, SIGN_IN, { input: { email: p[who].email, password: p[who].password } });
  const post = () => gql(apiUrl, POST, { t: threadId, b: 'Hotel moves this week', c: `outage-${++clientIds}` }, { token: token.member });
  const forums = () => gql(apiUrl, `{ forums { id } }`, {}, { token: token.member });
  const health = async () => {
    const response = await fetch(`${apiUrl}/health`);
    return { status: response.status, body: (await response.json()) as { postgres: string; redis: string; dependencies: Record<string, { state: string }> } };
  };
  const socketPost = () =>
    socket.timeout(10_000).emitWithAck('post:create', { threadId, clientId: `socket-${++clientIds}`, body: 'From the forum service' }) as Promise<Ack<{ id: string }>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDataSource(database.url);
    p = await seedPartnership(db, 'outage');
    const queues = testRedis();
    postgres = await startTcpProxy(database.url);
    redis = await startTcpProxy(queues.url);
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: queues.prefix,
      POSTS_PER_MINUTE: String(POSTS_PER_MINUTE),
    };
    const port = await closedPort();
    api = spawn(process.execPath, [join(ROOT, 'tools/test/run-ts.js'), join(ROOT, 'apps/api/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...env, API_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    api.stdout!.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop()!;
      stdout.push(...lines.filter(Boolean));
    });
    api.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    apiUrl = `http://127.0.0.1:${port}`;
    await eventually(async () => stdout.some((line) => line.includes('API listening')), 'the API to start', 60_000);

    forum = (await createForumApp(loadConfig(forumConfigSchema, { ...env, LOG_LEVEL: 'silent', PUBLIC_WEB_URL: 'http://localhost:4200' }))).app;
    await forum.listen(0, '127.0.0.1');
    forumUrl = `http://127.0.0.1:${(forum.getHttpServer().address() as AddressInfo).port}`;

    token.coordinator = (await signIn('coordinator')).data!.signIn.token;
    token.member = (await signIn('member')).data!.signIn.token;
    const as = (query: string, variables: Record<string, unknown>) => gql(apiUrl, query, variables, { token: token.coordinator });
    const forumId = (await as(`mutation { createForum(name: "Destitution") { id } }`, {})).data!.createForum.id;
    await as(`mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    threadId = (await as(`mutation($f: ID!) { createThread(forumId: $f, title: "No recourse to public funds", body: "Cases this month", clientId: "t-1") { id } }`, { f: forumId })).data!.createThread.id;

    socket = connect(forumUrl, { auth: { token: token.member }, transports: ['websocket'], forceNew: true });
    await new Promise((resolve, reject) => {
      socket.once('ready', resolve);
      socket.once('connect_error', reject);
    });
  }, 90_000);

  afterAll(async () => {
    socket?.close();
    await forum?.close();
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      await exited;
    }
    await postgres?.close();
    await redis?.close();
    await db?.destroy();
    await database?.drop();
  });

  it('with Redis cut, sign-in and posting answer 503 SERVICE_UNAVAILABLE at once, and recover without replaying', async () => {
    await redis.cut();

    const signingIn = await timed(() => signIn('member'));
    expectUnavailable(signingIn.result, signingIn.ms, 2_000);
    for (let i = 0; i < 5; i++) {
      const posting = await timed(post);
      expectUnavailable(posting.result, posting.ms, 2_000);
    }
    // What needs only PostgreSQL keeps working.
    expect((await forums()).status).toBe(200);
    const degraded = await health();
    expect(degraded).toMatchObject({ status: 503, body: { postgres: 'ok', redis: 'down', dependencies: { redis: { state: 'down' } } } });
    const viaSocket = await timed(socketPost);
    expect(viaSocket.result).toMatchObject({ ok: false, error: { code: 'SERVICE_UNAVAILABLE' } });
    expect(viaSocket.ms).toBeLessThan(2_000);

    await redis.restore();
    await eventually(async () => (await health()).status === 200, 'Redis to be back');
    expect((await signIn('member')).status).toBe(200);
    // The five refused posts were not replayed against the limit: the full allowance is there.
    for (let i = 0; i < POSTS_PER_MINUTE; i++) expect((await post()).data?.createPost.id).toBeTruthy();
    expect(codeOf(await post())).toBe('TOO_MANY_REQUESTS');
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM post WHERE client_id LIKE 'outage-%'`);
    expect(n).toBe(POSTS_PER_MINUTE);
  }, 60_000);

  it('with PostgreSQL cut, queries and sign-in answer 503 within seconds, and recover when it returns', async () => {
    await postgres.cut();

    const query = await timed(forums);
    expectUnavailable(query.result, query.ms, 5_000);
    const signingIn = await timed(() => signIn('coordinator'));
    expectUnavailable(signingIn.result, signingIn.ms, 5_000);
    const degraded = await health();
    expect(degraded).toMatchObject({ status: 503, body: { postgres: 'down', redis: 'ok' } });
    // Plain HTTP routes too: a meeting's calendar file, and the job board's admin check.
    const meetingFile = () => fetch(`${apiUrl}/meetings/00000000-0000-4000-8000-000000000000.ics`, { headers: { authorization: `Bearer ${token.member}` } });
    const feed = await meetingFile();
    expect([feed.status, feed.headers.get('retry-after')]).toEqual([503, '5']);
    expect(((await feed.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    const board = await fetch(`${apiUrl}/admin/queues`, { headers: { authorization: `Bearer ${token.coordinator}` } });
    expect(board.status).toBe(503);
    const viaSocket = await timed(socketPost);
    expect(viaSocket.result).toMatchObject({ ok: false, error: { code: 'SERVICE_UNAVAILABLE' } });
    expect(viaSocket.ms).toBeLessThan(5_000);
    // A new connection cannot be checked: told to come back, not that its session ended.
    const late = connect(forumUrl, { auth: { token: token.member }, transports: ['websocket'], reconnection: false, forceNew: true });
    const refusal = await new Promise<string>((resolve) => late.once('connect_error', (error) => resolve(error.message)));
    late.close();
    expect(refusal).toBe('SERVICE_UNAVAILABLE');

    await postgres.restore();
    await eventually(async () => (await forums()).status === 200, 'PostgreSQL to be back');
    expect((await forums()).data!.forums).toHaveLength(1);
    expect((await signIn('coordinator')).data?.signIn.token).toBeTruthy();
    expect((await health()).status).toBe(200);
    expect((await meetingFile()).status).toBe(404);
  }, 60_000);

  it('when the network loses them (connections that never answer), requests still end within seconds', async () => {
    await redis.cut('silent');
    const signingIn = await timed(() => signIn('member'));
    expectUnavailable(signingIn.result, signingIn.ms, 2_000);
    await redis.restore();

    await postgres.cut('silent');
    await new Promise((resolve) => setTimeout(resolve, 300)); // the pool drops its broken connections
    // A new connection is needed and never answers: the pool gives up after its connect timeout (3 s).
    const query = await timed(forums);
    expectUnavailable(query.result, query.ms, 5_000);
    await postgres.restore();

    await eventually(async () => (await signIn('member')).status === 200, 'both to be back');
    expect((await forums()).status).toBe(200);
  }, 60_000);

  it('logged only JSON lines through both outages, a few per outage', () => {
    expect(stderr).toBe('');
    const lines = stdout.map((line) => {
      try {
        return JSON.parse(line) as { msg: string };
      } catch {
        throw new Error(`Not a JSON log line: ${line}`);
      }
    });
    const said = (msg: string) => lines.filter((line) => line.msg === msg).length;
    expect(said('Redis is unreachable')).toBeGreaterThan(0);
    expect(said('Redis is reachable again')).toBeGreaterThan(0);
    expect(said('request refused: a dependency is unreachable')).toBeGreaterThan(0);
    // Rate-limited: the reconnect loop and every refused request do not each write a line.
    expect(said('Redis is unreachable') + said('PostgreSQL connection lost') + said('request refused: a dependency is unreachable')).toBeLessThan(20);
  });
});

describe('when Redis is unreachable as the API boots', () => {
  it('boots, answers 503 at once, and serves once Redis is there', async () => {
    const redis = await startTcpProxy(testRedis().url);
    await redis.cut();
    const api = await startApi({ REDIS_URL: redis.url });
    try {
      const p = await seedPartnership(api.db, 'redis-at-boot');
      const signIn = () => gql(api.url, SIGN_IN, { input: { email: p.member.email, password: p.member.password } });
      const refused = await timed(signIn);
      expectUnavailable(refused.result, refused.ms, 2_000);
      await redis.restore();
      await eventually(async () => (await signIn()).status === 200, 'Redis to be reachable');
    } finally {
      await api.close();
      await redis.close();
    }
  }, 60_000);
});
