import { SIGN_IN_LINK_TTL_MINUTES } from '@convene/identity';
import { SIGN_IN_LINKS_PER_HOUR } from '@convene/redis';
import { codeOf, gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { recipientOf, sleep, until } from './testing/mail-world';

const REQUEST = `mutation($e: String!) { requestSignInLink(email: $e) }`;
const REDEEM = `mutation($t: String!) { signInWithLink(token: $t) { token me { email } } }`;

describe('sign-in by email link', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;

  const linksTo = (email: string) => smtp.messages.filter((m) => m.subject === 'Your Convene sign-in link' && recipientOf(m) === email);
  const tokenIn = (text: string) => decodeURIComponent(/\/sign-in\/link#token=([^\s"<]+)/.exec(text)![1]);
  /** Asks for a link for `email` and returns the token from the email that arrives. */
  async function linkFor(email: string): Promise<string> {
    const before = linksTo(email).length;
    expect((await gql(api.url, REQUEST, { e: email })).data).toEqual({ requestSignInLink: true });
    await until(() => linksTo(email).length > before, 'the sign-in link email');
    return tokenIn(linksTo(email).at(-1)!.text!);
  }

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'links');
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url }, { clock: api.clock });
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });
  afterEach(() => api.clock.reset());

  it('signs in once with the emailed link, with a cookie as password sign-in sets; the token is stored hashed; audited', async () => {
    const token = await linkFor(p.member.email);
    expect(token).toMatch(/^cvl_/);
    // The email reaches the sink a moment before the worker records that it went.
    const linkRow = async () => (await api.db.query(`SELECT token_hash, sent_at FROM sign_in_link WHERE account_id = $1`, [p.member.accountId]))[0];
    await until(async () => (await linkRow())?.sent_at != null, 'the link recorded as sent');
    const row = await linkRow();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
    expect(row.sent_at).not.toBeNull();

    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: REDEEM, variables: { t: token } }) });
    const body = await response.json();
    expect(body.data.signInWithLink.me).toEqual({ email: p.member.email });
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    const me = await gql(api.url, `{ me { email } }`, {}, { token: body.data.signInWithLink.token });
    expect(me.data).toEqual({ me: { email: p.member.email } });

    // Single use: a second press (another tab, a scanner replaying the POST) is refused.
    expect(codeOf(await gql(api.url, REDEEM, { t: token }))).toBe('BAD_USER_INPUT');
    expect(await api.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'account.signed-in-by-link' AND subject_id = $1`, [p.member.personId])).toEqual([{ n: 1 }]);
    // Sent through the ledger, as essential mail.
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key LIKE 'sign-in-link:%' AND recipient_key = $1`, [p.member.accountId])).toEqual([{ status: 'SENT' }]);
  });

  it('two presses at once: exactly one signs in', async () => {
    const token = await linkFor(p.member.email);
    const results = await Promise.all([gql(api.url, REDEEM, { t: token }), gql(api.url, REDEEM, { t: token }), gql(api.url, REDEEM, { t: token })]);
    expect(results.filter((r) => r.data?.signInWithLink).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'BAD_USER_INPUT').length).toBe(2);
  });

  it('expires after 15 minutes on the server clock', async () => {
    const early = await linkFor(p.coordinator.email);
    const late = await linkFor(p.coordinator.email);
    api.clock.advance(SIGN_IN_LINK_TTL_MINUTES * 60_000 - 5_000);
    expect((await gql(api.url, REDEEM, { t: early })).data!.signInWithLink.me).toEqual({ email: p.coordinator.email });
    api.clock.advance(10_000);
    expect(codeOf(await gql(api.url, REDEEM, { t: late }))).toBe('BAD_USER_INPUT');
  });

  it('gives the same answer and does the same work whether or not the address has an account', async () => {
    const known = await gql(api.url, REQUEST, { e: p.admin.email });
    const unknown = await gql(api.url, REQUEST, { e: 'nobody-at-all@links.test' });
    expect(unknown.raw).toEqual(known.raw);
    // A row and a job for both; only the one with an account is ever sent.
    expect(await api.db.query(`SELECT (account_id IS NOT NULL) AS known FROM sign_in_link WHERE created_at > now() - interval '1 minute' ORDER BY created_at DESC LIMIT 2`)).toEqual([{ known: false }, { known: true }]);
    await until(() => linksTo(p.admin.email).length === 1, 'the known address’s link');
    await sleep(500);
    expect(smtp.messages.filter((m) => recipientOf(m) === 'nobody-at-all@links.test')).toHaveLength(0);
  });

  it('refuses a deactivated person, even with a link sent before', async () => {
    const token = await linkFor(p.admin.email);
    await api.db.query(`UPDATE person SET deactivated_at = now() WHERE id = $1`, [p.admin.personId]);
    try {
      expect(codeOf(await gql(api.url, REDEEM, { t: token }))).toBe('BAD_USER_INPUT');
      // A new request for them is answered the same, and sends nothing.
      const before = linksTo(p.admin.email).length;
      expect((await gql(api.url, REQUEST, { e: p.admin.email })).data).toEqual({ requestSignInLink: true });
      await sleep(800);
      expect(linksTo(p.admin.email)).toHaveLength(before);
    } finally {
      await api.db.query(`UPDATE person SET deactivated_at = NULL WHERE id = $1`, [p.admin.personId]);
    }
  });

  it('refuses malformed and unknown tokens alike', async () => {
    expect(codeOf(await gql(api.url, REDEEM, { t: 'not a token' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(api.url, REDEEM, { t: `cvl_${'A'.repeat(43)}` }))).toBe('BAD_USER_INPUT');
  });

  it(`throttles one address to ${SIGN_IN_LINKS_PER_HOUR} links an hour, whoever asks, known or not`, async () => {
    const address = 'throttled@links.test';
    for (let n = 0; n < SIGN_IN_LINKS_PER_HOUR; n++) expect((await gql(api.url, REQUEST, { e: address })).data).toEqual({ requestSignInLink: true });
    const over = await gql(api.url, REQUEST, { e: address });
    expect(codeOf(over)).toBe('TOO_MANY_REQUESTS');
  });
});
