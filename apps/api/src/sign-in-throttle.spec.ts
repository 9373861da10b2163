import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiConfigSchema, ConfigError, loadConfig } from '@convene/config';
import type Redis from 'ioredis';
import { REDIS } from '@convene/redis';
import { seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const { createWebServer } = require('../../web/server.js') as { createWebServer(targets: { api: URL; forum: URL }): Server };

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

interface Answer {
  code: string | undefined;
  retryAfterSeconds?: number;
}

describe('sign-in throttling per account and client address, through the web proxy', () => {
  let api: ApiHarness;
  let web: Server;
  let webPort: number;
  let p: SeededPartnership;

  beforeAll(async () => {
    api = await startApi({ TRUST_PROXY: 'loopback', THROTTLE_PER_ACCOUNT: '3', THROTTLE_PER_IP: '8', THROTTLE_ACCOUNT_CEILING: '6' });
    web = createWebServer({ api: new URL(api.url), forum: new URL('http://127.0.0.1:1') });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    webPort = (web.address() as AddressInfo).port;
    p = await seedPartnership(api.db, 'throttled');
  });
  afterAll(async () => {
    await new Promise((resolve) => web.close(resolve));
    await api.close();
  });

  /** Signs in through the web server from a loopback address of our choosing (127.0.0.0/8 all reach it). */
  const signInFrom = (from: string, email: string, password: string, headers: Record<string, string> = {}) =>
    new Promise<Answer>((resolve, reject) => {
      const body = JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } });
      const req = request({ host: '127.0.0.1', port: webPort, localAddress: from, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { data?: { signIn?: { token: string } }; errors?: { extensions: { code: string; retryAfterSeconds?: number } }[] };
          const error = parsed.errors?.[0]?.extensions;
          resolve(error ? { code: error.code, ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}) } : { code: parsed.data?.signIn?.token ? 'OK' : 'NONE' });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  const times = async (n: number, attempt: () => Promise<Answer>) => {
    const answers: Answer[] = [];
    for (let i = 0; i < n; i++) answers.push(await attempt());
    return answers.map((a) => a.code);
  };

  it('lets the right password in from a clean address while another address is being held back', async () => {
    expect(await times(5, () => signInFrom('127.0.0.2', p.member.email, 'a wrong guess'))).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    expect((await signInFrom('127.0.0.2', p.member.email, p.member.password)).code).toBe('TOO_MANY_REQUESTS');
    expect((await signInFrom('127.0.0.3', p.member.email, p.member.password)).code).toBe('OK');
  });

  it('makes each further failure wait longer, and ignores a client’s own X-Forwarded-For', async () => {
    const guess = (i: number) => signInFrom('127.0.0.4', p.admin.email, `guess ${i}`, { 'x-forwarded-for': `203.0.113.${i}` });
    expect(await times(3, () => guess(1))).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const waits: (number | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      expect((await guess(10 + i)).code).toBe('UNAUTHENTICATED');
      const held = await guess(20 + i);
      expect(held.code).toBe('TOO_MANY_REQUESTS');
      waits.push(held.retryAfterSeconds);
      // Let the wait run out without waiting: the failures stay counted.
      await clearWaits();
    }
    expect(waits.map((s) => Math.round(s!))).toEqual([30, 60, 120]);
  });

  it('does not count successful sign-ins against the address', async () => {
    expect(await times(12, () => signInFrom('127.0.0.5', p.coordinator.email, p.coordinator.password))).toEqual(Array(12).fill('OK'));
  });

  it('stops an address that fails for many accounts, and only that address', async () => {
    let n = 0;
    const answers = await times(9, () => signInFrom('127.0.0.6', `nobody${n++}@throttled.test`, 'whatever it is'));
    expect(answers.slice(0, 8)).toEqual(Array(8).fill('UNAUTHENTICATED'));
    expect(answers[8]).toBe('TOO_MANY_REQUESTS');
    expect((await signInFrom('127.0.0.6', p.coordinator.email, p.coordinator.password)).code).toBe('TOO_MANY_REQUESTS');
    expect((await signInFrom('127.0.0.7', p.coordinator.email, p.coordinator.password)).code).toBe('OK');
  });

  it('past the account’s ceiling (a spray from many addresses) admits only addresses that signed in before', async () => {
    const seeded = await seedPartnership(api.db, 'sprayed');
    expect((await signInFrom('127.0.1.1', seeded.member.email, seeded.member.password)).code).toBe('OK');
    for (let i = 10; i < 16; i++) expect((await signInFrom(`127.0.1.${i}`, seeded.member.email, 'spray guess')).code).toBe('UNAUTHENTICATED');
    expect((await signInFrom('127.0.1.20', seeded.member.email, seeded.member.password)).code).toBe('TOO_MANY_REQUESTS');
    expect((await signInFrom('127.0.1.1', seeded.member.email, seeded.member.password)).code).toBe('OK');
  });

  it('trusts X-Forwarded-For only from the configured hops', () => {
    const base = { DATABASE_URL: 'postgres://u@localhost:5432/db', REDIS_URL: 'redis://localhost:6379' };
    expect(loadConfig(apiConfigSchema, base).TRUST_PROXY).toBe(false);
    expect(loadConfig(apiConfigSchema, { ...base, TRUST_PROXY: 'loopback' }).TRUST_PROXY).toEqual(['loopback']);
    expect(loadConfig(apiConfigSchema, { ...base, TRUST_PROXY: '10.0.0.0/8, uniquelocal' }).TRUST_PROXY).toEqual(['10.0.0.0/8', 'uniquelocal']);
    expect(() => loadConfig(apiConfigSchema, { ...base, TRUST_PROXY: 'everyone' })).toThrow(ConfigError);
  });

  async function clearWaits(): Promise<void> {
    const redis = api.app.get<Redis>(REDIS);
    const keys = await redis.keys(`${api.config.REDIS_PREFIX}:throttle:pair-wait:*`);
    if (keys.length) await redis.del(...keys);
  }
});
