import { EmailCategory } from '@convene/contracts';
import { DueWork, groupRecipients } from '@convene/notifications';
import { codeOf, confirmationTokenFor, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token me { email } } }`;
const CONFIRM = `mutation($t: String!) { confirmEmail(token: $t) { token me { email name partnership { name } memberships { partnership { name } } } } }`;

describe('shareable invitation links confirm the address typed', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;

  beforeAll(async () => {
    // One failed sign-in would already hold the address back, so any counted probe shows.
    api = await startApi({ THROTTLE_PER_ACCOUNT: '1' });
    p = await seedPartnership(api.db, 'links');
    other = await seedPartnership(api.db, 'elsewhere');
  });
  afterAll(() => api.close());

  const signIn = async (email: string, password: string) => gql(api.url, SIGN_IN, { input: { email, password } });
  const link = async (seeded: SeededPartnership, maxUses = 20) => {
    const admin = (await signIn(seeded.admin.email, seeded.admin.password)).data!.signIn.token as string;
    return (await gql(api.url, `mutation($n: Int!) { createInvitationLink(input: { maxUses: $n }) { token } }`, { n: maxUses }, { token: admin })).data!.createInvitationLink.token as string;
  };
  const accept = (token: string, email: string, password = 'a long enough password', name = 'Someone New') => gql(api.url, ACCEPT, { i: { token, email, name, password } });

  it('answers alike whether or not the address has an account, and counts no failed sign-in', async () => {
    const token = await link(p);
    const fresh = await accept(token, 'fresh@links.test');
    const existing = await accept(token, other.member.email, 'not their password at all');
    const again = await accept(token, other.member.email.toUpperCase(), 'another wrong password');
    for (const res of [fresh, existing, again]) expect([res.status, res.raw]).toEqual([200, { data: { acceptInvitation: null } }]);
    // The owner signs in at once from the same address: the probes were not failed sign-ins.
    expect((await signIn(other.member.email, other.member.password)).data?.signIn.token).toMatch(/^cvs_/);
    expect((await signIn(other.member.email, 'not their password at all')).data).toBeNull();
  });

  it('leaves a new address unconfirmed, unable to sign in and off every mailing list until it confirms', async () => {
    const token = await link(p);
    expect((await accept(token, 'pending@links.test', 'lantern orchard velvet', 'Pending Person')).data).toEqual({ acceptInvitation: null });
    const [account] = await api.db.query(`SELECT id, email_confirmed_at FROM account WHERE email = 'pending@links.test'`);
    expect(account.email_confirmed_at).toBeNull();
    expect(codeOf(await signIn('pending@links.test', 'lantern orchard velvet'))).toBe('UNAUTHENTICATED');

    // Even were such an account a group member, the worker would not choose it as a recipient.
    const [{ id: groupId }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Mailing test', 'mailing-test', 'WORKING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    const [{ id: personId }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, account.id]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER'), ($1, $3, 'MEMBER')`, [groupId, personId, p.member.personId]);
    for (const category of [EmailCategory.AGENDA, EmailCategory.MINUTES]) {
      expect((await groupRecipients(api.db, groupId, category)).map((r) => r.email)).toEqual([p.member.email]);
    }
    // Nor would the tick find a digest due for it.
    await api.db.query(`INSERT INTO forum (partnership_id, name) VALUES ($1, 'Sector inputs')`, [p.partnershipId]);
    const noonTomorrow = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 1, 12));
    const due = (await new DueWork(api.db).forumDigests(noonTomorrow)).map((d) => d.personId);
    expect(due).toContain(p.member.personId);
    expect(due).not.toContain(personId);
    await api.db.query(`DELETE FROM person WHERE id = $1`, [personId]);

    const confirmed = await gql(api.url, CONFIRM, { t: await confirmationTokenFor(api.db, 'pending@links.test') });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmEmail.me).toMatchObject({ email: 'pending@links.test', name: 'Pending Person', partnership: { name: 'Partnership links' } });
    const [after] = await api.db.query(`SELECT email_confirmed_at FROM account WHERE id = $1`, [account.id]);
    expect(after.email_confirmed_at).not.toBeNull();
    expect((await signIn('pending@links.test', 'lantern orchard velvet')).data?.signIn.token).toMatch(/^cvs_/);
  });

  it('stores only a hash of the confirmation token, and the link works once', async () => {
    const token = await link(p);
    await accept(token, 'once@links.test');
    const confirmation = await confirmationTokenFor(api.db, 'once@links.test');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM email_confirmation WHERE token_hash = $1`, [confirmation]);
    expect(n).toBe(0);
    expect((await gql(api.url, CONFIRM, { t: confirmation })).errors).toBeUndefined();
    const reused = await gql(api.url, CONFIRM, { t: confirmation });
    expect([codeOf(reused), reused.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'token']);
    expect(codeOf(await gql(api.url, CONFIRM, { t: `cve_${'Z'.repeat(43)}` }))).toBe('BAD_USER_INPUT');
  });

  it('an existing account joins through its own inbox and keeps its password', async () => {
    const token = await link(p);
    await accept(token, other.coordinator.email, 'typed by whoever it was');
    const joined = await gql(api.url, CONFIRM, { t: await confirmationTokenFor(api.db, other.coordinator.email) });
    expect(joined.data!.confirmEmail.me.memberships.map((m: { partnership: { name: string } }) => m.partnership.name).sort()).toEqual(['Partnership elsewhere', 'Partnership links']);
    expect((await signIn(other.coordinator.email, other.coordinator.password)).data?.signIn.token).toMatch(/^cvs_/);
    expect(codeOf(await signIn(other.coordinator.email, 'typed by whoever it was'))).toBe('UNAUTHENTICATED');
  });

  it('whoever typed a stranger’s address first keeps no password to it once the owner confirms', async () => {
    const token = await link(p);
    await accept(token, 'owner@links.test', 'squatter picked this one', 'Squatter');
    await accept(token, 'owner@links.test', 'the owner chose this one', 'Real Owner');
    const res = await gql(api.url, CONFIRM, { t: await confirmationTokenFor(api.db, 'owner@links.test') });
    expect(res.data!.confirmEmail.me.name).toBe('Real Owner');
    expect(codeOf(await signIn('owner@links.test', 'squatter picked this one'))).toBe('UNAUTHENTICATED');
    expect((await signIn('owner@links.test', 'the owner chose this one')).data?.signIn.token).toMatch(/^cvs_/);
  });

  it('still refuses a weak password or a missing name for every address alike', async () => {
    const token = await link(p);
    for (const email of ['weak@links.test', other.member.email]) {
      expect((await accept(token, email, '1234567890')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      expect((await gql(api.url, ACCEPT, { i: { token, email, password: 'a long enough password' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    }
  });
});
