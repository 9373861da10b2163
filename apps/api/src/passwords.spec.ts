import { createHash } from 'node:crypto';
import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const ME = `{ me { id } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;

describe('passwords: strength, change and reset', () => {
  let api: ApiHarness;
  let p: SeededPartnership;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'passwords');
  });
  afterAll(() => api.close());

  const signIn = async (email: string, password: string) => (await gql(api.url, SIGN_IN, { input: { email, password } })).data?.signIn.token as string | undefined;
  /** A reset link as the worker would have emailed it (only the hash is stored). */
  const resetLink = async (accountId: string, letter: string) => {
    const token = `cvr_${letter.repeat(43)}`;
    await api.db.query(`INSERT INTO password_reset (account_id, token_hash, expires_at, sent_at) VALUES ($1, $2, now() + interval '1 hour', now())`, [
      accountId,
      createHash('sha256').update(token).digest('hex'),
    ]);
    return token;
  };

  it('changing the password ends every other session and outstanding reset links, and keeps this one', async () => {
    const here = (await signIn(p.member.email, p.member.password))!;
    const elsewhere = (await signIn(p.member.email, p.member.password))!;
    const link = await resetLink(p.member.accountId, 'C');

    const changed = await gql(api.url, CHANGE, { input: { currentPassword: p.member.password, newPassword: 'lantern orchard velvet' } }, { token: here });
    expect(changed.errors).toBeUndefined();
    expect((await gql(api.url, ME, {}, { token: here })).data?.me.id).toBe(p.member.personId);
    expect(codeOf(await gql(api.url, ME, {}, { token: elsewhere }))).toBe('UNAUTHENTICATED');
    const reused = await gql(api.url, RESET, { input: { token: link, password: 'someone else took over' } });
    expect(codeOf(reused)).toBe('BAD_USER_INPUT');
    expect(await signIn(p.member.email, 'lantern orchard velvet')).toMatch(/^cvs_/);
  });

  it('a reset ends every session and every other reset link', async () => {
    const session = (await signIn(p.coordinator.email, p.coordinator.password))!;
    const first = await resetLink(p.coordinator.accountId, 'D');
    const second = await resetLink(p.coordinator.accountId, 'E');
    expect((await gql(api.url, RESET, { input: { token: first, password: 'meadow copper anthem' } })).data).toEqual({ resetPassword: true });
    expect(codeOf(await gql(api.url, ME, {}, { token: session }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(api.url, RESET, { input: { token: second, password: 'another fine sentence' } }))).toBe('BAD_USER_INPUT');
  });

  it('refuses common passwords on change, reset and invitation acceptance, naming the field', async () => {
    const token = (await signIn(p.admin.email, p.admin.password))!;
    const change = await gql(api.url, CHANGE, { input: { currentPassword: p.admin.password, newPassword: '1234567890' } }, { token });
    expect(change.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^This password is too common/), extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' } });
    expect(await signIn(p.admin.email, p.admin.password)).toMatch(/^cvs_/);

    const link = await resetLink(p.admin.accountId, 'F');
    const reset = await gql(api.url, RESET, { input: { token: link, password: 'qwertyuiop' } });
    expect(reset.errors?.[0]).toMatchObject({ message: expect.stringMatching(/too common/), extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
    // The refused attempt did not use the link up.
    expect((await gql(api.url, RESET, { input: { token: link, password: 'granite willow harbour' } })).data).toEqual({ resetPassword: true });

    const admin = (await signIn(p.admin.email, 'granite willow harbour'))!;
    const invite = (await gql(api.url, `mutation { inviteByEmail(input: { email: "weak@passwords.test" }) { id } }`, {}, { token: admin })).data!.inviteByEmail.id as string;
    const invitationToken = `cvi_${'G'.repeat(43)}`;
    await api.db.query(`UPDATE invitation SET token_hash = $2, sent_at = now() WHERE id = $1`, [invite, createHash('sha256').update(invitationToken).digest('hex')]);
    const accept = await gql(api.url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, { i: { token: invitationToken, name: 'Weak Password', password: 'password123' } });
    expect(accept.errors?.[0]).toMatchObject({ message: expect.stringMatching(/too common/), extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM account WHERE email = 'weak@passwords.test'`);
    expect(n).toBe(0);
  });
});
