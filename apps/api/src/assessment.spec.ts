import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const fieldOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.field;
const CONTRIBUTE = `mutation($m: ID!, $i: AssessmentEntryInput!) { contributeAssessmentEntry(meetingId: $m, input: $i) { id theme status } }`;

describe('sector activity assessment', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token: Record<string, string> = {};
  let groupId: string;
  let meetings: string[];

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'assessment');
    for (const [who, person] of [['coordinator', p.coordinator], ['member', p.member], ['admin', p.admin]] as const) {
      token[who] = (await gql(api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    [{ id: groupId }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Health Practitioners', 'health', 'WORKING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [groupId, p.member.personId]);
    meetings = [];
    for (const days of [-84, -42, 30]) {
      const [{ id }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', now() + make_interval(days => $2), now() + make_interval(days => $2) + interval '2 hours') RETURNING id`, [groupId, days]);
      meetings.push(id);
    }
  });
  afterAll(() => api.close());

  it('members contribute before the deadline; coordinators curate', async () => {
    const entry = { theme: 'Destitution', kind: 'RISK', rating: 'RED', direction: 'WORSENING', summary: 'More people refused asylum support after move-on', evidence: '34 referrals in six weeks', source: 'Asylum support charity casework' };
    const mine = await as('member', CONTRIBUTE, { m: meetings[2], i: entry });
    expect(mine.data!.contributeAssessmentEntry).toMatchObject({ theme: 'destitution', status: 'SUBMITTED' });
    expect(codeOf(await as('member', CONTRIBUTE, { m: meetings[1], i: entry }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('member', CONTRIBUTE, { m: meetings[2], i: { ...entry, rating: 'PURPLE' } }))).toBe('BAD_USER_INPUT');
    const curate = `mutation($id: ID!, $i: AssessmentCurationInput!) { curateAssessmentEntry(id: $id, input: $i) { status rating } }`;
    expect(codeOf(await as('member', curate, { id: mine.data!.contributeAssessmentEntry.id, i: { status: 'INCLUDED' } }))).toBe('NOT_FOUND');
    expect((await as('coordinator', curate, { id: mine.data!.contributeAssessmentEntry.id, i: { status: 'INCLUDED', rating: 'AMBER' } })).data!.curateAssessmentEntry).toEqual({ status: 'INCLUDED', rating: 'AMBER' });
  });

  it('carries the previous meeting’s entries forward once, and compares themes across meetings', async () => {
    for (const [m, theme, rating] of [[0, 'housing', 'GREEN'], [1, 'housing', 'AMBER'], [1, 'health', 'RED']] as const) {
      await as('coordinator', CONTRIBUTE, { m: meetings[m], i: { theme, kind: 'TREND', rating, direction: 'STABLE', summary: `${theme} at ${m}` } });
    }
    const carry = `mutation($m: ID!) { carryForwardAssessment(meetingId: $m) }`;
    expect(codeOf(await as('member', carry, { m: meetings[2] }))).toBe('NOT_FOUND');
    // The admin carries forward what the coordinator contributed.
    expect((await as('admin', carry, { m: meetings[2] })).data!.carryForwardAssessment).toBe(2);
    expect((await as('admin', carry, { m: meetings[2] })).data!.carryForwardAssessment).toBe(0);
    const pack = await as('member', `query($id: ID!) { meeting(id: $id) { assessment { theme rating carriedForward } } }`, { id: meetings[2] });
    expect(pack.data!.meeting.assessment).toEqual([
      { theme: 'health', rating: 'RED', carriedForward: true },
      { theme: 'destitution', rating: 'AMBER', carriedForward: false },
      { theme: 'housing', rating: 'AMBER', carriedForward: true },
    ]);
    const credits = await as('member', `query($id: ID!) { meeting(id: $id) { assessment { carriedForward contributedBy { name } } } }`, { id: meetings[2] });
    expect(credits.data!.meeting.assessment.filter((e: { carriedForward: boolean }) => e.carriedForward).map((e: { contributedBy: { name: string } }) => e.contributedBy.name)).toEqual([
      'COORDINATOR of assessment',
      'COORDINATOR of assessment',
    ]);
    const grid = await as('member', `query($g: ID!) { assessmentComparison(groupId: $g, lastN: 3) { theme cells { rating } } }`, { g: groupId });
    expect(grid.data!.assessmentComparison).toEqual([
      { theme: 'destitution', cells: [{ rating: null }, { rating: null }, { rating: 'AMBER' }] },
      { theme: 'health', cells: [{ rating: null }, { rating: 'RED' }, { rating: 'RED' }] },
      { theme: 'housing', cells: [{ rating: 'GREEN' }, { rating: 'AMBER' }, { rating: 'AMBER' }] },
    ]);
  });

  it('keeps a private group’s assessment from non-members', async () => {
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'bystander@assessment.test', 'Bystander', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER')`, [p.partnershipId, accountId]);
    token.bystander = (await gql(api.url, SIGN_IN, { input: { email: 'bystander@assessment.test', password: p.member.password } })).data!.signIn.token;
    expect(codeOf(await as('bystander', `query($g: ID!) { assessmentComparison(groupId: $g) { theme } }`, { g: groupId }))).toBe('NOT_FOUND');
    expect(codeOf(await as('bystander', `query($id: ID!) { meeting(id: $id) { assessment { theme } } }`, { id: meetings[2] }))).toBe('NOT_FOUND');
  });

  it('checks theme and summary after trimming, so blanks and padding are refused', async () => {
    const entry = { theme: 'housing', kind: 'TREND', rating: 'AMBER', direction: 'STABLE', summary: 'Asylum hotel closures raise demand' };
    for (const [patch, field] of [[{ theme: '   ' }, 'theme'], [{ theme: '  a  ' }, 'theme'], [{ summary: '    ' }, 'summary']] as const) {
      const res = await as('member', CONTRIBUTE, { m: meetings[2], i: { ...entry, ...patch } });
      expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
    }
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM assessment_entry WHERE theme IN ('', 'a') OR summary = ''`);
    expect(n).toBe(0);
    const padded = await as('member', CONTRIBUTE, { m: meetings[2], i: { ...entry, theme: '  ESOL  ' } });
    expect(padded.data!.contributeAssessmentEntry.theme).toBe('esol');
    const curate = `mutation($id: ID!, $i: AssessmentCurationInput!) { curateAssessmentEntry(id: $id, input: $i) { summary } }`;
    const blank = await as('coordinator', curate, { id: padded.data!.contributeAssessmentEntry.id, i: { summary: '   ' } });
    expect([codeOf(blank), fieldOf(blank)]).toEqual(['BAD_USER_INPUT', 'summary']);
    expect((await as('coordinator', curate, { id: padded.data!.contributeAssessmentEntry.id, i: { summary: ' ESOL waiting lists  ' } })).data!.curateAssessmentEntry.summary).toBe('ESOL waiting lists');
  });

  it('compares between 1 and 24 meetings', async () => {
    const grid = `query($g: ID!, $n: Int!) { assessmentComparison(groupId: $g, lastN: $n) { theme cells { meetingId } } }`;
    for (const n of [0, -1, 25]) {
      const res = await as('member', grid, { g: groupId, n });
      expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'lastN']);
    }
    expect((await as('member', grid, { g: groupId, n: 1 })).data!.assessmentComparison[0].cells).toHaveLength(1);
    expect((await as('member', grid, { g: groupId, n: 24 })).data!.assessmentComparison[0].cells).toHaveLength(3);
  });
});
