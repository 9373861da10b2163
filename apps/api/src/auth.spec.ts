import { codeOf, confirmationTokenFor, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt me { id name role partnership { name } } } }`;
const ME = `{ me { id name email role partnership { id name } organisation { name } memberships { role partnership { name } } } }`;

describe('sign-in, sessions and sign-out', () => {
  let api: ApiHarness;
  let p: SeededPartnership;

  beforeAll(async () => {
    api = await startApi({ THROTTLE_PER_ACCOUNT: '5' });
    p = await seedPartnership(api.db, 'auth');
  });
  afterAll(() => api.close());

  const signIn = (email: string, password: string) => gql(api.url, SIGN_IN, { input: { email, password } });

  it('signs in with email and password and answers me', async () => {
    const res = await signIn(p.member.email.toUpperCase(), p.member.password);
    expect(res.errors).toBeUndefined();
    const token = res.data!.signIn.token as string;
    expect(token).toMatch(/^cvs_[A-Za-z0-9_-]{43}$/);
    expect(res.headers.get('set-cookie')).toMatch(/convene_session=.*HttpOnly/i);

    const me = await gql(api.url, ME, {}, { token });
    expect(me.data!.me).toMatchObject({ id: p.member.personId, email: p.member.email, role: 'MEMBER', organisation: { name: 'Charity auth' } });
    expect(me.data!.me.memberships).toHaveLength(1);
  });

  it('stores only a hash of the session token', async () => {
    const token = (await signIn(p.admin.email, p.admin.password)).data!.signIn.token as string;
    const rows = await api.db.query(`SELECT token_hash FROM session WHERE token_hash = $1 OR token_hash = $2`, [token, token.slice(4)]);
    expect(rows).toHaveLength(0);
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM session WHERE account_id = $1`, [p.admin.accountId]);
    expect(count).toBeGreaterThan(0);
  });

  it('accepts the session cookie as well as the bearer token', async () => {
    const res = await signIn(p.member.email, p.member.password);
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const me = await gql(api.url, ME, {}, { headers: { cookie } });
    expect(me.data!.me.id).toBe(p.member.personId);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await signIn('nobody@auth.test', 'whatever-password');
    const wrong = await signIn(p.coordinator.email, 'not the password');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  it('refuses me without a session, with a coded error and no stack trace', async () => {
    const res = await gql(api.url, ME);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(res.raw)).not.toMatch(/stacktrace|at .*\.ts:\d+/i);
    const garbage = await gql(api.url, ME, {}, { token: 'cvs_' + 'x'.repeat(43) });
    expect(codeOf(garbage)).toBe('UNAUTHENTICATED');
  });

  it('signOut ends only this session; signOutEverywhere ends all of them', async () => {
    const a = (await signIn(p.coordinator.email, p.coordinator.password)).data!.signIn.token as string;
    const b = (await signIn(p.coordinator.email, p.coordinator.password)).data!.signIn.token as string;
    expect((await gql(api.url, `mutation { signOut }`, {}, { token: a })).data).toEqual({ signOut: true });
    expect(codeOf(await gql(api.url, ME, {}, { token: a }))).toBe('UNAUTHENTICATED');
    expect((await gql(api.url, ME, {}, { token: b })).data!.me.id).toBe(p.coordinator.personId);

    const c = (await signIn(p.coordinator.email, p.coordinator.password)).data!.signIn.token as string;
    await gql(api.url, `mutation { signOutEverywhere }`, {}, { token: b });
    expect(codeOf(await gql(api.url, ME, {}, { token: b }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(api.url, ME, {}, { token: c }))).toBe('UNAUTHENTICATED');
  });

  it('deactivating a person ends all their sessions at once and blocks sign-in', async () => {
    const seeded = await seedPartnership(api.db, 'deact');
    const memberToken = (await signIn(seeded.member.email, seeded.member.password)).data!.signIn.token as string;
    const adminToken = (await signIn(seeded.admin.email, seeded.admin.password)).data!.signIn.token as string;
    const res = await gql(api.url, `mutation($id: ID!) { deactivatePerson(personId: $id) { id active } }`, { id: seeded.member.personId }, { token: adminToken });
    expect(res.data!.deactivatePerson).toEqual({ id: seeded.member.personId, active: false });
    expect(codeOf(await gql(api.url, ME, {}, { token: memberToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(seeded.member.email, seeded.member.password))).toBe('UNAUTHENTICATED');
    const [{ count }] = await api.db.query(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'person.deactivated' AND subject_id = $1`, [seeded.member.personId]);
    expect(count).toBe(1);
  });

  it('resolves the rest of a signIn or confirmEmail response as the person who just signed in', async () => {
    const seeded = await seedPartnership(api.db, 'context');
    const res = await gql(api.url, `mutation($input: SignInInput!) { signIn(input: $input) { token me { id organisation { name } memberships { role } } } }`, {
      input: { email: seeded.member.email, password: seeded.member.password },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signIn.me).toEqual({ id: seeded.member.personId, organisation: { name: 'Charity context' }, memberships: [{ role: 'MEMBER' }] });

    const admin = (await signIn(seeded.admin.email, seeded.admin.password)).data!.signIn.token as string;
    const link = await gql(api.url, `mutation($o: ID!) { createInvitationLink(input: { organisationId: $o }) { token } }`, { o: seeded.organisationId }, { token: admin });
    const accepted = await gql(api.url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, {
      i: { token: link.data!.createInvitationLink.token, email: 'newcomer@context.test', name: 'New Comer', password: 'a long enough password' },
    });
    expect(accepted.data).toEqual({ acceptInvitation: null });
    const confirmed = await gql(api.url, `mutation($t: String!) { confirmEmail(token: $t) { token me { name organisation { name } } } }`, { t: await confirmationTokenFor(api.db, 'newcomer@context.test') });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmEmail.me).toEqual({ name: 'New Comer', organisation: { name: 'Charity context' } });
  });

  it('treats the rest of a request as signed out once signOut succeeds', async () => {
    const seeded = await seedPartnership(api.db, 'after-sign-out');
    const token = (await signIn(seeded.member.email, seeded.member.password)).data!.signIn.token as string;
    const res = await gql(api.url, `mutation { signOut feed: createCalendarFeed }`, {}, { token });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.errors![0].path).toEqual(['feed']);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM calendar_feed WHERE person_id = $1`, [seeded.member.personId]);
    expect(n).toBe(0);

    const other = (await signIn(seeded.coordinator.email, seeded.coordinator.password)).data!.signIn.token as string;
    const everywhere = await gql(api.url, `mutation { signOutEverywhere me: updateMyProfile(input: { name: "Changed" }) { name } }`, {}, { token: other });
    expect(codeOf(everywhere)).toBe('UNAUTHENTICATED');
    const [{ name }] = await api.db.query(`SELECT name FROM account WHERE id = $1`, [seeded.coordinator.accountId]);
    expect(name).not.toBe('Changed');
  });

  it('throttles repeated failures for one account', async () => {
    const seeded = await seedPartnership(api.db, 'throttle');
    const codes: unknown[] = [];
    for (let i = 0; i < 7; i++) codes.push(codeOf(await signIn(seeded.member.email, 'wrong password ' + i)));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes[6]).toBe('TOO_MANY_REQUESTS');
    // Even the right password is refused while locked out.
    expect(codeOf(await signIn(seeded.member.email, seeded.member.password))).toBe('TOO_MANY_REQUESTS');
  });
});
