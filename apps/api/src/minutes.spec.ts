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
    const update = `mutation($id: ID!, $input: MinutesInput!) { updateMinutes(minutesId: $id, input: $input) { version decisions items { notes redacted } } }`;
    const input = {
      items: [{ agendaItemId: g.itemId, title: 'Sector activity assessment', notes: 'Destitution referrals up 20% since autumn.', redacted: false }, { title: 'Confidential case', notes: 'Named family.', redacted: true }],
      decisions: ['Write to the Home Office about move-on periods.'],
    };
    const res = await as('admin', update, { id: minutesId, input });
    expect(res.data!.updateMinutes).toMatchObject({ version: 2, decisions: input.decisions });
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
    expect(codeOf(edit)).toBe('BAD_USER_INPUT');
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
});
