import { gql, seedPartnership, type GraphQLResponse, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The error as a client sees it: its code and the field it names. */
const refusal = (res: GraphQLResponse) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });
const ok = (res: GraphQLResponse) => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

describe('time rules, by the API’s clock', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token: Record<string, string> = {};
  let groupId: string;
  /** A whole hour some days ahead, so the test never depends on when it runs. */
  const base = new Date(Math.ceil((Date.now() + 10 * DAY) / HOUR) * HOUR);

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });
  const schedule = async (startsAt: Date, title = 'Steering group', extra = '') =>
    ok(await as('coordinator', `mutation($g: ID!, $s: DateTime!, $t: String!) { scheduleOneOffMeeting(groupId: $g, title: $t, startsAt: $s${extra}) { id } }`, { g: groupId, s: startsAt.toISOString(), t: title }))
      .scheduleOneOffMeeting.id as string;
  const facts = async (id: string) => ok(await as('member', `query($id: ID!) { meeting(id: $id) { status isPast hasStarted acceptsReplies acceptsAttendance } }`, { id })).meeting;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'time-rules');
    for (const who of ['coordinator', 'member'] as const) token[who] = (await gql(api.url, SIGN_IN, { input: { email: p[who].email, password: p[who].password } })).data!.signIn.token;
    groupId = ok(await as('coordinator', `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input: { name: 'Destitution Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE' } })).createGroup.id;
    await as('coordinator', `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
  });
  afterEach(() => api.clock.reset());
  afterAll(() => api.close());

  it('schedules only in the future, unless a past meeting is recorded as such', async () => {
    const past = new Date(Date.now() - 3 * DAY);
    const SCHEDULE = `mutation($g: ID!, $s: DateTime!, $r: Boolean) { scheduleOneOffMeeting(groupId: $g, title: "Extra", startsAt: $s, recordPast: $r) { id isPast } }`;
    expect(refusal(await as('coordinator', SCHEDULE, { g: groupId, s: past.toISOString() }))).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(refusal(await as('coordinator', SCHEDULE, { g: groupId, s: base.toISOString(), r: true }))).toEqual({ code: 'BAD_USER_INPUT', field: 'recordPast' });
    expect(ok(await as('coordinator', SCHEDULE, { g: groupId, s: past.toISOString(), r: true })).scheduleOneOffMeeting.isPast).toBe(true);
    // Once the clock passes a time, it is the past for scheduling too.
    api.clock.set(new Date(base.getTime() + HOUR));
    expect(refusal(await as('coordinator', SCHEDULE, { g: groupId, s: base.toISOString() }))).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt' });
  });

  it('moves a meeting only into the future and with a reason; recordPast corrects the record and owes no email', async () => {
    const id = await schedule(base, 'To move');
    const MOVE = `mutation($id: ID!, $s: DateTime!, $r: String, $past: Boolean) { moveMeeting(id: $id, startsAt: $s, reason: $r, recordPast: $past) { startsAt moveReason } }`;
    expect(refusal(await as('coordinator', MOVE, { id, s: new Date(Date.now() - HOUR).toISOString(), r: 'Earlier' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(refusal(await as('coordinator', MOVE, { id, s: new Date(base.getTime() + DAY).toISOString() }))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const later = new Date(base.getTime() + DAY);
    expect(ok(await as('coordinator', MOVE, { id, s: later.toISOString(), r: 'The chair is away' })).moveMeeting).toEqual({ startsAt: later.toISOString(), moveReason: 'The chair is away' });
    const [moved] = await api.db.query(`SELECT sequence, notify_sequence FROM meeting WHERE id = $1`, [id]);
    expect(moved).toEqual({ sequence: 1, notify_sequence: 1 });

    // The meeting took place a day late in fact; the secretary records it afterwards.
    api.clock.set(new Date(base.getTime() + 3 * DAY));
    const held = new Date(base.getTime() + 2 * DAY);
    ok(await as('coordinator', MOVE, { id, s: held.toISOString(), past: true }));
    const [recorded] = await api.db.query(`SELECT sequence, notify_sequence FROM meeting WHERE id = $1`, [id]);
    expect(recorded).toEqual({ sequence: 2, notify_sequence: null });
  });

  it('takes replies until the meeting ends, and attendance from its start', async () => {
    const id = await schedule(base, 'Replies');
    const ACCEPT = `mutation($m: ID!) { acceptMeeting(meetingId: $m) { id } }`;
    const APOLOGIES = `mutation($m: ID!) { sendApologies(meetingId: $m, note: "At the council budget meeting") { id } }`;
    const ATTENDED = `mutation($m: ID!, $p: ID!) { recordAttendance(meetingId: $m, personId: $p, status: ATTENDED) { id } }`;
    expect(await facts(id)).toEqual({ status: 'SCHEDULED', isPast: false, hasStarted: false, acceptsReplies: true, acceptsAttendance: false });
    ok(await as('member', ACCEPT, { m: id }));
    expect(refusal(await as('coordinator', ATTENDED, { m: id, p: p.member.personId }))).toEqual({ code: 'CONFLICT', field: 'status' });

    api.clock.set(new Date(base.getTime() + 30 * 60_000));
    expect(await facts(id)).toEqual({ status: 'SCHEDULED', isPast: false, hasStarted: true, acceptsReplies: true, acceptsAttendance: true });
    ok(await as('member', APOLOGIES, { m: id }));
    ok(await as('coordinator', ATTENDED, { m: id, p: p.member.personId }));

    api.clock.set(new Date(base.getTime() + 3 * HOUR));
    expect(await facts(id)).toEqual({ status: 'SCHEDULED', isPast: true, hasStarted: true, acceptsReplies: false, acceptsAttendance: true });
    for (const reply of [ACCEPT, APOLOGIES]) expect(refusal(await as('member', reply, { m: id }))).toEqual({ code: 'CONFLICT', field: 'meetingId' });
    // The record stays as it was, and attendance can still be put right afterwards.
    ok(await as('coordinator', ATTENDED, { m: id, p: p.member.personId }));
    const [row] = await api.db.query(`SELECT status FROM attendance WHERE meeting_id = $1 AND person_id = $2`, [id, p.member.personId]);
    expect(row.status).toBe('ATTENDED');
  });

  it('approves minutes at a later meeting once it has started, or by a decision date that has come and follows the meeting', async () => {
    const first = await schedule(new Date(base.getTime() + 60 * DAY), 'First');
    const next = await schedule(new Date(base.getTime() + 102 * DAY), 'Next');
    api.clock.set(new Date(base.getTime() + 61 * DAY));
    const minutesId = ok(await as('coordinator', `mutation($m: ID!) { startMinutes(meetingId: $m) { id } }`, { m: first })).startMinutes.id;
    ok(await as('coordinator', `mutation($id: ID!) { circulateMinutes(minutesId: $id) { id } }`, { id: minutesId }));
    const AT = `mutation($id: ID!, $at: ID) { approveMinutes(minutesId: $id, atMeetingId: $at) { status approvedAt } }`;
    const BY = `mutation($id: ID!, $d: DateTime) { approveMinutes(minutesId: $id, decidedAt: $d) { status approvedAt } }`;

    expect(refusal(await as('coordinator', AT, { id: minutesId, at: next }))).toEqual({ code: 'CONFLICT', field: 'atMeetingId' });
    expect(refusal(await as('coordinator', AT, { id: minutesId }))).toEqual({ code: 'BAD_USER_INPUT', field: 'atMeetingId' });
    expect(refusal(await as('coordinator', BY, { id: minutesId, d: new Date(base.getTime() + 62 * DAY).toISOString() }))).toEqual({ code: 'BAD_USER_INPUT', field: 'decidedAt' });
    expect(refusal(await as('coordinator', BY, { id: minutesId, d: new Date(base.getTime() + 59 * DAY).toISOString() }))).toEqual({ code: 'BAD_USER_INPUT', field: 'decidedAt' });
    expect(
      refusal(await as('coordinator', `mutation($id: ID!, $at: ID, $d: DateTime) { approveMinutes(minutesId: $id, atMeetingId: $at, decidedAt: $d) { id } }`, { id: minutesId, at: next, d: new Date(base.getTime() + 61 * DAY).toISOString() })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'decidedAt' });

    // At the next meeting, once it is under way.
    const during = new Date(base.getTime() + 102 * DAY + 10 * 60_000);
    api.clock.set(during);
    const approved = ok(await as('coordinator', AT, { id: minutesId, at: next })).approveMinutes;
    expect(approved.status).toBe('APPROVED');
    const where = async (id: string) => (await api.db.query(`SELECT approved_at_meeting_id AS at FROM minutes WHERE id = $1`, [id]))[0].at;
    expect(await where(minutesId)).toBe(next);
    expect(Math.abs(Date.parse(approved.approvedAt) - during.getTime())).toBeLessThan(60_000);

    // The next meeting's minutes, agreed by email a week after it.
    api.clock.set(new Date(base.getTime() + 110 * DAY));
    const nextMinutes = ok(await as('coordinator', `mutation($m: ID!) { startMinutes(meetingId: $m) { id } }`, { m: next })).startMinutes.id;
    ok(await as('coordinator', `mutation($id: ID!) { circulateMinutes(minutesId: $id) { id } }`, { id: nextMinutes }));
    const decided = new Date(base.getTime() + 109 * DAY);
    expect(ok(await as('coordinator', BY, { id: nextMinutes, d: decided.toISOString() })).approveMinutes).toEqual({ status: 'APPROVED', approvedAt: decided.toISOString() });
    expect(await where(nextMinutes)).toBeNull();
  });

  it('closes proposals and assessment contributions at the submission deadline, by the same clock', async () => {
    const startsAt = new Date(base.getTime() + 40 * DAY);
    const id = await schedule(startsAt, 'Deadline');
    const PROPOSE = `mutation($m: ID!) { proposeAgendaItem(meetingId: $m, input: { title: "Hate crime reporting" }) { id } }`;
    const CONTRIBUTE = `mutation($m: ID!) { contributeAssessmentEntry(meetingId: $m, input: { theme: "housing", kind: RISK, rating: RED, direction: WORSENING, summary: "Evictions rising" }) { id } }`;
    ok(await as('member', PROPOSE, { m: id }));
    ok(await as('member', CONTRIBUTE, { m: id }));
    api.clock.set(new Date(startsAt.getTime() - HOUR));
    expect(refusal(await as('member', PROPOSE, { m: id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    expect(refusal(await as('member', CONTRIBUTE, { m: id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'meetingId' });
  });

  it('sets no action due before the meeting that agreed it', async () => {
    const id = await schedule(new Date('2027-03-02T10:00:00Z'), 'Actions');
    const ADD = `mutation($m: ID!, $d: String) { addAction(meetingId: $m, input: { title: "Map emergency accommodation", dueDate: $d }) { id dueDate } }`;
    expect(refusal(await as('coordinator', ADD, { m: id, d: '2027-03-01' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    const action = ok(await as('coordinator', ADD, { m: id, d: '2027-03-02' })).addAction;
    expect(action.dueDate).toBe('2027-03-02');
    const UPDATE = `mutation($id: ID!, $d: String) { updateAction(id: $id, input: { dueDate: $d }) { dueDate } }`;
    expect(refusal(await as('coordinator', UPDATE, { id: action.id, d: '2027-02-20' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    expect(ok(await as('coordinator', UPDATE, { id: action.id, d: '2027-04-13' })).updateAction.dueDate).toBe('2027-04-13');

    // Overdue from the day after its due date, by the same clock, in the field and the log's filter alike.
    const overdue = async () => {
      const one = ok(await as('coordinator', `query($id: ID!) { action(id: $id) { overdue } }`, { id: action.id })).action.overdue;
      const log = ok(await as('coordinator', `query($g: ID!) { actionLog(first: 50, groupId: $g, overdue: true) { nodes { id } } }`, { g: groupId })).actionLog.nodes.map((n: { id: string }) => n.id);
      return { one, inLog: log.includes(action.id) };
    };
    api.clock.set(new Date('2027-04-13T22:00:00Z'));
    expect(await overdue()).toEqual({ one: false, inLog: false });
    api.clock.set(new Date('2027-04-14T00:30:00Z'));
    expect(await overdue()).toEqual({ one: true, inLog: true });
  });

  it('a cancelled meeting takes no agenda changes, minutes, actions or replies, and a past one cannot be cancelled', async () => {
    const id = await schedule(new Date(base.getTime() + 20 * DAY), 'To cancel');
    const item = ok(await as('coordinator', `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Winter shelter capacity" }) { id } }`, { m: id })).addAgendaItem.id;
    const cancelled = ok(await as('coordinator', `mutation($id: ID!) { cancelMeeting(id: $id, reason: "The venue flooded") { status acceptsReplies } }`, { id })).cancelMeeting;
    expect(cancelled).toEqual({ status: 'CANCELLED', acceptsReplies: false });
    const refused = [
      await as('coordinator', `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Housing" }) { id } }`, { m: id }),
      await as('member', `mutation($m: ID!) { proposeAgendaItem(meetingId: $m, input: { title: "Housing" }) { id } }`, { m: id }),
      await as('coordinator', `mutation($i: ID!) { removeAgendaItem(id: $i) }`, { i: item }),
      await as('coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: id }),
      await as('coordinator', `mutation($m: ID!) { startMinutes(meetingId: $m) { id } }`, { m: id }),
      await as('coordinator', `mutation($m: ID!) { addAction(meetingId: $m, input: { title: "Rebook the room" }) { id } }`, { m: id }),
      await as('member', `mutation($m: ID!) { acceptMeeting(meetingId: $m) { id } }`, { m: id }),
      await as('member', `mutation($m: ID!) { sendApologies(meetingId: $m) { id } }`, { m: id }),
      await as('coordinator', `mutation($m: ID!, $p: ID!) { recordAttendance(meetingId: $m, personId: $p, status: APOLOGIES) { id } }`, { m: id, p: p.member.personId }),
      await as('member', `mutation($m: ID!) { contributeAssessmentEntry(meetingId: $m, input: { theme: "housing", kind: RISK, rating: RED, direction: WORSENING, summary: "Evictions rising" }) { id } }`, { m: id }),
    ];
    expect(refused.map(refusal)).toEqual(refused.map(() => ({ code: 'CONFLICT', field: 'meetingId' })));

    const past = await schedule(new Date(base.getTime() + 30 * DAY), 'Already held');
    api.clock.set(new Date(base.getTime() + 31 * DAY));
    expect(refusal(await as('coordinator', `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Too late") { id } }`, { id: past }))).toEqual({ code: 'CONFLICT', field: 'id' });
  });
});
