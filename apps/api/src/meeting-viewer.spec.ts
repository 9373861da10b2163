import { AccessService, Permission } from '@convene/access';
import { EmailCategory } from '@convene/contracts';
import { groupRecipients } from '@convene/notifications';
import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const DAY = 86_400_000;
const CAN = `query($id: ID!) { meeting(id: $id) { viewerCan { editAgenda publishAgenda proposeItem openInputs reply recordAttendance takeMinutes circulateMinutes approveMinutes publishMinutes commentOnMinutes move cancel } } }`;
const COUNT = `query($id: ID!, $e: MeetingEmail!) { meeting(id: $id) { recipientCount(email: $e) } }`;
const SHEET = `mutation($m: ID!, $input: AttendanceSheetInput!) { recordAttendanceSheet(meetingId: $m, input: $input) { attendance { status note person { id } } quorum { present } } }`;

describe('what the meeting screens ask: viewerCan, recipientCount, the attendance sheet', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const tokens: Record<string, string> = {};
  const people: Record<string, string> = {};
  let groupId: string;
  let meetingId: string;

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: tokens[who] });
  const ok = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(who, query, variables);
    if (res.errors) throw new Error(`${query}: ${res.errors[0].message}`);
    return res.data!;
  };

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'viewer');
    const extra = async (who: string, name: string) => {
      const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $2, password_hash FROM account WHERE id = $3 RETURNING id`, [`${who}@viewer.test`, name, p.member.accountId]);
      const [{ id: personId }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
      people[who] = personId;
      tokens[who] = (await gql(api.url, SIGN_IN, { input: { email: `${who}@viewer.test`, password: p.member.password } })).data!.signIn.token;
    };
    for (const [who, person] of [['coordinator', p.coordinator], ['member', p.member]] as const) {
      tokens[who] = (await gql(api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
      people[who] = person.personId;
    }
    await extra('chair', 'Chidi Chair');
    await extra('observer', 'Olive Observer');
    await extra('quiet', 'Quentin Quiet');
    await extra('outsider', 'Otto Outsider');
    groupId = (await ok('coordinator', `mutation { createGroup(input: { name: "Destitution Steering Group", kind: STEERING_GROUP, visibility: PARTNERSHIP, submissionDeadlineDays: 10 }) { id } }`)).createGroup.id;
    for (const [who, role] of [['chair', 'CHAIR'], ['member', 'MEMBER'], ['observer', 'OBSERVER'], ['quiet', 'MEMBER']]) {
      await ok('coordinator', `mutation($g: ID!, $p: ID!, $r: GroupRole!) { setGroupMember(groupId: $g, personId: $p, role: $r) { id } }`, { g: groupId, p: people[who], r: role });
    }
    // Quentin wants no agenda or minutes emails.
    await api.db.query(`INSERT INTO notification_preference (person_id, agenda, minutes) VALUES ($1, false, false)`, [people.quiet]);
    meetingId = (
      await ok('coordinator', `mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Winter planning", startsAt: $s) { id } }`, { g: groupId, s: new Date(Date.now() + 30 * DAY).toISOString() })
    ).scheduleOneOffMeeting.id;
  }, 60_000);
  afterAll(() => api.close());

  it('viewerCan follows the role in the group, before the meeting', async () => {
    const can = async (who: string) => (await ok(who, CAN, { id: meetingId })).meeting.viewerCan;
    const manager = { editAgenda: true, publishAgenda: true, proposeItem: true, openInputs: true, recordAttendance: false, takeMinutes: true, circulateMinutes: false, approveMinutes: false, move: true, cancel: true };
    expect(await can('coordinator')).toMatchObject({ ...manager, reply: false });
    expect(await can('chair')).toMatchObject({ ...manager, reply: true });
    const nothingToManage = { editAgenda: false, publishAgenda: false, openInputs: false, recordAttendance: false, takeMinutes: false, move: false, cancel: false };
    expect(await can('member')).toMatchObject({ ...nothingToManage, proposeItem: true, reply: true });
    expect(await can('observer')).toMatchObject({ ...nothingToManage, proposeItem: false, reply: true });
    // In the partnership but not the group: reads the meeting, may do nothing with it.
    expect(Object.values(await can('outsider')).every((v) => v === false)).toBe(true);
  });

  it('recipientCount counts whom the worker would email, and only managers may ask', async () => {
    const count = async (who: string, email: string) => (await ok(who, COUNT, { id: meetingId, e: email })).meeting.recipientCount;
    // Chair, member, observer; Quentin opted out.
    expect(await count('coordinator', 'AGENDA_PACK')).toBe(3);
    expect(await count('chair', 'MEETING_CHANGED')).toBe(3);
    expect(await count('member', 'AGENDA_PACK')).toBeNull();
    // The worker's own choice, by its mailing list and the policy layer's audience.
    const access = api.app.get(AccessService);
    const list = await groupRecipients(api.db, groupId, EmailCategory.AGENDA);
    expect((await access.audience(Permission.meetingRead, meetingId, list.map((m: { personId: string }) => m.personId))).size).toBe(3);

    // No minutes yet: nobody to email about them.
    expect(await count('coordinator', 'MINUTES_CIRCULATED')).toBe(0);
    const minutesId = (await ok('chair', `mutation($m: ID!) { startMinutes(meetingId: $m) { id } }`, { m: meetingId })).startMinutes.id;
    expect((await ok('chair', CAN, { id: meetingId })).meeting.viewerCan).toMatchObject({ takeMinutes: true, circulateMinutes: true, approveMinutes: false });
    await ok('chair', `mutation($id: ID!) { circulateMinutes(minutesId: $id) { id } }`, { id: minutesId });
    // Draft minutes go to those who may comment: not the observer.
    expect(await count('coordinator', 'MINUTES_CIRCULATED')).toBe(2);
    expect(await count('coordinator', 'MINUTES_APPROVED')).toBe(3);
    const minutesList = await groupRecipients(api.db, groupId, EmailCategory.MINUTES);
    expect((await access.audience(Permission.minutesContribute, minutesId, minutesList.map((m: { personId: string }) => m.personId))).size).toBe(2);
    expect((await ok('chair', CAN, { id: meetingId })).meeting.viewerCan).toMatchObject({ circulateMinutes: false, approveMinutes: true });
    expect((await ok('member', CAN, { id: meetingId })).meeting.viewerCan).toMatchObject({ commentOnMinutes: true, approveMinutes: false });
    expect((await ok('observer', CAN, { id: meetingId })).meeting.viewerCan.commentOnMinutes).toBe(false);
  });

  it('the attendance sheet records everyone at once, from the meeting’s start, all or nothing', async () => {
    const records = [
      { personId: people.chair, status: 'ATTENDED' },
      { personId: people.member, status: 'APOLOGIES', note: 'At the Home Office stakeholder day' },
      { personId: people.observer, status: 'ATTENDED', note: 'Joined online' },
      { personId: people.quiet, status: 'ABSENT' },
    ];
    const before = await as('chair', SHEET, { m: meetingId, input: { records } });
    expect(codeOf(before)).toBe('CONFLICT');
    // Absent is a fact of the day too; apologies may be noted ahead of it.
    expect(codeOf(await as('chair', SHEET, { m: meetingId, input: { records: [{ personId: people.quiet, status: 'ABSENT' }] } }))).toBe('CONFLICT');
    expect((await ok('chair', SHEET, { m: meetingId, input: { records: [{ personId: people.quiet, status: 'APOLOGIES', note: 'On leave' }] } })).recordAttendanceSheet.attendance).toContainEqual({ status: 'APOLOGIES', note: 'On leave', person: { id: people.quiet } });
    await api.db.query(`DELETE FROM attendance WHERE meeting_id = $1`, [meetingId]);

    const [{ startsAt }] = await api.db.query(`SELECT starts_at AS "startsAt" FROM meeting WHERE id = $1`, [meetingId]);
    api.clock.set(new Date(new Date(startsAt).getTime() + 5 * 60_000));
    try {
      expect((await ok('chair', CAN, { id: meetingId })).meeting.viewerCan).toMatchObject({ recordAttendance: true, reply: true, cancel: true, move: true });
      // One person not in the group: nothing is written, and the error names the field.
      const stranger = await as('chair', SHEET, { m: meetingId, input: { records: [...records, { personId: people.outsider, status: 'ATTENDED' }] } });
      expect(codeOf(stranger)).toBe('BAD_USER_INPUT');
      expect(stranger.errors![0].extensions!.field).toBe('personId');
      expect(await api.db.query(`SELECT 1 FROM attendance WHERE meeting_id = $1`, [meetingId])).toEqual([]);
      expect(codeOf(await as('member', SHEET, { m: meetingId, input: { records } }))).toBe('NOT_FOUND');

      const saved = (await ok('chair', SHEET, { m: meetingId, input: { records } })).recordAttendanceSheet;
      const byPerson = new Map(saved.attendance.map((a: { person: { id: string }; status: string; note: string | null }) => [a.person.id, [a.status, a.note]]));
      expect(byPerson.get(people.member)).toEqual(['APOLOGIES', 'At the Home Office stakeholder day']);
      expect(byPerson.get(people.observer)).toEqual(['ATTENDED', 'Joined online']);
      // Observers do not count towards the quorum.
      expect(saved.quorum.present).toBe(1);
      expect(codeOf(await as('chair', SHEET, { m: meetingId, input: { records: [records[0], records[0]] } }))).toBe('BAD_USER_INPUT');

      // Once it is over: attendance can still be put right, but not moved, cancelled or replied to.
      const [{ endsAt }] = await api.db.query(`SELECT ends_at AS "endsAt" FROM meeting WHERE id = $1`, [meetingId]);
      api.clock.set(new Date(new Date(endsAt).getTime() + 60_000));
      expect((await ok('chair', CAN, { id: meetingId })).meeting.viewerCan).toMatchObject({ recordAttendance: true, reply: false, cancel: false, move: false, editAgenda: false });
    } finally {
      api.clock.reset();
    }
  });

  it('an agenda item’s presenter and time can be cleared, and are kept when left out', async () => {
    const item = (await ok('chair', `mutation($m: ID!, $p: ID!) { addAgendaItem(meetingId: $m, input: { title: "ESOL waiting lists", presenterPersonId: $p, minutesAllotted: 20 }) { id } }`, { m: meetingId, p: people.member })).addAgendaItem.id;
    const update = `mutation($id: ID!, $input: AgendaItemUpdateInput!) { updateAgendaItem(id: $id, input: $input) { title minutesAllotted presenter { id } } }`;
    expect((await ok('chair', update, { id: item, input: { title: 'ESOL provision' } })).updateAgendaItem).toEqual({ title: 'ESOL provision', minutesAllotted: 20, presenter: { id: people.member } });
    expect((await ok('chair', update, { id: item, input: { presenterPersonId: null, minutesAllotted: null } })).updateAgendaItem).toEqual({ title: 'ESOL provision', minutesAllotted: null, presenter: null });
  });

  it('an inputs thread links back to its item and meeting', async () => {
    const item = (await ok('chair', `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Winter shelter capacity" }) { id } }`, { m: meetingId })).addAgendaItem.id;
    const thread = (await ok('chair', `mutation($i: ID!) { openInputsThread(agendaItemId: $i) { id } }`, { i: item })).openInputsThread.id;
    const read = await ok('member', `query($id: ID!) { thread(id: $id) { agendaItem { id title position meeting { id title } } } }`, { id: thread });
    expect(read.thread.agendaItem).toMatchObject({ id: item, title: 'Winter shelter capacity', meeting: { id: meetingId, title: 'Winter planning' } });
  });

  it('the chair hands an action on; its owner may update it but not give it away', async () => {
    const action = (await ok('chair', `mutation($m: ID!, $o: ID!) { addAction(meetingId: $m, input: { title: "Map emergency beds", ownerPersonId: $o }) { id } }`, { m: meetingId, o: people.member })).addAction.id;
    const update = `mutation($id: ID!, $input: ActionUpdateInput!) { updateAction(id: $id, input: $input) { status dueDate owner { id } } }`;
    const refused = await as('member', update, { id: action, input: { ownerPersonId: people.observer } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.field).toBe('ownerPersonId');
    expect((await ok('member', update, { id: action, input: { status: 'IN_PROGRESS', note: 'Two shelters asked' } })).updateAction).toMatchObject({ status: 'IN_PROGRESS', owner: { id: people.member } });
    expect((await ok('chair', update, { id: action, input: { ownerPersonId: people.observer, dueDate: '2027-01-31' } })).updateAction).toMatchObject({ dueDate: '2027-01-31', owner: { id: people.observer } });
  });
});
