import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
// A public query: an unknown group answers NOT_FOUND to anyone, signed in or not.
const PUBLIC = `{ publicGroup(partnershipSlug: "ended", groupSlug: "none") { name } }`;

describe('ended sessions on public operations', () => {
  let api: ApiHarness;
  let p: SeededPartnership;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'ended');
  });
  afterAll(() => api.close());

  const signedIn = async () => {
    const res = await gql(api.url, SIGN_IN, { input: { email: p.member.email, password: p.member.password } });
    return { token: res.data!.signIn.token as string, cookie: res.headers.get('set-cookie')!.split(';')[0] };
  };

  it('answers 401 UNAUTHENTICATED to an unknown or expired bearer token, even on a public query', async () => {
    const guessed = await gql(api.url, PUBLIC, {}, { token: `cvs_${'x'.repeat(43)}` });
    expect([guessed.status, codeOf(guessed), guessed.data]).toEqual([401, 'UNAUTHENTICATED', null]);
    expect(guessed.errors![0].message).toBe('Your session has ended. Sign in again.');

    const { token } = await signedIn();
    expect(codeOf(await gql(api.url, PUBLIC, {}, { token }))).toBe('NOT_FOUND');
    await api.db.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE account_id = $1`, [p.member.accountId]);
    const expired = await gql(api.url, PUBLIC, {}, { token });
    expect([expired.status, codeOf(expired)]).toEqual([401, 'UNAUTHENTICATED']);
    const preview = await gql(api.url, `{ invitationPreview(token: "cvi_x") { role } }`, {}, { token });
    expect([preview.status, codeOf(preview)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('keeps a request without a token anonymous, and lets an ended session sign out', async () => {
    const anonymous = await gql(api.url, PUBLIC);
    expect([anonymous.status, codeOf(anonymous)]).toEqual([200, 'NOT_FOUND']);
    const signOut = await gql(api.url, `mutation { signOut }`, {}, { token: `cvs_${'y'.repeat(43)}` });
    expect([signOut.status, signOut.data]).toEqual([200, { signOut: true }]);
  });

  it('drops a stale browser cookie and answers the public page as anonymous', async () => {
    const { cookie } = await signedIn();
    await api.db.query(`DELETE FROM session WHERE account_id = $1`, [p.member.accountId]);
    const res = await gql(api.url, PUBLIC, {}, { headers: { cookie } });
    expect([res.status, codeOf(res)]).toEqual([200, 'NOT_FOUND']);
    expect(res.headers.get('set-cookie')).toMatch(/convene_session=;.*Expires=Thu, 01 Jan 1970/i);
    expect(codeOf(await gql(api.url, `{ me { id } }`, {}, { headers: { cookie } }))).toBe('UNAUTHENTICATED');
  });
});
