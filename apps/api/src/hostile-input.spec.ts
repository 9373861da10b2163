import { codeOf, gql, postGraphQL, seedPartnership, type GraphQLResponse, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

/** Hostile input always gets a 4xx or a coded GraphQL error: never a 500, never a stack trace. */
function expectCleanRefusal(res: GraphQLResponse, code?: string) {
  expect(res.status).toBeLessThan(500);
  expect(res.errors?.length).toBeGreaterThan(0);
  expect(res.errors![0].extensions?.code).toEqual(code ?? expect.any(String));
  expect(JSON.stringify(res.raw)).not.toMatch(/stacktrace|node_modules|\.ts:\d+|\bat \w+ \(/i);
}

describe('hostile input', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  let admin: string;
  let coordinator: string;
  let member: string;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'hostile');
    other = await seedPartnership(api.db, 'elsewhere');
    const signIn = async (email: string, password: string) =>
      (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
    admin = await signIn(p.admin.email, p.admin.password);
    coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    member = await signIn(p.member.email, p.member.password);
  });
  afterAll(() => api.close());

  it('refuses a query nested 50 deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 50; i++) selection = `organisation { ${selection} }`;
    expectCleanRefusal(await gql(api.url, `{ people { nodes { ${selection} } } }`, {}, { token: member }), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses 500 aliases', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: me { id }`).join(' ');
    expectCleanRefusal(await gql(api.url, `{ ${aliases} }`, {}, { token: member }), 'GRAPHQL_VALIDATION_FAILED');
    // Aliased sign-in attempts cannot multiply password guesses either.
    const guesses = Array.from({ length: 100 }, (_, i) => `g${i}: signIn(input: { email: "${p.admin.email}", password: "guess-${i}" }) { token }`).join(' ');
    expectCleanRefusal(await gql(api.url, `mutation { ${guesses} }`), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a batched array, a non-JSON body, a simple (CSRF-able) request and an oversized body', async () => {
    const batched = await postGraphQL(api.url, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }], { token: member });
    expectCleanRefusal(batched, 'BAD_REQUEST');
    expectCleanRefusal(await postGraphQL(api.url, '{"query": "{ me { id } ', { token: member }), 'BAD_REQUEST');
    expectCleanRefusal(await postGraphQL(api.url, JSON.stringify({ query: '{ me { id } }' }), { token: member, headers: { 'content-type': 'text/plain' } }), 'BAD_REQUEST');
    expectCleanRefusal(await postGraphQL(api.url, { query: `{ me { id } } # ${'x'.repeat(300_000)}` }, { token: member }), 'BAD_REQUEST');
  });

  it('answers expired, reused, revoked and guessed invitation tokens alike', async () => {
    const create = `mutation { createInvitationLink(input: { maxUses: 1 }) { token invitation { id } } }`;
    const accept = (token: string, email: string) =>
      gql(api.url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, { i: { token, email, name: 'Someone', password: 'a long enough password' } });

    const used = (await gql(api.url, create, {}, { token: coordinator })).data!.createInvitationLink;
    expect((await accept(used.token, 'first@example.org')).data).toEqual({ acceptInvitation: null });
    const expired = (await gql(api.url, create, {}, { token: coordinator })).data!.createInvitationLink;
    await api.db.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.invitation.id]);
    const revoked = (await gql(api.url, create, {}, { token: coordinator })).data!.createInvitationLink;
    await gql(api.url, `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`, { id: revoked.invitation.id }, { token: coordinator });

    const answers = await Promise.all(
      [used.token, expired.token, revoked.token, `cvi_${'A'.repeat(43)}`, 'cvi_short', '', "' OR 1=1 --", 'x'.repeat(5000)].map((token, i) => accept(token, `try${i}@example.org`)),
    );
    for (const res of answers) expectCleanRefusal(res, 'BAD_USER_INPUT');
    expect(new Set(answers.map((r) => r.errors![0].message)).size).toBe(1);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM account WHERE email LIKE 'try%@example.org'`);
    expect(n).toBe(0);
  });

  it('refuses malformed ids with BAD_USER_INPUT, and others’ ids exactly like missing ones', async () => {
    for (const id of ['not-a-uuid', '', "1' OR '1'='1", 'x'.repeat(10_000)]) {
      expectCleanRefusal(await gql(api.url, `query($id: ID!) { person(id: $id) { id } }`, { id }, { token: admin }), 'BAD_USER_INPUT');
      expectCleanRefusal(await gql(api.url, `mutation($id: ID!) { deactivatePerson(personId: $id) { id } }`, { id }, { token: admin }), 'BAD_USER_INPUT');
    }
    const theirs = await gql(api.url, `query($id: ID!) { organisation(id: $id) { id } }`, { id: other.organisationId }, { token: admin });
    const nobody = await gql(api.url, `query($id: ID!) { organisation(id: $id) { id } }`, { id: '8f1c5a52-0d3e-4b7e-9a51-3d0f2b7c9e11' }, { token: admin });
    expectCleanRefusal(theirs, 'NOT_FOUND');
    expect(theirs.errors![0].message).toBe(nobody.errors![0].message);
  });

  it('does not let anyone set their own role', async () => {
    const own = await gql(api.url, `mutation($id: ID!) { setPersonRole(personId: $id, role: MEMBER) { role } }`, { id: p.admin.personId }, { token: admin });
    expectCleanRefusal(own, 'FORBIDDEN');
    const promote = await gql(api.url, `mutation($id: ID!) { setPersonRole(personId: $id, role: ADMIN) { role } }`, { id: p.member.personId }, { token: member });
    expectCleanRefusal(promote, 'FORBIDDEN');
    const roles = await api.db.query(`SELECT role FROM person WHERE id = ANY($1) ORDER BY role`, [[p.admin.personId, p.member.personId]]);
    expect(roles).toEqual([{ role: 'ADMIN' }, { role: 'MEMBER' }]);
  });

  it('caps page sizes and rejects forged cursors', async () => {
    expectCleanRefusal(await gql(api.url, `{ people(first: 1000) { nodes { id } } }`, {}, { token: member }), 'BAD_USER_INPUT');
    expectCleanRefusal(await gql(api.url, `{ people(after: "not-a-cursor") { nodes { id } } }`, {}, { token: member }), 'BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['a', "x' OR 1=1"])).toString('base64url');
    expectCleanRefusal(await gql(api.url, `query($c: String) { people(after: $c) { nodes { id } } }`, { c: forged }, { token: member }), 'BAD_USER_INPUT');
  });

  it('pages through people without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: GraphQLResponse = await gql(api.url, `query($a: String) { people(first: 2, after: $a) { nodes { id } pageInfo { endCursor hasNextPage } } }`, { a: after }, { token: member });
      seen.push(...res.data!.people.nodes.map((n: { id: string }) => n.id));
      if (!res.data!.people.pageInfo.hasNextPage) break;
      after = res.data!.people.pageInfo.endCursor;
    }
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM person WHERE partnership_id = $1 AND deactivated_at IS NULL`, [p.partnershipId]);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  it('keeps members out of admin work', async () => {
    expect(codeOf(await gql(api.url, `mutation { createInvitationLink(input: {}) { token } }`, {}, { token: member }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(api.url, `mutation { createInvitationLink(input: { role: ADMIN }) { token } }`, {}, { token: coordinator }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(api.url, `mutation { createOrganisation(input: { name: "X Org", kind: CHARITY }) { id } }`, {}, { token: coordinator }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(api.url, `{ invitations { nodes { id } } }`, {}, { token: member }))).toBe('FORBIDDEN');
  });

  it('refuses doubling fragments and fragment cycles in milliseconds, with HTTP 400', async () => {
    const levels = Array.from({ length: 25 }, (_, i) => `fragment G${i + 1} on Query { ...G${i} ...G${i} }`).join(' ');
    const doubling = `{ ...G25 } fragment G0 on Query { __typename } ${levels}`;
    const cycle = `query { me { ...A } } fragment A on Me { ...B } fragment B on Me { ...A }`;
    for (const [query, token] of [[doubling, undefined], [doubling, member], [cycle, member]] as const) {
      const started = Date.now();
      const res = await gql(api.url, query, {}, { token });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(res.status).toBe(400);
      expectCleanRefusal(res, expect.stringMatching(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/) as unknown as string);
    }
  });

  it('counts list sizes in the cost of a request, and bounds a group’s meetings window', async () => {
    const group = (await gql(api.url, `mutation { createGroup(input: { name: "Hostile Steering Group", kind: STEERING_GROUP, visibility: PARTNERSHIP }) { id } }`, {}, { token: coordinator })).data!.createGroup.id as string;
    const window = `from: "2000-01-01T00:00:00Z", until: "2100-01-01T00:00:00Z"`;
    const fanOut = Array.from({ length: 30 }, (_, i) => `a${i}: groups { meetings(${window}) { id title group { meetings(${window}) { id attendance { person { name } } } } } }`).join(' ');
    const refused = await gql(api.url, `{ ${fanOut} }`, {}, { token: member });
    expectCleanRefusal(refused, 'BAD_USER_INPUT');
    expect(refused.status).toBe(400);
    expect(refused.errors![0].message).toMatch(/too complex/);

    const meetings = (from: string, until: string) => gql(api.url, `query($id: ID!, $from: DateTime, $until: DateTime) { group(id: $id) { meetings(from: $from, until: $until) { id } } }`, { id: group, from, until }, { token: member });
    const wide = await meetings('2000-01-01T00:00:00Z', '2100-01-01T00:00:00Z');
    expectCleanRefusal(wide, 'BAD_USER_INPUT');
    expect(wide.errors![0].extensions?.field).toBe('until');
    const backwards = await meetings('2026-06-01T00:00:00Z', '2026-01-01T00:00:00Z');
    expectCleanRefusal(backwards, 'BAD_USER_INPUT');
    expect(backwards.errors![0].extensions?.field).toBe('from');
    const year = await meetings('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(year.errors).toBeUndefined();
    expect(Array.isArray(year.data!.group.meetings)).toBe(true);
  });

  it('refuses dates that are not dates, in literals, variables and input fields', async () => {
    const answers = [
      await gql(api.url, `{ groups { meetings(from: "yesterday") { id } } }`, {}, { token: member }),
      await gql(api.url, `{ groups { meetings(from: 1e20) { id } } }`, {}, { token: member }),
      await gql(api.url, `query($f: DateTime) { groups { meetings(from: $f) { id } } }`, { f: 'not a date' }, { token: member }),
      await gql(api.url, `query($f: DateTime) { groups { meetings(from: $f) { id } } }`, { f: 1e20 }, { token: member }),
      await gql(api.url, `query($f: DateTime) { groups { meetings(from: $f) { id } } }`, { f: '2026-02-31T25:00:00Z' }, { token: member }),
      await gql(api.url, `mutation($i: GroupInput!) { createGroup(input: $i) { id } }`, { i: { name: 'Dated Group', kind: 'BOARD', visibility: 'PRIVATE', cadenceStart: 'soon' } }, { token: coordinator }),
    ];
    for (const res of answers) {
      expectCleanRefusal(res, 'BAD_USER_INPUT');
      expect(res.status).toBe(400);
    }
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM "group" WHERE name = 'Dated Group'`);
    expect(n).toBe(0);
  });

  it('answers variables that do not fit their types with HTTP 400', async () => {
    const meeting = `query($id: ID!) { meeting(id: $id) { id } }`;
    const cases: [string, Record<string, unknown>][] = [
      [meeting, {}],
      [meeting, { id: null }],
      [meeting, { id: { a: 1 } }],
      [`mutation($r: PartnershipRole!) { setPersonRole(personId: "${p.member.personId}", role: $r) { role } }`, { r: 'GOD' }],
      [`query($f: Int) { people(first: $f) { nodes { id } } }`, { f: 1e20 }],
      [`query($f: Int) { people(first: $f) { nodes { id } } }`, { f: 1.5 }],
      [`mutation($ids: [ID!]!) { reorderAgenda(meetingId: "${p.partnershipId}", itemIds: $ids) }`, { ids: [['a', ['b']]] }],
    ];
    for (const [query, variables] of cases) {
      const res = await gql(api.url, query, variables, { token: coordinator });
      expectCleanRefusal(res, 'BAD_USER_INPUT');
      expect([query, res.status]).toEqual([query, 400]);
    }
  });

  it('refuses NUL characters in any string, before they reach PostgreSQL', async () => {
    const nul = 'x\u0000y';
    const cases: [string, Record<string, unknown>, string | undefined][] = [
      [`mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: `a@b.c${'\u0000'}`, password: 'a long enough password' } }, undefined],
      [`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: `a${'\u0000'}@b.c` }, undefined],
      [`query($s: String!) { publicGroup(partnershipSlug: $s, groupSlug: "g") { name } }`, { s: nul }, undefined],
      [`query($s: String) { people(search: $s) { nodes { id } } }`, { s: nul }, member],
      [`{ people(search: "x\\u0000") { nodes { id } } }`, {}, member],
      [`mutation { createGroup(input: { name: "Nul\\u0000 Group", kind: BOARD, visibility: PRIVATE }) { id } }`, {}, coordinator],
      [`mutation($i: AgendaItemInput!) { addAgendaItem(meetingId: "${p.partnershipId}", input: $i) { id } }`, { i: { title: 'Item', description: nul } }, coordinator],
      [`mutation($b: String!) { createPost(threadId: "${p.partnershipId}", clientId: "c1", body: $b) { id } }`, { b: nul }, member],
      [`query($s: String) { people(search: $s) { nodes { id } } }`, { [nul]: 'key with a NUL', s: 'ok' }, member],
    ];
    for (const [query, variables, token] of cases) {
      const res = await gql(api.url, query, variables, { token });
      expectCleanRefusal(res, 'BAD_USER_INPUT');
      expect([query, res.status]).toEqual([query, 400]);
    }
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM "group" WHERE name LIKE 'Nul%'`);
    expect(n).toBe(0);
  });

  it('answers HTTP addresses holding control characters with 400', async () => {
    for (const path of ['/public/a%00/b', '/calendar/x%00.ics', '/email/preferences/t%0Aoken', '/health?x=%00', '/graphql?query=%7Bme%7Bid%7D%7D%00']) {
      const res = await fetch(`${api.url}${path}`);
      expect([path, res.status]).toEqual([path, 400]);
      expect(await res.text()).not.toMatch(/statusCode|stack/);
    }
    expect((await fetch(`${api.url}/public/a/b`)).status).toBe(404);
  });

  it('names the argument at fault when an id is malformed', async () => {
    const res = await gql(api.url, `mutation { switchPartnership(partnershipId: "bad") { token } }`, {}, { token: member });
    expectCleanRefusal(res, 'BAD_USER_INPUT');
    expect(res.errors![0].extensions?.field).toBe('partnershipId');
  });
});
