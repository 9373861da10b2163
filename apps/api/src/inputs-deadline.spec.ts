import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const POST = `mutation($t: ID!, $b: String!, $c: String!) { createPost(threadId: $t, body: $b, clientId: $c) { id } }`;
const DAY = 86_400_000;

describe('inputs threads close at the submission deadline by the API’s clock', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token: Record<string, string> = {};
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'inputs-clock');
    for (const who of ['coordinator', 'member'] as const) token[who] = (await gql(api.url, SIGN_IN, { input: { email: p[who].email, password: p[who].password } })).data!.signIn.token;
  });
  afterAll(() => api.close());

  it('locks the thread, refuses posts and refuses opening another, as proposals close', async () => {
    const input = { name: 'Health Practitioners', kind: 'WORKING_GROUP', visibility: 'PRIVATE', cadence: 'FREQ=WEEKLY;INTERVAL=6', cadenceStart: new Date(Date.now() + 30 * DAY).toISOString(), submissionDeadlineDays: 10 };
    const groupId = (await as('coordinator', `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input })).data!.createGroup.id;
    await as('coordinator', `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    const [{ id: meetingId, starts }] = await api.db.query(`SELECT id, starts_at AS starts FROM meeting WHERE group_id = $1 ORDER BY starts_at LIMIT 1`, [groupId]);
    const add = async (title: string) => (await as('coordinator', `mutation($m: ID!, $t: String!) { addAgendaItem(meetingId: $m, input: { title: $t }) { id } }`, { m: meetingId, t: title })).data!.addAgendaItem.id as string;
    const [gp, dental] = [await add('GP registration'), await add('Dental access')];
    const open = `mutation($i: ID!) { openInputsThread(agendaItemId: $i) { id locked } }`;
    const thread = (await as('coordinator', open, { i: gp })).data!.openInputsThread;
    expect(thread.locked).toBe(false);
    expect(codeOf(await as('member', POST, { t: thread.id, b: 'Three refusals at one practice', c: 'in-time' }))).toBeUndefined();

    // Nothing in the database changes: only the clock moves past the deadline.
    api.clock.set(new Date(new Date(starts).getTime() - 10 * DAY + 60_000));
    try {
      expect((await as('member', `query($id: ID!) { thread(id: $id) { locked } }`, { id: thread.id })).data!.thread.locked).toBe(true);
      expect(codeOf(await as('member', POST, { t: thread.id, b: 'Too late', c: 'late' }))).toBe('CONFLICT');
      expect(codeOf(await as('coordinator', open, { i: dental }))).toBe('CONFLICT');
      expect(codeOf(await as('member', `mutation($m: ID!) { proposeAgendaItem(meetingId: $m, input: { title: "Too late" }) { id } }`, { m: meetingId }))).toBeDefined();
    } finally {
      api.clock.reset();
    }
  });
});
