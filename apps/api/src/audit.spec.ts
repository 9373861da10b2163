import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const LOG = `query($first: Int, $after: String, $action: String, $subjectId: ID) {
  auditLog(first: $first, after: $after, action: $action, subjectId: $subjectId) { nodes { action subjectType subjectId detail createdAt actor { name } } pageInfo { hasNextPage endCursor } } }`;

describe('the audit log', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token: Record<string, string> = {};
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'audit');
    const other = await seedPartnership(api.db, 'audit-other');
    for (const [who, person] of [['admin', p.admin], ['coordinator', p.coordinator], ['member', p.member], ['otherAdmin', other.admin]] as const) {
      token[who] = (await gql(api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
  });
  afterAll(() => api.close());

  it('shows admins who changed a group’s membership and a person’s role, newest first, page by page', async () => {
    const group = (await as('coordinator', `mutation { createGroup(input: { name: "Health Access Working Group", kind: WORKING_GROUP, visibility: PRIVATE }) { id } }`)).data!.createGroup.id;
    await as('coordinator', `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: SECRETARY) { id } }`, { g: group, p: p.member.personId });
    await as('admin', `mutation($p: ID!) { setPersonRole(personId: $p, role: COORDINATOR) { role } }`, { p: p.member.personId });

    const first = await as('admin', LOG, { first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data!.auditLog.nodes.map((e: { action: string }) => e.action)).toEqual(['person.role-changed', 'group.member-set']);
    expect(first.data!.auditLog.nodes[0]).toMatchObject({ subjectType: 'person', subjectId: p.member.personId, actor: { name: 'ADMIN of audit' } });
    expect(JSON.parse(first.data!.auditLog.nodes[0].detail)).toEqual({ from: 'MEMBER', to: 'COORDINATOR' });
    expect(first.data!.auditLog.nodes[1]).toMatchObject({ subjectId: group, actor: { name: 'COORDINATOR of audit' } });
    expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);

    const rest = await as('admin', LOG, { first: 10, after: first.data!.auditLog.pageInfo.endCursor });
    expect(rest.data!.auditLog.nodes.map((e: { action: string }) => e.action)).toContain('group.created');
    expect(rest.data!.auditLog.nodes.map((e: { action: string }) => e.action)).not.toContain('person.role-changed');
    const filtered = await as('admin', LOG, { action: 'group.member-set', subjectId: group });
    expect(filtered.data!.auditLog.nodes).toHaveLength(1);
  });

  it('is for admins only, and never shows another partnership’s events', async () => {
    for (const who of ['coordinator', 'member']) expect(codeOf(await as(who, LOG))).toBe('FORBIDDEN');
    expect(codeOf(await gql(api.url, LOG, {}))).toBe('UNAUTHENTICATED');
    const theirs = await as('otherAdmin', LOG, { first: 100 });
    expect(theirs.data!.auditLog.nodes.filter((e: { subjectId: string }) => e.subjectId === p.member.personId)).toEqual([]);
    expect(codeOf(await as('admin', LOG, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });
});
