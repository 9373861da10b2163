import { createHash } from 'node:crypto';
import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const VIEWER_CAN = `query($id: ID!) { group(id: $id) { viewerCan { edit manageMembers archive createForum contribute } forum { id viewerCan { post moderate manageMembers invite } } } }`;
const INVITE = `mutation($input: InviteToGroupInput!) { inviteToGroup(input: $input) { id email status } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token me { id } } }`;

describe('group screens’ operations: viewerCan, inviting into a group, archiving, a person’s groups and forums', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token: Record<string, string> = {};
  const personId: Record<string, string> = {};
  let groupId: string;
  let privateGroupId: string;

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });
  const data = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(who, query, variables);
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const setMember = (g: string, who: string, role: string) =>
    data('coordinator', `mutation($g: ID!, $p: ID!, $r: GroupRole!) { setGroupMember(groupId: $g, personId: $p, role: $r) { id } }`, { g, p: personId[who], r: role });

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'group-admin');
    for (const who of ['admin', 'coordinator', 'member'] as const) personId[who] = p[who].personId;
    for (const who of ['chair', 'observer', 'bystander']) {
      const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $2, password_hash FROM account WHERE id = $3 RETURNING id`, [
        `${who}@group-admin.test`,
        `The ${who}`,
        p.member.accountId,
      ]);
      personId[who] = (await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]))[0].id;
    }
    for (const who of ['admin', 'coordinator', 'member', 'chair', 'observer', 'bystander']) {
      const email = ['admin', 'coordinator', 'member'].includes(who) ? p[who as 'admin'].email : `${who}@group-admin.test`;
      token[who] = (await gql(api.url, SIGN_IN, { input: { email, password: p.member.password } })).data!.signIn.token;
    }
    groupId = (await data('coordinator', `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input: { name: 'Health Access Working Group', kind: 'WORKING_GROUP', visibility: 'PARTNERSHIP' } })).createGroup.id;
    privateGroupId = (await data('coordinator', `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input: { name: 'Destitution Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE' } })).createGroup.id;
    await setMember(groupId, 'chair', 'CHAIR');
    await setMember(groupId, 'member', 'MEMBER');
    await setMember(groupId, 'observer', 'OBSERVER');
    await setMember(privateGroupId, 'member', 'MEMBER');
  });
  afterAll(() => api.close());

  it('says what each role may do with a group, before and after it has a forum', async () => {
    const can = async (who: string) => (await data(who, VIEWER_CAN, { id: groupId })).group.viewerCan;
    expect(await can('coordinator')).toEqual({ edit: true, manageMembers: true, archive: true, createForum: true, contribute: true });
    expect(await can('admin')).toEqual({ edit: true, manageMembers: true, archive: true, createForum: true, contribute: true });
    expect(await can('chair')).toEqual({ edit: true, manageMembers: true, archive: false, createForum: true, contribute: true });
    expect(await can('member')).toEqual({ edit: false, manageMembers: false, archive: false, createForum: false, contribute: true });
    expect(await can('observer')).toEqual({ edit: false, manageMembers: false, archive: false, createForum: false, contribute: false });
    expect(await can('bystander')).toEqual({ edit: false, manageMembers: false, archive: false, createForum: false, contribute: false });

    await data('chair', `mutation($g: ID!) { createForum(name: "Health access", groupId: $g) { id } }`, { g: groupId });
    expect((await can('chair')).createForum).toBe(false);
    expect((await can('coordinator')).createForum).toBe(false);
  });

  it('says who may create a group or a forum of its own in the partnership', async () => {
    const can = async (who: string) => (await data(who, `{ me { partnership { viewerCan { createGroup createForum } } } }`)).me.partnership.viewerCan;
    expect(await can('admin')).toEqual({ createGroup: true, createForum: true });
    expect(await can('coordinator')).toEqual({ createGroup: true, createForum: true });
    // A chair manages their group, not the partnership.
    expect(await can('chair')).toEqual({ createGroup: false, createForum: false });
    expect(await can('member')).toEqual({ createGroup: false, createForum: false });
  });

  it('says what each role may do in the group’s forum; outsiders to it do not see it', async () => {
    const forum = async (who: string) => (await data(who, VIEWER_CAN, { id: groupId })).group.forum;
    expect((await forum('coordinator')).viewerCan).toEqual({ post: true, moderate: true, manageMembers: true, invite: true });
    expect((await forum('chair')).viewerCan).toEqual({ post: true, moderate: true, manageMembers: true, invite: true });
    expect((await forum('member')).viewerCan).toEqual({ post: true, moderate: false, manageMembers: false, invite: false });
    expect((await forum('observer')).viewerCan).toEqual({ post: false, moderate: false, manageMembers: false, invite: false });
    expect(await forum('bystander')).toBeNull();
  });

  it('invites someone new straight into the group; accepting makes them a member with the role', async () => {
    expect(codeOf(await as('member', INVITE, { input: { groupId, email: 'new.member@example.org' } }))).toBe('NOT_FOUND');
    expect(codeOf(await as('bystander', INVITE, { input: { groupId: privateGroupId, email: 'new.member@example.org' } }))).toBe('NOT_FOUND');
    const invited = await data('chair', INVITE, { input: { groupId, email: 'New.Member@example.org', role: 'OBSERVER', organisationId: p.organisationId } });
    expect(invited.inviteToGroup).toMatchObject({ email: 'new.member@example.org', status: 'PENDING' });
    const [row] = await api.db.query(`SELECT group_id, group_role, role FROM invitation WHERE id = $1`, [invited.inviteToGroup.id]);
    expect(row).toEqual({ group_id: groupId, group_role: 'OBSERVER', role: 'MEMBER' });

    // The worker mints the token when it emails it; stand in for it here.
    const secret = `cvi_${'G'.repeat(43)}`;
    await api.db.query(`UPDATE invitation SET token_hash = $2 WHERE id = $1`, [invited.inviteToGroup.id, createHash('sha256').update(secret).digest('hex')]);
    const preview = await gql(api.url, `query($t: String!) { invitationPreview(token: $t) { role groupName groupRole } }`, { t: secret });
    expect(preview.data!.invitationPreview).toEqual({ role: 'MEMBER', groupName: 'Health Access Working Group', groupRole: 'OBSERVER' });
    const accepted = await gql(api.url, ACCEPT, { input: { token: secret, name: 'Nadia Rahman', password: 'Heron quarry lantern 42' } });
    expect(accepted.errors).toBeUndefined();
    token.newcomer = accepted.data!.acceptInvitation.token;
    const me = (personId.newcomer = accepted.data!.acceptInvitation.me.id);
    const mine = await data('newcomer', `query($id: ID!) { person(id: $id) { groupMemberships { role organisation { id } group { id name } } forums { id } } }`, { id: me });
    expect(mine.person.groupMemberships).toEqual([{ role: 'OBSERVER', organisation: { id: p.organisationId }, group: { id: groupId, name: 'Health Access Working Group' } }]);
    expect(mine.person.forums).toHaveLength(1);
    const viaMe = await data('newcomer', `{ me { groupMemberships { role group { id } } forums { id } } }`);
    expect(viaMe.me).toEqual({ groupMemberships: [{ role: 'OBSERVER', group: { id: groupId } }], forums: mine.person.forums });
  });

  it('sends nothing to someone already in the partnership, and names them so they can be added instead', async () => {
    const before = (await api.db.query(`SELECT count(*)::int AS n FROM invitation`))[0].n;
    const res = await as('coordinator', INVITE, { input: { groupId, email: 'BYSTANDER@group-admin.test' } });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions).toMatchObject({ field: 'email', personId: personId.bystander });
    expect(res.errors![0].message).toMatch(/already has an account/);
    const partnershipWide = await as('coordinator', `mutation { inviteByEmail(input: { email: "member@group-admin.test" }) { id } }`);
    expect(codeOf(partnershipWide)).toBe('CONFLICT');
    expect((await api.db.query(`SELECT count(*)::int AS n FROM invitation`))[0].n).toBe(before);
  });

  it('shows a person’s groups and forums only as far as the reader may see them', async () => {
    const query = `query($id: ID!) { person(id: $id) { groupMemberships { group { name } role } forums { name } } }`;
    const byMember = (await data('member', query, { id: personId.member })).person;
    expect(byMember.groupMemberships.map((m: { group: { name: string } }) => m.group.name)).toEqual(['Destitution Steering Group', 'Health Access Working Group']);
    expect(byMember.forums).toEqual([{ name: 'Health access' }]);
    const byBystander = (await data('bystander', query, { id: personId.member })).person;
    expect(byBystander.groupMemberships).toEqual([{ group: { name: 'Health Access Working Group' }, role: 'MEMBER' }]);
    expect(byBystander.forums).toEqual([]);
  });

  it('finds people by their organisation’s name as well as their own', async () => {
    const found = await data('member', `{ people(first: 10, search: "charity group-ADMIN") { nodes { id } } }`);
    expect(found.people.nodes.map((n: { id: string }) => n.id).sort()).toEqual([personId.admin, personId.coordinator, personId.member, personId.newcomer].sort());
    const byName = await data('member', `{ people(first: 10, search: "the chair") { nodes { id } } }`);
    expect(byName.people.nodes).toEqual([{ id: personId.chair }]);
  });

  it('coordinators archive a group: it leaves the list and the planning, and can be restored', async () => {
    const ARCHIVE = `mutation($id: ID!, $a: Boolean!) { archiveGroup(id: $id, archived: $a) { id archivedAt } }`;
    expect(codeOf(await as('chair', ARCHIVE, { id: groupId, a: true }))).toBe('FORBIDDEN');
    const archived = await data('coordinator', ARCHIVE, { id: groupId, a: true });
    expect(archived.archiveGroup.archivedAt).toEqual(expect.any(String));
    const names = async (includeArchived: boolean) => (await data('coordinator', `query($i: Boolean!) { groups(includeArchived: $i) { id } }`, { i: includeArchived })).groups.map((g: { id: string }) => g.id);
    expect(await names(false)).not.toContain(groupId);
    expect(await names(true)).toContain(groupId);
    const audit = await api.db.query(`SELECT action FROM audit_event WHERE subject_id = $1 AND action LIKE 'group.%' ORDER BY created_at`, [groupId]);
    expect(audit.map((a: { action: string }) => a.action)).toContain('group.archived');
    await data('coordinator', ARCHIVE, { id: groupId, a: false });
    expect(await names(false)).toContain(groupId);
  });
});
