import { createHash } from 'node:crypto';
import { gql, seedPartnership, type GraphQLResponse, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

// A name that would add a header line to a plain-text email, and its cousins.
const INJECTED = ['Amina\nBcc: everyone@example.org', 'Tab\tbed', 'Line\u2028separated', 'Next\u0085line', 'gnp.exe\u202Etxt', 'Iso\u2066late'];

describe('names and titles are single lines', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let admin: string;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'single-line');
    admin = (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: p.admin.email, password: p.admin.password } })).data!.signIn.token;
  });
  afterAll(() => api.close());

  const as = (query: string, variables: Record<string, unknown>) => gql(api.url, query, variables, { token: admin });
  const expectRefused = (res: GraphQLResponse, field: string) => {
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: expect.stringMatching(new RegExp(`(^|\\.)${field}$`)) }, message: expect.stringMatching(/one line/) });
    // Nothing came back: `data` is null, or holds only the nullable field, null.
    expect(Object.values(res.data ?? {})).toEqual(res.data ? [null] : []);
  };

  it('refuses control characters in person, organisation and group names', async () => {
    for (const name of INJECTED) {
      expectRefused(await as(`mutation($n: String!) { updateMyProfile(input: { name: $n }) { name } }`, { n: name }), 'name');
      expectRefused(await as(`mutation($n: String!) { updateMyProfile(input: { jobTitle: $n }) { name } }`, { n: name }), 'jobTitle');
      expectRefused(await as(`mutation($n: String!) { createOrganisation(input: { name: $n, kind: CHARITY }) { id } }`, { n: name }), 'name');
      expectRefused(await as(`mutation($n: String!) { createGroup(input: { name: $n, kind: WORKING_GROUP, visibility: PARTNERSHIP }) { id } }`, { n: name }), 'name');
    }
    const [{ name }] = await api.db.query(`SELECT name FROM account WHERE id = $1`, [p.admin.accountId]);
    expect(name).toBe('ADMIN of single-line');
    // Ordinary names in any script still pass.
    expect((await as(`mutation($n: String!) { updateMyProfile(input: { name: $n }) { name } }`, { n: 'Siân O’Connor — محمد' })).data).toEqual({ updateMyProfile: { name: 'Siân O’Connor — محمد' } });
  });

  it('refuses them in meeting, agenda item, forum and thread names', async () => {
    const group = (await as(`mutation { createGroup(input: { name: "Health access", kind: WORKING_GROUP, visibility: PARTNERSHIP }) { id } }`, {})).data!.createGroup.id;
    const startsAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const schedule = `mutation($g: ID!, $t: String!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: $t, startsAt: $s) { id } }`;
    expectRefused(await as(schedule, { g: group, t: INJECTED[0], s: startsAt }), 'title');
    const meeting = (await as(schedule, { g: group, t: 'Spring meeting', s: startsAt })).data!.scheduleOneOffMeeting.id;
    expectRefused(await as(`mutation($m: ID!, $t: String!) { addAgendaItem(meetingId: $m, input: { title: $t }) { id } }`, { m: meeting, t: INJECTED[2] }), 'title');

    expectRefused(await as(`mutation($n: String!) { createForum(name: $n) { id } }`, { n: INJECTED[1] }), 'name');
    const forum = (await as(`mutation { createForum(name: "Sector inputs") { id } }`, {})).data!.createForum.id;
    expectRefused(await as(`mutation($f: ID!, $t: String!) { createThread(forumId: $f, title: $t, body: "Hello", clientId: "t-1") { id } }`, { f: forum, t: INJECTED[4] }), 'title');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM thread WHERE forum_id = $1`, [forum]);
    expect(n).toBe(0);
  });

  it('refuses them in the name given when accepting an invitation', async () => {
    const id = (await as(`mutation { inviteByEmail(input: { email: "newline@single-line.test" }) { id } }`, {})).data!.inviteByEmail.id;
    const token = `cvi_${'N'.repeat(43)}`;
    await api.db.query(`UPDATE invitation SET token_hash = $2, sent_at = now() WHERE id = $1`, [id, createHash('sha256').update(token).digest('hex')]);
    const res = await gql(api.url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, { i: { token, name: 'New\r\nPerson', password: 'a long enough password' } });
    expectRefused(res, 'name');
  });
});
