import { randomUUID } from 'node:crypto';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const long = (n: number) => 'x'.repeat(n);

describe('steering-group and forum text: bounded, no blanks, plain-word errors naming the field', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let token: string;
  let meetingId: string;
  let proposalId: string;
  const as = (query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token });

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'limits');
    token = (await gql(api.url, SIGN_IN, { input: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
    const [{ id: groupId }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Limits Group', 'limits', 'WORKING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR')`, [groupId, p.coordinator.personId]);
    [{ id: meetingId }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', now() + interval '30 days', now() + interval '30 days 2 hours') RETURNING id`, [groupId]);
    [{ id: proposalId }] = await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title, status) VALUES ($1, 9, 'A proposal', 'PROPOSED') RETURNING id`, [meetingId]);
  });
  afterAll(() => api.close());

  const item = (input: Record<string, unknown>) => [`mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { id } }`, { m: meetingId, i: input }] as const;
  const cases: [string, () => readonly [string, Record<string, unknown>], string, string][] = [
    ['a blank agenda item title', () => item({ title: '   ' }), 'title', 'Enter a title.'],
    ['a long agenda item title', () => item({ title: long(301) }), 'title', 'Title must be 300 characters or fewer.'],
    ['a long agenda item description', () => item({ title: 'Housing', description: long(10_001) }), 'description', 'Description must be 10,000 characters or fewer.'],
    ['a blank paper title', () => item({ title: 'Housing', papers: [{ title: ' ', url: 'https://example.org/a.pdf' }] }), 'papers.0.title', 'Enter a paper title.'],
    ['a paper link that is not a web address', () => item({ title: 'Housing', papers: [{ title: 'Report', url: 'javascript:alert(1)' }] }), 'papers.0.url', 'A paper’s link must be a web address starting with http:// or https://.'],
    ['too many minutes allotted', () => item({ title: 'Housing', minutesAllotted: 601 }), 'minutesAllotted', 'Minutes allotted must not be greater than 600.'],
    [
      'an agenda item retitled blank',
      () => [`mutation($id: ID!) { updateAgendaItem(id: $id, input: { title: "  " }) { id } }`, { id: proposalId }],
      'title',
      'Enter a title.',
    ],
    ['a 100,000-character cancel reason', () => [`mutation($id: ID!, $r: String!) { cancelMeeting(id: $id, reason: $r) { id } }`, { id: meetingId, r: long(100_000) }], 'reason', 'Reason must be 500 characters or fewer.'],
    ['a blank cancel reason', () => [`mutation($id: ID!) { cancelMeeting(id: $id, reason: "   ") { id } }`, { id: meetingId }], 'reason', 'Enter a reason.'],
    ['a 100,000-character apologies note', () => [`mutation($m: ID!, $n: String) { sendApologies(meetingId: $m, note: $n) { id } }`, { m: meetingId, n: long(100_000) }], 'note', 'Note must be 1,000 characters or fewer.'],
    ['a 100,000-character decline reason', () => [`mutation($id: ID!, $r: String!) { declineAgendaItem(id: $id, reason: $r) { id } }`, { id: proposalId, r: long(100_000) }], 'reason', 'Reason must be 1,000 characters or fewer.'],
    ['a long change note', () => [`mutation($m: ID!, $n: String) { publishAgenda(meetingId: $m, changeNote: $n) { version } }`, { m: meetingId, n: long(1001) }], 'changeNote', 'Change note must be 1,000 characters or fewer.'],
    [
      'a long attendance note',
      () => [`mutation($m: ID!, $p: ID!, $n: String) { recordAttendance(meetingId: $m, personId: $p, status: ATTENDED, note: $n) { id } }`, { m: meetingId, p: p.coordinator.personId, n: long(1001) }],
      'note',
      'Note must be 1,000 characters or fewer.',
    ],
    [
      'a one-off meeting with a blank title',
      () => [`mutation($g: ID!) { scheduleOneOffMeeting(groupId: $g, title: " ", startsAt: "2030-01-01T10:00:00Z") { id } }`, { g: randomUUID() }],
      'title',
      'Enter a title.',
    ],
    [
      'a one-off meeting with a long place',
      () => [`mutation($g: ID!, $l: String) { scheduleOneOffMeeting(groupId: $g, title: "Extra", startsAt: "2030-01-01T10:00:00Z", location: $l) { id } }`, { g: randomUUID(), l: long(301) }],
      'location',
      'Place must be 300 characters or fewer.',
    ],
    [
      'a one-off meeting with a script link',
      () => [`mutation($g: ID!) { scheduleOneOffMeeting(groupId: $g, title: "Extra", startsAt: "2030-01-01T10:00:00Z", onlineUrl: "javascript:alert(1)") { id } }`, { g: randomUUID() }],
      'onlineUrl',
      'The online link must be a web address starting with http:// or https://.',
    ],
    [
      'a group with a blank standing item',
      () => [`mutation($i: GroupInput!) { createGroup(input: $i) { id } }`, { i: { name: 'New group', kind: 'BOARD', visibility: 'PRIVATE', standingAgenda: [{ title: ' ', standing: 'AOB' }] } }],
      'standingAgenda.0.title',
      'Enter a title.',
    ],
    ['a group with a blank name', () => [`mutation($i: GroupInput!) { createGroup(input: $i) { id } }`, { i: { name: '    ', kind: 'BOARD', visibility: 'PRIVATE' } }], 'name', 'Enter a name.'],
    [
      'a group with a long description',
      () => [`mutation($i: GroupInput!) { createGroup(input: $i) { id } }`, { i: { name: 'New group', kind: 'BOARD', visibility: 'PRIVATE', description: long(2001) } }],
      'description',
      'Description must be 2,000 characters or fewer.',
    ],
    [
      'a group with a long online link',
      () => [`mutation($i: GroupInput!) { createGroup(input: $i) { id } }`, { i: { name: 'New group', kind: 'BOARD', visibility: 'PRIVATE', defaultOnlineUrl: `https://example.org/${long(1000)}` } }],
      'defaultOnlineUrl',
      'The online link must be 1,000 characters or fewer.',
    ],
    [
      'an assessment entry with a long source',
      () => [
        `mutation($m: ID!, $i: AssessmentEntryInput!) { contributeAssessmentEntry(meetingId: $m, input: $i) { id } }`,
        { m: meetingId, i: { theme: 'housing', kind: 'RISK', rating: 'RED', direction: 'STABLE', summary: 'Evictions', source: long(501) } },
      ],
      'source',
      'Source must be 500 characters or fewer.',
    ],
    [
      'an assessment entry with a blank summary',
      () => [`mutation($m: ID!, $i: AssessmentEntryInput!) { contributeAssessmentEntry(meetingId: $m, input: $i) { id } }`, { m: meetingId, i: { theme: 'housing', kind: 'RISK', rating: 'RED', direction: 'STABLE', summary: '  ' } }],
      'summary',
      'Enter a summary.',
    ],
    [
      'minutes with a blank decision',
      () => [`mutation($id: ID!, $i: MinutesInput!) { updateMinutes(minutesId: $id, input: $i) { id } }`, { id: randomUUID(), i: { items: [], decisions: ['Agreed', '   '] } }],
      'decisions',
      'Enter each decision, or leave it out.',
    ],
    [
      'minutes with a long attendance note',
      () => [`mutation($id: ID!, $i: MinutesInput!) { updateMinutes(minutesId: $id, input: $i) { id } }`, { id: randomUUID(), i: { items: [], decisions: [], attendanceNote: long(5001) } }],
      'attendanceNote',
      'Attendance note must be 5,000 characters or fewer.',
    ],
    ['an action with a blank title', () => [`mutation($m: ID!) { addAction(meetingId: $m, input: { title: " " }) { id } }`, { m: meetingId }], 'title', 'Enter a title.'],
    ['a blank comment on minutes', () => [`mutation($id: ID!) { commentOnMinutes(minutesId: $id, body: "  ") { id } }`, { id: randomUUID() }], 'body', 'Enter a comment.'],
    // Forums refuse over-long text too, rather than cutting it.
    ['a long forum description', () => [`mutation($d: String) { createForum(name: "Housing", description: $d) { id } }`, { d: long(2001) }], 'description', 'Description must be 2,000 characters or fewer.'],
    [
      'a long thread theme',
      () => [`mutation($f: ID!, $t: String) { createThread(forumId: $f, title: "Evictions", body: "Seen any?", clientId: "c-1", theme: $t) { id } }`, { f: randomUUID(), t: long(61) }],
      'theme',
      'Theme must be 60 characters or fewer.',
    ],
    ['a long reason for hiding a post', () => [`mutation($id: ID!, $r: String!) { hidePost(id: $id, reason: $r) { id } }`, { id: randomUUID(), r: long(501) }], 'reason', 'Reason must be 500 characters or fewer.'],
    ['a long report', () => [`mutation($id: ID!, $r: String!) { reportPost(id: $id, reason: $r) }`, { id: randomUUID(), r: long(1001) }], 'reason', 'Reason must be 1,000 characters or fewer.'],
  ];

  it.each(cases)('refuses %s', async (_what, request, field, message) => {
    const [query, variables] = request();
    const answer = await as(query, variables);
    expect(answer.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
  });

  it('stores titles trimmed, and nothing was written by the refused requests', async () => {
    const added = await as(...item({ title: '  Asylum hotel closures  ' }));
    const [row] = await api.db.query(`SELECT title FROM agenda_item WHERE id = $1`, [added.data!.addAgendaItem.id]);
    expect(row.title).toBe('Asylum hotel closures');
    expect((await api.db.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1 AND btrim(title) = ''`, [meetingId]))[0].n).toBe(0);
    expect((await api.db.query(`SELECT status FROM meeting WHERE id = $1`, [meetingId]))[0].status).toBe('SCHEDULED');
  });
});
