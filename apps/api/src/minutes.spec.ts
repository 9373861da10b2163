import type { DataSource } from 'typeorm';
import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

/** A group with a chair, a member and an observer, and two meetings six weeks apart. */
async function seedGroup(db: DataSource, p: SeededPartnership, visibility = 'PRIVATE') {
  const [{ id: groupId }] = await db.query(
    `INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Destitution Steering Group', $2, 'STEERING_GROUP', $3) RETURNING id`,
    [p.partnershipId, `destitution-${visibility.toLowerCase()}`, visibility],
  );
  await db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR'), ($1, $3, 'MEMBER')`, [groupId, p.admin.personId, p.member.personId]);
  const meeting = async (startsAt: string) =>
    (await db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Steering group', $2::timestamptz, $2::timestamptz + interval '2 hours') RETURNING id`, [groupId, startsAt]))[0].id as string;
  const first = await meeting('2026-01-13T10:00:00Z');
  const second = await meeting('2026-02-24T10:00:00Z');
  const [{ id: itemId }] = await db.query(`INSERT INTO agenda_item (meeting_id, position, title, standing) VALUES ($1, 1, 'Sector activity assessment', 'SECTOR_ASSESSMENT') RETURNING id`, [first]);
  return { groupId, first, second, itemId };
}

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const fieldOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.field;
const MINUTES = `query($id: ID!) { minutes(id: $id) { id status version items { title notes redacted } decisions comments { body author { name } } approvedBy { name } } }`;

describe('minutes and actions', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  const tokens: Record<string, string> = {};
  let g: Awaited<ReturnType<typeof seedGroup>>;
  let observerToken: string;

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: tokens[who] });

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'minutes');
    other = await seedPartnership(api.db, 'other');
    g = await seedGroup(api.db, p);
    // The coordinator is not a group member, but coordinators manage every group.
    for (const [who, person] of [['admin', p.admin], ['coordinator', p.coordinator], ['member', p.member], ['outsider', other.admin]] as const) {
      tokens[who] = (await gql(api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    // An observer: a second member of the partnership, observing the group.
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'observer@minutes.test', 'Olive Observer', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    const [{ id: personId }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'OBSERVER')`, [g.groupId, personId]);
    observerToken = (await gql(api.url, SIGN_IN, { input: { email: 'observer@minutes.test', password: p.member.password } })).data!.signIn.token;
    tokens.observer = observerToken;
  });
  afterAll(() => api.close());

  let minutesId: string;

  it('a member cannot start minutes; the chair can, with a note per accepted agenda item', async () => {
    expect(codeOf(await as('member', `mutation($m: ID!) { startMinutes(meetingId: $m) { id } }`, { m: g.first }))).toBe('NOT_FOUND');
    const res = await as('admin', `mutation($m: ID!) { startMinutes(meetingId: $m) { id status version items { title notes } } }`, { m: g.first });
    expect(res.data!.startMinutes).toMatchObject({ status: 'DRAFT', version: 1, items: [{ title: 'Sector activity assessment', notes: '' }] });
    minutesId = res.data!.startMinutes.id;
  });

  it('drafts are for the chair, secretary and coordinators only', async () => {
    expect((await as('coordinator', MINUTES, { id: minutesId })).data!.minutes.status).toBe('DRAFT');
    for (const who of ['member', 'observer', 'outsider']) expect(codeOf(await as(who, MINUTES, { id: minutesId }))).toBe('NOT_FOUND');
  });

  it('every save keeps a revision with its author', async () => {
    const update = `mutation($id: ID!, $input: MinutesInput!) { updateMinutes(minutesId: $id, input: $input) { version decisions items { notes notesHtml redacted } } }`;
    const input = {
      items: [{ agendaItemId: g.itemId, title: 'Sector activity assessment', notes: 'Destitution referrals **up 20%** since autumn.<script>x</script>', redacted: false }, { title: 'Confidential case', notes: 'Named family.', redacted: true }],
      decisions: ['Write to the Home Office about move-on periods.'],
    };
    const res = await as('admin', update, { id: minutesId, input });
    expect(res.data!.updateMinutes).toMatchObject({ version: 2, decisions: input.decisions });
    // Notes are Markdown, rendered and sanitised by the same renderer as forum posts.
    expect(res.data!.updateMinutes.items[0].notesHtml).toBe('<p>Destitution referrals <strong>up 20%</strong> since autumn.</p>\n');
    const revisions = await as('coordinator', `query($id: ID!) { minutes(id: $id) { revisions { version status } } }`, { id: minutesId });
    expect(revisions.data!.minutes.revisions).toEqual([{ version: 1, status: 'DRAFT' }, { version: 2, status: 'DRAFT' }]);
    const [{ author }] = await api.db.query(`SELECT author_person_id AS author FROM minutes_revision WHERE minutes_id = $1 AND version = 2`, [minutesId]);
    expect(author).toBe(p.admin.personId);
    expect(codeOf(await as('member', update, { id: minutesId, input }))).toBe('NOT_FOUND');
  });

  it('circulated minutes are open to members, who comment; observers read but cannot comment', async () => {
    expect(codeOf(await as('member', `mutation($id: ID!) { commentOnMinutes(minutesId: $id, body: "Too early") { id } }`, { id: minutesId }))).toBe('NOT_FOUND');
    expect((await as('admin', `mutation($id: ID!) { circulateMinutes(minutesId: $id) { status } }`, { id: minutesId })).data!.circulateMinutes.status).toBe('CIRCULATED');
    const comment = await as('member', `mutation($id: ID!) { commentOnMinutes(minutesId: $id, body: "Please add the food bank figures.") { body author { name } } }`, { id: minutesId });
    expect(comment.data!.commentOnMinutes).toEqual({ body: 'Please add the food bank figures.', author: { name: 'MEMBER of minutes' } });
    expect((await as('observer', MINUTES, { id: minutesId })).data!.minutes.comments).toHaveLength(1);
    expect(codeOf(await as('observer', `mutation($id: ID!) { commentOnMinutes(minutesId: $id, body: "x") { id } }`, { id: minutesId }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('outsider', MINUTES, { id: minutesId }))).toBe('NOT_FOUND');
  });

  it('approval is recorded at a later meeting, with who approved; then published; all audited', async () => {
    const approve = `mutation($id: ID!, $at: ID!) { approveMinutes(minutesId: $id, atMeetingId: $at) { status approvedBy { name } } }`;
    expect(codeOf(await as('admin', approve, { id: minutesId, at: g.first }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('member', approve, { id: minutesId, at: g.second }))).toBe('NOT_FOUND');
    expect((await as('admin', approve, { id: minutesId, at: g.second })).data!.approveMinutes).toEqual({ status: 'APPROVED', approvedBy: { name: 'ADMIN of minutes' } });
    expect(codeOf(await as('admin', approve, { id: minutesId, at: g.second }))).toBe('CONFLICT');
    expect((await as('coordinator', `mutation($id: ID!) { publishMinutes(minutesId: $id) { status } }`, { id: minutesId })).data!.publishMinutes.status).toBe('PUBLISHED');
    const audit = await api.db.query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY created_at`, [minutesId]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['minutes.circulated', 'minutes.approved', 'minutes.published']);
    const edit = await as('admin', `mutation($id: ID!) { updateMinutes(minutesId: $id, input: { items: [], decisions: [] }) { version } }`, { id: minutesId });
    expect(codeOf(edit)).toBe('CONFLICT');
  });

  it('actions: owners update their own, the log filters by group, owner, status and overdue', async () => {
    const add = `mutation($m: ID!, $input: ActionInput!) { addAction(meetingId: $m, input: $input) { id title status overdue dueDate owner { name } } }`;
    const overdue = await as('admin', add, { m: g.first, input: { title: 'Send FOI requests to all regional local authorities', ownerPersonId: p.member.personId, dueDate: '2026-01-31' } });
    expect(overdue.data!.addAction).toMatchObject({ status: 'OPEN', overdue: true, dueDate: '2026-01-31', owner: { name: 'MEMBER of minutes' } });
    const later = await as('admin', add, { m: g.first, input: { title: 'Circulate the ESOL pathway map', ownerPersonId: p.admin.personId, dueDate: '2099-01-01' } });
    expect(codeOf(await as('member', add, { m: g.first, input: { title: 'Not allowed' } }))).toBe('NOT_FOUND');

    const update = `mutation($id: ID!, $input: ActionUpdateInput!) { updateAction(id: $id, input: $input) { status progress { status note } } }`;
    const mine = await as('member', update, { id: overdue.data!.addAction.id, input: { status: 'IN_PROGRESS', note: 'Sent to 7 of 11 councils.' } });
    expect(mine.data!.updateAction).toEqual({ status: 'IN_PROGRESS', progress: [{ status: 'IN_PROGRESS', note: 'Sent to 7 of 11 councils.' }] });
    expect(codeOf(await as('member', update, { id: later.data!.addAction.id, input: { status: 'DONE' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('outsider', update, { id: later.data!.addAction.id, input: { status: 'DONE' } }))).toBe('NOT_FOUND');

    const log = `query($args: Boolean, $owner: ID, $status: ActionStatus, $group: ID) { actionLog(overdue: $args, ownerPersonId: $owner, status: $status, groupId: $group) { nodes { title } pageInfo { hasNextPage } } }`;
    const titles = async (who: string, v: Record<string, unknown>) => (await as(who, log, v)).data!.actionLog.nodes.map((n: { title: string }) => n.title);
    expect(await titles('member', { args: true })).toEqual(['Send FOI requests to all regional local authorities']);
    expect(await titles('member', { owner: p.admin.personId })).toEqual(['Circulate the ESOL pathway map']);
    expect(await titles('coordinator', { status: 'IN_PROGRESS', group: g.groupId })).toEqual(['Send FOI requests to all regional local authorities']);
    // Another partnership, and a partnership member outside this private group, see nothing.
    expect(await titles('outsider', {})).toEqual([]);
    const [{ id: acc }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'bystander@minutes.test', 'Bystander', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER')`, [p.partnershipId, acc]);
    tokens.bystander = (await gql(api.url, SIGN_IN, { input: { email: 'bystander@minutes.test', password: p.member.password } })).data!.signIn.token;
    expect(await titles('bystander', {})).toEqual([]);
    expect(codeOf(await as('bystander', `query($id: ID!) { action(id: $id) { id } }`, { id: later.data!.addAction.id }))).toBe('NOT_FOUND');
  });
  describe('a second group, whose agendas nobody has opened', () => {
    const STANDING = [
      { title: 'Welcome and apologies', standing: 'WELCOME', minutesAllotted: 5 },
      { title: 'Minutes of the last meeting and matters arising', standing: 'PREVIOUS_MINUTES' },
      { title: 'Sector activity assessment', standing: 'SECTOR_ASSESSMENT', minutesAllotted: 20 },
    ];
    let groupId: string;
    let meetingId: string;
    let laterId: string;
    let health: string;
    let healthMinutes: string;
    const update = `mutation($id: ID!, $input: MinutesInput!) { updateMinutes(minutesId: $id, input: $input) { version } }`;
    const step = (name: string, extra = '') => `mutation($id: ID!${extra ? ', $at: ID!' : ''}) { ${name}(minutesId: $id${extra}) { status } }`;

    beforeAll(async () => {
      [{ id: groupId }] = await api.db.query(
        `INSERT INTO "group" (partnership_id, name, slug, kind, visibility, standing_agenda) VALUES ($1, 'Health Practitioners', 'health-practitioners', 'WORKING_GROUP', 'PRIVATE', $2) RETURNING id`,
        [p.partnershipId, JSON.stringify(STANDING)],
      );
      await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [groupId, p.member.personId]);
      const meeting = async (startsAt: string) =>
        (await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Health practitioners', $2::timestamptz, $2::timestamptz + interval '2 hours') RETURNING id`, [groupId, startsAt]))[0].id as string;
      meetingId = await meeting('2026-03-03T10:00:00Z');
      laterId = await meeting('2026-04-14T10:00:00Z');
    });

    it('starts the minutes from the standing agenda even if nobody has read the agenda yet', async () => {
      expect(await api.db.query(`SELECT 1 FROM agenda_item WHERE meeting_id = $1`, [meetingId])).toHaveLength(0);
      const res = await as('coordinator', `mutation($m: ID!) { startMinutes(meetingId: $m) { id items { agendaItemId title notes } } }`, { m: meetingId });
      expect(res.data!.startMinutes.items.map((i: { title: string }) => i.title)).toEqual(STANDING.map((i) => i.title));
      expect(res.data!.startMinutes.items.every((i: { agendaItemId: string | null }) => i.agendaItemId)).toBe(true);
      // The agenda read afterwards is the same one, not a second copy of the template.
      const agenda = await as('coordinator', `query($id: ID!) { meeting(id: $id) { agendaItems { id title } minutes { id } } }`, { id: meetingId });
      expect(agenda.data!.meeting.agendaItems.map((i: { id: string }) => i.id)).toEqual(res.data!.startMinutes.items.map((i: { agendaItemId: string }) => i.agendaItemId));
      healthMinutes = res.data!.startMinutes.id;
      health = res.data!.startMinutes.items[2].agendaItemId;
    });

    it('refuses agenda items from another meeting in notes, comments and actions', async () => {
      const foreign = g.itemId;
      const notes = (agendaItemId: string) => ({ items: [{ agendaItemId, title: 'Sector activity assessment', notes: 'Maternity access worsening.' }], decisions: [] });
      const wrongNote = await as('coordinator', update, { id: healthMinutes, input: notes(foreign) });
      expect([codeOf(wrongNote), fieldOf(wrongNote)]).toEqual(['BAD_USER_INPUT', 'agendaItemId']);
      const blankTitle = await as('coordinator', update, { id: healthMinutes, input: { items: [{ title: '   ', notes: '' }], decisions: [] } });
      expect([codeOf(blankTitle), fieldOf(blankTitle)]).toEqual(['BAD_USER_INPUT', 'items.0.title']);
      expect((await as('coordinator', update, { id: healthMinutes, input: notes(health) })).data!.updateMinutes.version).toBe(2);

      const add = `mutation($m: ID!, $input: ActionInput!) { addAction(meetingId: $m, input: $input) { id } }`;
      const wrongAction = await as('coordinator', add, { m: meetingId, input: { title: 'Chase the maternity figures', agendaItemId: foreign } });
      expect([codeOf(wrongAction), fieldOf(wrongAction)]).toEqual(['BAD_USER_INPUT', 'agendaItemId']);
      expect((await as('coordinator', add, { m: meetingId, input: { title: 'Chase the maternity figures', agendaItemId: health } })).data!.addAction.id).toBeTruthy();
      const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM action_item WHERE meeting_id = $1`, [meetingId]);
      expect(n).toBe(1);

      expect((await as('coordinator', step('circulateMinutes'), { id: healthMinutes })).data!.circulateMinutes.status).toBe('CIRCULATED');
      const comment = `mutation($id: ID!, $item: ID) { commentOnMinutes(minutesId: $id, body: "The figures are for Q3.", agendaItemId: $item) { agendaItemId } }`;
      const wrongComment = await as('member', comment, { id: healthMinutes, item: foreign });
      expect([codeOf(wrongComment), fieldOf(wrongComment)]).toEqual(['BAD_USER_INPUT', 'agendaItemId']);
      expect((await as('member', comment, { id: healthMinutes, item: health })).data!.commentOnMinutes).toEqual({ agendaItemId: health });
    });

    it('shows every revision with its author and content; members see those from circulation on', async () => {
      const query = `query($id: ID!) { minutes(id: $id) { status revisions { version status author { name } items { agendaItemId title notes redacted } decisions attendanceNote } } }`;
      const managed = await as('coordinator', query, { id: healthMinutes });
      const revisions = managed.data!.minutes.revisions;
      expect(revisions.map((r: { version: number; status: string }) => [r.version, r.status])).toEqual([[1, 'DRAFT'], [2, 'DRAFT'], [3, 'CIRCULATED']]);
      expect(revisions.every((r: { author: { name: string } }) => r.author.name === 'COORDINATOR of minutes')).toBe(true);
      expect(revisions[0].items.map((i: { notes: string }) => i.notes)).toEqual(['', '', '']);
      expect(revisions[1]).toMatchObject({ items: [{ agendaItemId: health, title: 'Sector activity assessment', notes: 'Maternity access worsening.', redacted: false }], decisions: [], attendanceNote: null });
      // A member is never shown the drafts, and the answer is not lost to an error.
      const member = await as('member', query, { id: healthMinutes });
      expect(member.errors).toBeUndefined();
      expect(member.data!.minutes.revisions.map((r: { version: number }) => r.version)).toEqual([3]);
      expect(member.data!.minutes.revisions[0].items[0].notes).toBe('Maternity access worsening.');
      const [{ author }] = await api.db.query(`SELECT author_person_id AS author FROM minutes_revision WHERE minutes_id = $1 AND version = 2`, [healthMinutes]);
      expect(author).toBe(p.coordinator.personId);
    });

    it('answers a wrong step in the workflow with CONFLICT and says why', async () => {
      // Starting afresh on the later meeting: a draft.
      const draftId = (await as('coordinator', `mutation($m: ID!) { startMinutes(meetingId: $m) { id } }`, { m: laterId })).data!.startMinutes.id;
      const expectConflict = async (res: Awaited<ReturnType<typeof as>>, message: RegExp) => {
        expect(codeOf(res)).toBe('CONFLICT');
        expect(res.errors![0].message).toMatch(message);
      };
      await expectConflict(await as('coordinator', step('approveMinutes', ', atMeetingId: $at'), { id: draftId, at: laterId }), /still a draft\. Circulate them/);
      await expectConflict(await as('coordinator', step('publishMinutes'), { id: draftId }), /still a draft/);
      await expectConflict(await as('coordinator', `mutation($id: ID!) { commentOnMinutes(minutesId: $id, body: "Early") { id } }`, { id: draftId }), /only while minutes are circulated; these minutes are draft/);

      // The circulated minutes of the first meeting.
      await expectConflict(await as('coordinator', step('circulateMinutes'), { id: healthMinutes }), /already been circulated/);
      await expectConflict(await as('coordinator', step('publishMinutes'), { id: healthMinutes }), /not yet approved/);
      expect((await as('coordinator', step('approveMinutes', ', atMeetingId: $at'), { id: healthMinutes, at: laterId })).data!.approveMinutes.status).toBe('APPROVED');
      const edit = { id: healthMinutes, input: { items: [], decisions: [] } };
      await expectConflict(await as('coordinator', update, edit), /approved, so they can no longer be edited/);
      await expectConflict(await as('member', `mutation($id: ID!) { commentOnMinutes(minutesId: $id, body: "Late") { id } }`, { id: healthMinutes }), /these minutes are approved/);
      await expectConflict(await as('coordinator', step('approveMinutes', ', atMeetingId: $at'), { id: healthMinutes, at: laterId }), /already been approved/);
      await expectConflict(await as('coordinator', step('circulateMinutes'), { id: healthMinutes }), /already been circulated: they are approved now/);
      expect((await as('coordinator', step('publishMinutes'), { id: healthMinutes })).data!.publishMinutes.status).toBe('PUBLISHED');
      await expectConflict(await as('coordinator', update, edit), /published, so they can no longer be edited/);
      await expectConflict(await as('coordinator', step('publishMinutes'), { id: healthMinutes }), /already been published/);
      // Nothing moved on the refused steps.
      const [{ version, status }] = await api.db.query(`SELECT version, status FROM minutes WHERE id = $1`, [healthMinutes]);
      expect({ version, status }).toEqual({ version: 5, status: 'PUBLISHED' });
    });

    it('an action’s owner must be able to read the group', async () => {
      const [{ id: acc }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'nadia@minutes.test', 'Nadia Nonmember', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
      const [{ id: nadia }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, acc]);
      const add = `mutation($m: ID!, $input: ActionInput!) { addAction(meetingId: $m, input: $input) { owner { name } } }`;
      for (const owner of [nadia, other.member.personId, '00000000-0000-4000-8000-000000000000']) {
        const res = await as('coordinator', add, { m: meetingId, input: { title: 'Book the venue', ownerPersonId: owner } });
        expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'ownerPersonId']);
      }
      const blank = await as('coordinator', add, { m: meetingId, input: { title: '   ' } });
      expect([codeOf(blank), fieldOf(blank)]).toEqual(['BAD_USER_INPUT', 'title']);
      // A coordinator reads every group, so may own its actions without being a member.
      expect((await as('admin', add, { m: meetingId, input: { title: 'Book the venue', ownerPersonId: p.coordinator.personId } })).data!.addAction.owner).toEqual({ name: 'COORDINATOR of minutes' });
      const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM action_item WHERE owner_person_id = $1 OR title = ''`, [nadia]);
      expect(n).toBe(0);
    });

    it('audits who changed an action’s status; a note alone is progress, not an audit event', async () => {
      const add = `mutation($m: ID!, $input: ActionInput!) { addAction(meetingId: $m, input: $input) { id } }`;
      const id = (await as('coordinator', add, { m: meetingId, input: { title: 'Collect maternity referral figures', ownerPersonId: p.member.personId } })).data!.addAction.id;
      const updateAction = `mutation($id: ID!, $input: ActionUpdateInput!) { updateAction(id: $id, input: $input) { status } }`;
      await as('member', updateAction, { id, input: { note: 'Asked two trusts.' } });
      await as('member', updateAction, { id, input: { status: 'IN_PROGRESS' } });
      await as('member', updateAction, { id, input: { status: 'IN_PROGRESS', note: 'Still waiting on one.' } });
      await as('coordinator', updateAction, { id, input: { status: 'DONE' } });
      const audit = await api.db.query(`SELECT action, actor_person_id AS "actor", detail FROM audit_event WHERE subject_id = $1 ORDER BY created_at`, [id]);
      expect(audit).toEqual([
        { action: 'action.status-changed', actor: p.member.personId, detail: { from: 'OPEN', to: 'IN_PROGRESS', meetingId } },
        { action: 'action.status-changed', actor: p.coordinator.personId, detail: { from: 'IN_PROGRESS', to: 'DONE', meetingId } },
      ]);
    });
  });
});
