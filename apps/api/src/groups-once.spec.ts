import { codeOf, gql, seedPartnership, type GraphQLResponse, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const TIMES = 4;

/** The same request sent TIMES at once, as a double click, two coordinators or a retry would. */
const atOnce = (send: () => Promise<GraphQLResponse>) => Promise.all(Array.from({ length: TIMES }, send));
const succeeded = (answers: GraphQLResponse[]) => answers.filter((a) => !a.errors);

describe('steering-group steps that happen once hold when sent at the same time', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token: Record<string, string> = {};
  let groupId: string;

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });
  const meeting = async (days: number) =>
    (
      await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', now() + make_interval(days => $2), now() + make_interval(days => $2) + interval '2 hours') RETURNING id`, [
        groupId,
        days,
      ])
    )[0].id as string;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'once');
    for (const [who, person] of [['coordinator', p.coordinator], ['admin', p.admin], ['member', p.member]] as const) {
      token[who] = (await gql(api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    [{ id: groupId }] = await api.db.query(
      `INSERT INTO "group" (partnership_id, name, slug, kind, visibility, standing_agenda) VALUES ($1, 'Destitution Steering Group', 'destitution', 'STEERING_GROUP', 'PRIVATE',
         '[{"title":"Welcome","standing":"WELCOME"},{"title":"Any other business","standing":"AOB"}]') RETURNING id`,
      [p.partnershipId],
    );
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [groupId, p.member.personId]);
  });
  afterAll(() => api.close());

  it('carries the assessment forward once, so the next meeting does not carry a doubled set', async () => {
    const [first, second, third] = [await meeting(-84), await meeting(-42), await meeting(30)];
    for (const theme of ['housing', 'health', 'destitution']) {
      await api.db.query(`INSERT INTO assessment_entry (meeting_id, theme, kind, rating, direction, summary, status) VALUES ($1, $2, 'TREND', 'AMBER', 'STABLE', $2, 'INCLUDED')`, [first, theme]);
    }
    const carry = `mutation($m: ID!) { carryForwardAssessment(meetingId: $m) }`;
    const once = await atOnce(() => as('coordinator', carry, { m: second }));
    expect(once.map((a) => a.errors)).toEqual(Array(TIMES).fill(undefined));
    expect(once.reduce((sum, a) => sum + (a.data!.carryForwardAssessment as number), 0)).toBe(3);
    const count = async (m: string) => (await api.db.query(`SELECT count(*)::int AS n FROM assessment_entry WHERE meeting_id = $1`, [m]))[0].n;
    expect(await count(second)).toBe(3);

    const again = await atOnce(() => as('admin', carry, { m: third }));
    expect(again.reduce((sum, a) => sum + (a.data!.carryForwardAssessment as number), 0)).toBe(3);
    expect(await count(third)).toBe(3);
  });

  it('writes the standing agenda once when a new meeting is first read by several people at once', async () => {
    const read = `query($id: ID!) { meeting(id: $id) { agendaItems { title } } }`;
    for (let round = 0; round < 5; round++) {
      const m = await meeting(60);
      await atOnce(() => as(round % 2 ? 'member' : 'coordinator', read, { id: m }));
      expect((await api.db.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`, [m]))[0].n).toBe(2);
    }
  });

  it('accepts or declines a proposal once: the other answers CONFLICT', async () => {
    const m = await meeting(60);
    const proposed = await as('member', `mutation($m: ID!) { proposeAgendaItem(meetingId: $m, input: { title: "Hotel closures" }) { id } }`, { m });
    const id = proposed.data!.proposeAgendaItem.id;
    const answers = await Promise.all([
      as('coordinator', `mutation($id: ID!) { acceptAgendaItem(id: $id) { status } }`, { id }),
      as('admin', `mutation($id: ID!) { declineAgendaItem(id: $id, reason: "Covered under AOB") { status } }`, { id }),
      as('coordinator', `mutation($id: ID!) { acceptAgendaItem(id: $id) { status } }`, { id }),
      as('admin', `mutation($id: ID!) { declineAgendaItem(id: $id, reason: "Covered under AOB") { status } }`, { id }),
    ]);
    expect(succeeded(answers)).toHaveLength(1);
    expect(answers.filter((a) => a.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    const [row] = await api.db.query(`SELECT status, decline_reason AS reason FROM agenda_item WHERE id = $1`, [id]);
    const winner = Object.values(succeeded(answers)[0].data!)[0] as { status: string };
    expect(row.status).toBe(winner.status);
    expect(row.reason).toBe(winner.status === 'DECLINED' ? 'Covered under AOB' : null);
  });

  it('publishes the first agenda version once', async () => {
    const m = await meeting(60);
    const answers = await atOnce(() => as('coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m }));
    expect(succeeded(answers).map((a) => a.data!.publishAgenda.version)).toEqual([1]);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM agenda_version WHERE meeting_id = $1`, [m]))[0].n).toBe(1);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'agenda.published' AND subject_id = $1`, [m]))[0].n).toBe(1);
  });

  it('starts, circulates and approves minutes once each', async () => {
    const [held, next] = [await meeting(-50), await meeting(-8)];
    const started = await atOnce(() => as('coordinator', `mutation($m: ID!) { startMinutes(meetingId: $m) { id version } }`, { m: held }));
    expect(new Set(started.map((a) => a.data?.startMinutes.id)).size).toBe(1);
    const minutesId = started[0].data!.startMinutes.id;
    expect((await api.db.query(`SELECT count(*)::int AS n FROM minutes_revision WHERE minutes_id = $1`, [minutesId]))[0].n).toBe(1);

    const circulated = await atOnce(() => as('coordinator', `mutation($id: ID!) { circulateMinutes(minutesId: $id) { status } }`, { id: minutesId }));
    expect(succeeded(circulated)).toHaveLength(1);
    expect(circulated.filter((a) => a.errors).map(codeOf)).toEqual(Array(TIMES - 1).fill('CONFLICT'));
    const approved = await atOnce(() => as('admin', `mutation($id: ID!, $at: ID!) { approveMinutes(minutesId: $id, atMeetingId: $at) { status } }`, { id: minutesId, at: next }));
    expect(succeeded(approved)).toHaveLength(1);
    const audited = await api.db.query(`SELECT action, count(*)::int AS n FROM audit_event WHERE subject_id = $1 GROUP BY action ORDER BY action`, [minutesId]);
    expect(audited).toEqual([
      { action: 'minutes.approved', n: 1 },
      { action: 'minutes.circulated', n: 1 },
    ]);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM minutes_revision WHERE minutes_id = $1`, [minutesId]))[0].n).toBe(3);
  });

  it('cancels a meeting once', async () => {
    const m = await meeting(20);
    const answers = await atOnce(() => as('coordinator', `mutation($id: ID!) { cancelMeeting(id: $id, reason: "The venue flooded") { status } }`, { id: m }));
    expect(succeeded(answers)).toHaveLength(1);
    expect(answers.filter((a) => a.errors).map(codeOf)).toEqual(Array(TIMES - 1).fill('CONFLICT'));
  });

  it('approves terms of reference once, and opens one draft at a time', async () => {
    const drafts = await atOnce(() => as('coordinator', `mutation($g: ID!) { createTermsDraft(groupId: $g, input: { purpose: "To coordinate" }) { id } }`, { g: groupId }));
    expect(succeeded(drafts)).toHaveLength(1);
    const id = succeeded(drafts)[0].data!.createTermsDraft.id;
    expect((await as('coordinator', `mutation($id: ID!) { proposeTerms(id: $id) { status } }`, { id })).data!.proposeTerms.status).toBe('PROPOSED');
    const approvals = await atOnce(() => as('coordinator', `mutation($id: ID!) { approveTerms(id: $id) { status } }`, { id }));
    expect(succeeded(approvals)).toHaveLength(1);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'terms.approved' AND subject_id = $1`, [id]))[0].n).toBe(1);
  });
});
