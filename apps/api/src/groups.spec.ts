import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const CREATE = `mutation($input: GroupInput!) { createGroup(input: $input) { id name slug visibility cadence standingAgenda { title standing } } }`;

describe('groups, terms of reference and meetings', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token: Record<string, string> = {};
  let groupId: string;
  let observerId: string;

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'groups');
    other = await seedPartnership(api.db, 'groups-other');
    const addPerson = async (email: string) => {
      const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $1, password_hash FROM account WHERE id = $2 RETURNING id`, [email, p.member.accountId]);
      const [{ id }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
      return id as string;
    };
    observerId = await addPerson('observer@groups.test');
    await addPerson('bystander@groups.test');
    for (const [who, email] of [['admin', p.admin.email], ['coordinator', p.coordinator.email], ['member', p.member.email], ['observer', 'observer@groups.test'], ['bystander', 'bystander@groups.test'], ['outsider', other.admin.email]]) {
      token[who] = (await gql(api.url, SIGN_IN, { input: { email, password: p.member.password } })).data!.signIn.token;
    }
  });
  afterAll(() => api.close());

  it('coordinators create a private six-weekly group with the standing agenda; members cannot', async () => {
    const input = { name: 'Destitution Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', cadence: 'FREQ=WEEKLY;INTERVAL=6', cadenceStart: new Date(Date.now() + 7 * 86400_000).toISOString() };
    expect(codeOf(await as('member', CREATE, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await as('coordinator', CREATE, { input: { ...input, name: 'Bad cadence', cadence: 'every six weeks' } }))).toBe('BAD_USER_INPUT');
    const res = await as('coordinator', CREATE, { input });
    expect(res.data!.createGroup).toMatchObject({ slug: 'destitution-steering-group', visibility: 'PRIVATE', cadence: 'FREQ=WEEKLY;INTERVAL=6' });
    expect(res.data!.createGroup.standingAgenda.map((i: { standing: string }) => i.standing)).toEqual(['WELCOME', 'PREVIOUS_MINUTES', 'SECTOR_ASSESSMENT', 'AOB', 'NEXT_MEETING']);
    groupId = res.data!.createGroup.id;
  });

  it('materialises the next twelve months of meetings, once', async () => {
    const year = { from: new Date().toISOString(), until: new Date(Date.now() + 400 * 86400_000).toISOString() };
    const meetings = await as('coordinator', `query($id: ID!, $from: DateTime, $until: DateTime) { group(id: $id) { meetings(from: $from, until: $until) { id startsAt status oneOff } } }`, { id: groupId, ...year });
    const list = meetings.data!.group.meetings;
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.length).toBeLessThanOrEqual(9);
    const gaps = list.slice(1).map((m: { startsAt: string }, i: number) => Math.round((Date.parse(m.startsAt) - Date.parse(list[i].startsAt)) / 86400_000));
    expect(new Set(gaps)).toEqual(new Set([42]));
    await as('coordinator', `mutation($id: ID!) { updateGroup(id: $id, input: { description: "Six-weekly" }) { id } }`, { id: groupId });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM meeting WHERE group_id = $1`, [groupId]);
    expect(n).toBe(list.length);
  });

  it('adds members with roles and the organisation they represent; audited', async () => {
    const set = `mutation($g: ID!, $p: ID!, $r: GroupRole!) { setGroupMember(groupId: $g, personId: $p, role: $r) { role } }`;
    expect((await as('coordinator', set, { g: groupId, p: p.admin.personId, r: 'CHAIR' })).data!.setGroupMember.role).toBe('CHAIR');
    await as('coordinator', set, { g: groupId, p: p.member.personId, r: 'MEMBER' });
    await as('coordinator', set, { g: groupId, p: observerId, r: 'OBSERVER' });
    expect(codeOf(await as('member', set, { g: groupId, p: observerId, r: 'CHAIR' }))).toBe('NOT_FOUND');
    const group = await as('member', `query($id: ID!) { group(id: $id) { myRole members { role person { email } organisation { name } } } }`, { id: groupId });
    expect(group.data!.group.myRole).toBe('MEMBER');
    expect(group.data!.group.members.map((m: { role: string }) => m.role)).toEqual(['CHAIR', 'MEMBER', 'OBSERVER']);
    expect(group.data!.group.members[0].organisation).toEqual({ name: 'Charity groups' });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND action = 'group.member-set'`, [groupId]);
    expect(n).toBe(3);
  });

  it('keeps a private group to its members, and every group to its partnership', async () => {
    const ids = async (who: string) => (await as(who, `{ groups { id } }`)).data!.groups.map((g: { id: string }) => g.id);
    expect(await ids('member')).toContain(groupId);
    expect(await ids('bystander')).not.toContain(groupId);
    expect(await ids('outsider')).toEqual([]);
    expect(codeOf(await as('bystander', `query($id: ID!) { group(id: $id) { id } }`, { id: groupId }))).toBe('NOT_FOUND');
    expect(codeOf(await as('outsider', `query($id: ID!) { group(id: $id) { id } }`, { id: groupId }))).toBe('NOT_FOUND');
    const [meeting] = await api.db.query(`SELECT id FROM meeting WHERE group_id = $1 LIMIT 1`, [groupId]);
    expect(codeOf(await as('bystander', `query($id: ID!) { meeting(id: $id) { id } }`, { id: meeting.id }))).toBe('NOT_FOUND');
  });

  it('takes terms of reference from draft to approved, keeping superseded versions; drafts for managers only', async () => {
    const draft = await as('admin', `mutation($g: ID!) { createTermsDraft(groupId: $g, input: { purpose: "Reduce destitution", quorum: 2, reviewDate: "2020-01-01" }) { id version status } }`, { g: groupId });
    expect(draft.data!.createTermsDraft).toMatchObject({ version: 1, status: 'DRAFT' });
    const v1 = draft.data!.createTermsDraft.id;
    expect((await as('member', `query($id: ID!) { group(id: $id) { termsHistory { id } } }`, { id: groupId })).data!.group.termsHistory).toEqual([]);
    expect(codeOf(await as('member', `mutation($id: ID!) { proposeTerms(id: $id) { id } }`, { id: v1 }))).toBe('NOT_FOUND');
    expect(codeOf(await as('admin', `mutation($id: ID!) { approveTerms(id: $id) { id } }`, { id: v1 }))).toBe('CONFLICT');
    await as('admin', `mutation($id: ID!) { proposeTerms(id: $id) { status } }`, { id: v1 });
    expect((await as('admin', `mutation($id: ID!) { approveTerms(id: $id) { status } }`, { id: v1 })).data!.approveTerms.status).toBe('APPROVED');

    const v2 = (await as('coordinator', `mutation($g: ID!) { createTermsDraft(groupId: $g, input: { quorum: 3 }) { id version purpose } }`, { g: groupId })).data!.createTermsDraft;
    expect(v2).toMatchObject({ version: 2, purpose: 'Reduce destitution' });
    await as('coordinator', `mutation($id: ID!) { proposeTerms(id: $id) { id } }`, { id: v2.id });
    await as('coordinator', `mutation($id: ID!) { approveTerms(id: $id) { id } }`, { id: v2.id });
    const seen = await as('member', `query($id: ID!) { group(id: $id) { currentTerms { version quorum reviewDue approvedBy { name } } termsHistory { version status approvedBy { name } } } }`, { id: groupId });
    expect(seen.data!.group.currentTerms).toEqual({ version: 2, quorum: 3, reviewDue: true, approvedBy: { name: 'COORDINATOR of groups' } });
    expect(seen.data!.group.termsHistory).toEqual([
      { version: 2, status: 'APPROVED', approvedBy: { name: 'COORDINATOR of groups' } },
      { version: 1, status: 'SUPERSEDED', approvedBy: { name: 'ADMIN of groups' } },
    ]);
  });

  it('records apologies, acceptances and attendance, with quorum from the approved terms', async () => {
    const [meeting] = await api.db.query(`SELECT id, starts_at FROM meeting WHERE group_id = $1 ORDER BY starts_at LIMIT 1`, [groupId]);
    const apologies = await as('observer', `mutation($m: ID!) { sendApologies(meetingId: $m, note: "At the council budget meeting") { id } }`, { m: meeting.id });
    expect(apologies.errors).toBeUndefined();
    await as('member', `mutation($m: ID!) { acceptMeeting(meetingId: $m) { id } }`, { m: meeting.id });
    expect(codeOf(await as('bystander', `mutation($m: ID!) { acceptMeeting(meetingId: $m) { id } }`, { m: meeting.id }))).toBe('NOT_FOUND');
    const record = `mutation($m: ID!, $p: ID!) { recordAttendance(meetingId: $m, personId: $p, status: ATTENDED) { id } }`;
    expect(codeOf(await as('member', record, { m: meeting.id, p: p.member.personId }))).toBe('NOT_FOUND');
    // Attendance is recorded on the day.
    api.clock.set(new Date(+meeting.starts_at + 60_000));
    await as('admin', record, { m: meeting.id, p: p.member.personId });
    await as('admin', record, { m: meeting.id, p: p.admin.personId });
    api.clock.reset();
    const res = await as('member', `query($id: ID!) { meeting(id: $id) { quorum { required expected present met } attendance { status note person { email } } } }`, { id: meeting.id });
    expect(res.data!.meeting.quorum).toEqual({ required: 3, expected: 2, present: 2, met: false });
    expect(res.data!.meeting.attendance).toEqual(
      expect.arrayContaining([{ status: 'APOLOGIES', note: 'At the council budget meeting', person: { email: 'observer@groups.test' } }, expect.objectContaining({ status: 'ATTENDED', person: { email: p.member.email } })]),
    );
  });

  it('moves or cancels one occurrence without breaking the series; one-off meetings too', async () => {
    const list = (await as('admin', `query($id: ID!) { group(id: $id) { meetings { id startsAt } } }`, { id: groupId })).data!.group.meetings;
    const moved = new Date(Date.parse(list[1].startsAt) + 2 * 86400_000).toISOString();
    const res = await as('admin', `mutation($id: ID!, $at: DateTime!) { moveMeeting(id: $id, startsAt: $at, reason: "The chair is away") { startsAt moved } }`, { id: list[1].id, at: moved });
    expect(res.data!.moveMeeting).toEqual({ startsAt: moved, moved: true });
    expect((await as('admin', `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Clashes with the regional conference") { status cancelReason } }`, { id: list[2].id })).data!.cancelMeeting).toEqual({
      status: 'CANCELLED',
      cancelReason: 'Clashes with the regional conference',
    });
    expect(codeOf(await as('member', `mutation($id: ID!) { cancelMeeting(id: $id, reason: "x") { id } }`, { id: list[3].id }))).toBe('NOT_FOUND');
    await as('admin', `mutation($id: ID!) { updateGroup(id: $id, input: { cadence: "FREQ=WEEKLY;INTERVAL=6" }) { id } }`, { id: groupId });
    const after = (await as('admin', `query($id: ID!) { group(id: $id) { meetings { id startsAt status } } }`, { id: groupId })).data!.group.meetings;
    expect(after.map((m: { id: string }) => m.id)).toEqual(list.map((m: { id: string }) => m.id));
    const oneOff = await as('coordinator', `mutation($g: ID!, $at: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Extraordinary meeting on asylum hotels", startsAt: $at) { oneOff title } }`, { g: groupId, at: new Date(Date.now() + 20 * 86400_000).toISOString() });
    expect(oneOff.data!.scheduleOneOffMeeting).toEqual({ oneOff: true, title: 'Extraordinary meeting on asylum hotels' });
    expect((await as('member', `{ upcomingMeetings(first: 3) { title } }`)).data!.upcomingMeetings.length).toBeGreaterThan(0);
  });

  const UPDATE = `mutation($id: ID!, $input: GroupUpdateInput!) { updateGroup(id: $id, input: $input) { id name cadence } }`;
  const fieldOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.field;
  const soon = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();
  /** A group of the coordinator's, for a test that must not disturb the others. */
  const newGroup = async (name: string, extra: Record<string, unknown> = {}) => {
    const res = await as('coordinator', CREATE, { input: { name, kind: 'WORKING_GROUP', visibility: 'PRIVATE', ...extra } });
    expect(res.errors).toBeUndefined();
    return res.data!.createGroup.id as string;
  };
  const meetingsOf = (id: string) => api.db.query(`SELECT id, status, starts_at, ends_at, cancel_reason, moved FROM meeting WHERE group_id = $1 ORDER BY starts_at, id`, [id]);

  it('refuses cadences that loop or never give a meeting, naming the field, promptly; a refused update leaves the meetings alone', async () => {
    const before = await meetingsOf(groupId);
    expect(before.length).toBeGreaterThan(3);
    for (const [i, cadence] of ['FREQ=WEEKLY;INTERVAL=-1', 'FREQ=WEEKLY;INTERVAL=abc', 'FREQ=YEARLY;BYMONTH=13', 'FREQ=WEEKLY;UNTIL=20200101T000000Z'].entries()) {
      const started = Date.now();
      const created = await as('coordinator', CREATE, { input: { name: `Cadence check ${i}`, kind: 'WORKING_GROUP', visibility: 'PRIVATE', cadence, cadenceStart: soon(7) } });
      const updated = await as('admin', UPDATE, { id: groupId, input: { cadence } });
      expect(Date.now() - started).toBeLessThan(2000);
      for (const res of [created, updated]) expect({ cadence, code: codeOf(res), field: fieldOf(res) }).toEqual({ cadence, code: 'BAD_USER_INPUT', field: 'cadence' });
    }
    expect(await meetingsOf(groupId)).toEqual(before);
    const [group] = await api.db.query(`SELECT cadence_rrule FROM "group" WHERE id = $1`, [groupId]);
    expect(group.cadence_rrule).toBe('FREQ=WEEKLY;INTERVAL=6');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM "group" WHERE name LIKE 'Cadence check%'`);
    expect(n).toBe(0);
  });

  it('refuses an empty cadence; null clears it, and the meetings already planned stay', async () => {
    const empty = await as('coordinator', CREATE, { input: { name: 'ESOL Pathway Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', cadence: '', cadenceStart: soon(7) } });
    expect({ code: codeOf(empty), field: fieldOf(empty) }).toEqual({ code: 'BAD_USER_INPUT', field: 'cadence' });
    const id = await newGroup('ESOL Pathway Steering Group', { cadence: 'FREQ=MONTHLY', cadenceStart: soon(7) });
    const planned = await meetingsOf(id);
    expect(planned.length).toBeGreaterThanOrEqual(5);
    for (const cadence of ['', '   ']) {
      const res = await as('coordinator', UPDATE, { id, input: { cadence } });
      expect({ code: codeOf(res), field: fieldOf(res) }).toEqual({ code: 'BAD_USER_INPUT', field: 'cadence' });
    }
    expect((await as('coordinator', UPDATE, { id, input: { description: 'No cadence change' } })).data!.updateGroup.cadence).toBe('FREQ=MONTHLY');
    const cleared = await as('coordinator', UPDATE, { id, input: { cadence: null } });
    expect(cleared.data!.updateGroup.cadence).toBeNull();
    expect(await meetingsOf(id)).toEqual(planned);
  });

  it('counts members, not observers, towards quorum', async () => {
    const id = await newGroup('Regional Health Practitioners Group');
    const set = `mutation($g: ID!, $p: ID!, $r: GroupRole!) { setGroupMember(groupId: $g, personId: $p, role: $r) { id } }`;
    for (const [person, role] of [[p.admin.personId, 'CHAIR'], [p.member.personId, 'SECRETARY'], [observerId, 'OBSERVER']]) await as('coordinator', set, { g: id, p: person, r: role });
    const terms = (await as('coordinator', `mutation($g: ID!) { createTermsDraft(groupId: $g, input: { quorum: 3 }) { id } }`, { g: id })).data!.createTermsDraft.id;
    await as('coordinator', `mutation($id: ID!) { proposeTerms(id: $id) { id } }`, { id: terms });
    await as('coordinator', `mutation($id: ID!) { approveTerms(id: $id) { id } }`, { id: terms });
    const meeting = (await as('coordinator', `mutation($g: ID!, $at: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Maternity access", startsAt: $at) { id } }`, { g: id, at: soon(3) })).data!.scheduleOneOffMeeting.id;
    api.clock.set(new Date(Date.parse(soon(3)) + 60_000));
    for (const person of [p.admin.personId, p.member.personId, observerId]) {
      await as('coordinator', `mutation($m: ID!, $p: ID!) { recordAttendance(meetingId: $m, personId: $p, status: ATTENDED) { id } }`, { m: meeting, p: person });
    }
    api.clock.reset();
    const quorum = async () => (await as('member', `query($id: ID!) { meeting(id: $id) { quorum { required expected present met } } }`, { id: meeting })).data!.meeting.quorum;
    expect(await quorum()).toEqual({ required: 3, expected: 2, present: 2, met: false });
    await as('coordinator', set, { g: id, p: observerId, r: 'MEMBER' });
    expect(await quorum()).toEqual({ required: 3, expected: 3, present: 3, met: true });
  });

  it('cancels a scheduled occurrence once, with a reason, leaving it in its place; moving it reschedules it', async () => {
    const id = await newGroup('Cohesion Regional Implementation Group', { cadence: 'FREQ=WEEKLY;INTERVAL=6', cadenceStart: soon(10) });
    const [first] = await meetingsOf(id);
    const cancel = `mutation($id: ID!, $r: String!) { cancelMeeting(id: $id, reason: $r) { status cancelReason moved } }`;
    for (const blank of ['', '   ']) {
      const res = await as('coordinator', cancel, { id: first.id, r: blank });
      expect({ code: codeOf(res), field: fieldOf(res) }).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    expect((await as('coordinator', cancel, { id: first.id, r: 'Room unavailable' })).data!.cancelMeeting).toEqual({ status: 'CANCELLED', cancelReason: 'Room unavailable', moved: false });
    expect(codeOf(await as('coordinator', cancel, { id: first.id, r: 'Another reason' }))).toBe('CONFLICT');
    // Materialising again neither recreates nor reopens it.
    await as('coordinator', UPDATE, { id, input: { cadence: 'FREQ=WEEKLY;INTERVAL=6' } });
    const after = await meetingsOf(id);
    expect(after.find((m: { id: string }) => m.id === first.id)).toMatchObject({ status: 'CANCELLED', cancel_reason: 'Room unavailable', moved: false });
    expect(after.filter((m: { starts_at: Date }) => +m.starts_at === +first.starts_at)).toHaveLength(1);
    const at = new Date(+first.starts_at + 86400_000).toISOString();
    const moved = await as('coordinator', `mutation($id: ID!, $at: DateTime!) { moveMeeting(id: $id, startsAt: $at, reason: "A room is free that day") { startsAt status cancelReason moved } }`, { id: first.id, at });
    expect(moved.data!.moveMeeting).toEqual({ startsAt: at, status: 'SCHEDULED', cancelReason: null, moved: true });
  });

  it('gives a one-off meeting the group’s place and link only where they are left out; null means none', async () => {
    const id = await newGroup('City of Sanctuary Board', { defaultLocation: 'Council House', defaultOnlineUrl: 'https://meet.example.org/sanctuary' });
    // Left out, null and given, as GraphQL tells them apart.
    const schedule = async (args: Record<string, string | null>) => {
      const given = Object.keys(args).map((name) => `, ${name}: $${name}`).join('');
      const declared = Object.keys(args).map((name) => `, $${name}: String`).join('');
      const res = await as('coordinator', `mutation($g: ID!, $at: DateTime!${declared}) { scheduleOneOffMeeting(groupId: $g, title: "Extra", startsAt: $at${given}) { location onlineUrl } }`, { g: id, at: soon(5), ...args });
      expect(res.errors).toBeUndefined();
      return res.data!.scheduleOneOffMeeting;
    };
    const link = 'https://meet.example.org/other';
    expect(await schedule({})).toEqual({ location: 'Council House', onlineUrl: 'https://meet.example.org/sanctuary' });
    expect(await schedule({ location: 'Library', onlineUrl: null })).toEqual({ location: 'Library', onlineUrl: null });
    expect(await schedule({ location: null, onlineUrl: link })).toEqual({ location: null, onlineUrl: link });
    expect(await schedule({ location: 'Library' })).toEqual({ location: 'Library', onlineUrl: 'https://meet.example.org/sanctuary' });
    expect(await schedule({ onlineUrl: link })).toEqual({ location: 'Council House', onlineUrl: link });
    // Written in the query rather than as variables, null is null too.
    const literal = await as('coordinator', `mutation($g: ID!, $at: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Extra", startsAt: $at, location: "Library", onlineUrl: null) { location onlineUrl } }`, { g: id, at: soon(6) });
    expect(literal.data!.scheduleOneOffMeeting).toEqual({ location: 'Library', onlineUrl: null });
  });

  it('refuses line breaks and control characters in group names and meeting titles', async () => {
    for (const name of ['Evil\r\nATTENDEE:mailto:spy@evil.test', 'Tab\there', 'Bell\u0007']) {
      const created = await as('coordinator', CREATE, { input: { name, kind: 'BOARD', visibility: 'PRIVATE' } });
      const updated = await as('admin', UPDATE, { id: groupId, input: { name } });
      for (const res of [created, updated]) expect({ name, code: codeOf(res), field: fieldOf(res) }).toEqual({ name, code: 'BAD_USER_INPUT', field: 'name' });
    }
    const title = await as('coordinator', `mutation($g: ID!, $at: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Hello\\r\\nEND:VEVENT", startsAt: $at) { id } }`, { g: groupId, at: soon(9) });
    expect({ code: codeOf(title), field: fieldOf(title) }).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(codeOf(await as('coordinator', CREATE, { input: { name: 'Nul\u0000', kind: 'BOARD', visibility: 'PRIVATE' } }))).toBe('BAD_USER_INPUT');
    const [group] = await api.db.query(`SELECT name FROM "group" WHERE id = $1`, [groupId]);
    expect(group.name).toBe('Destitution Steering Group');
  });

  it('keeps one version of the terms in the works at a time, and checks every field', async () => {
    const draft = `mutation($g: ID!, $input: TermsInput) { createTermsDraft(groupId: $g, input: $input) { id version quorum reviewDate purpose } }`;
    const update = `mutation($id: ID!, $input: TermsInput!) { updateTermsDraft(id: $id, input: $input) { id quorum reviewDate } }`;
    const refused: [Record<string, unknown>, string][] = [
      [{ quorum: -5 }, 'quorum'],
      [{ quorum: 0 }, 'quorum'],
      [{ quorum: 501 }, 'quorum'],
      [{ reviewDate: 'not-a-date' }, 'reviewDate'],
      [{ reviewDate: '2027-02-30' }, 'reviewDate'],
      [{ reviewDate: '2027-2-3' }, 'reviewDate'],
      [{ purpose: 'x'.repeat(5001) }, 'purpose'],
      [{ cadence: 'x'.repeat(501) }, 'cadence'],
    ];
    for (const [input, field] of refused) {
      const res = await as('coordinator', draft, { g: groupId, input });
      expect({ input, code: codeOf(res), field: fieldOf(res) }).toEqual({ input, code: 'BAD_USER_INPUT', field });
    }
    const v3 = (await as('coordinator', draft, { g: groupId, input: null })).data!.createTermsDraft;
    expect(v3).toMatchObject({ version: 3, quorum: 3, purpose: 'Reduce destitution' });
    for (const [input, field] of refused) {
      const res = await as('coordinator', update, { id: v3.id, input });
      expect({ input, code: codeOf(res), field: fieldOf(res) }).toEqual({ input, code: 'BAD_USER_INPUT', field });
    }
    expect((await as('coordinator', update, { id: v3.id, input: { quorum: 4, reviewDate: '2028-02-29' } })).data!.updateTermsDraft).toMatchObject({ quorum: 4, reviewDate: '2028-02-29' });
    // A second draft would start from v2's text and, approved after v3, silently undo it.
    expect(codeOf(await as('coordinator', draft, { g: groupId, input: { purpose: 'Another' } }))).toBe('CONFLICT');
    await as('coordinator', `mutation($id: ID!) { proposeTerms(id: $id) { id } }`, { id: v3.id });
    expect(codeOf(await as('coordinator', draft, { g: groupId }))).toBe('CONFLICT');
    await as('coordinator', `mutation($id: ID!) { approveTerms(id: $id) { id } }`, { id: v3.id });
    // Two drafts started at once: one is made, the other refused, never a server error.
    const both = await Promise.all([as('coordinator', draft, { g: groupId }), as('admin', draft, { g: groupId })]);
    expect(both.map((res) => codeOf(res) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(both.find((res) => !res.errors)!.data!.createTermsDraft).toMatchObject({ version: 4, quorum: 4, reviewDate: '2028-02-29' });
  });

  it('keeps group names unique in the partnership, and audits renames and visibility changes', async () => {
    const created = await as('coordinator', CREATE, { input: { name: 'Hate Crime Working Group', kind: 'WORKING_GROUP', visibility: 'PARTNERSHIP' } });
    const id = created.data!.createGroup.id;
    const update = (input: Record<string, unknown>) => as('coordinator', `mutation($id: ID!, $input: GroupUpdateInput!) { updateGroup(id: $id, input: $input) { name visibility } }`, { id, input });
    expect(codeOf(await update({ name: 'destitution steering group' }))).toBe('CONFLICT');
    const renamed = await update({ name: 'Hate Crime and Third-Party Reporting Group', visibility: 'PRIVATE' });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateGroup).toEqual({ name: 'Hate Crime and Third-Party Reporting Group', visibility: 'PRIVATE' });
    await update({ description: 'Reporting routes and third-party centres' });
    const events = await api.db.query(`SELECT action, detail FROM audit_event WHERE subject_id = $1 AND action <> 'group.created' ORDER BY action`, [id]);
    expect(events).toEqual([
      { action: 'group.renamed', detail: { from: 'Hate Crime Working Group', to: 'Hate Crime and Third-Party Reporting Group' } },
      { action: 'group.visibility-changed', detail: { from: 'PARTNERSHIP', to: 'PRIVATE' } },
    ]);
  });
});
