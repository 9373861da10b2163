import { buildClientSchema, getIntrospectionQuery, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { AccessService, GUEST_OPERATIONS, Permission } from '@convene/access';
import { REMEMBER_FORUM_JOINERS } from '@convene/data-source';
import { confirmationTokenFor, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { token } }`;

/**
 * Forum guests see exactly their forums and nothing else: every GraphQL operation, nested
 * fields, search, mentions, the bank and public pages, and who the worker may email.
 */
describe('forum guests', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let coordinator: string;
  let member: string;
  let guest: string;
  let guestId: string;
  let forum: string;
  let closedForum: string;
  let thread: string;
  let closedThread: string;
  let meeting: string;

  const as = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token });
  const signIn = async (email: string, password: string) => (await gql(api.url, SIGN_IN, { i: { email, password } })).data!.signIn.token as string;
  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  /** Joins through the forum's shareable link, as someone new would, and returns their token. */
  async function joinByLink(link: string, email: string, organisation: string | null): Promise<string> {
    const accepted = await gql(api.url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, { i: { token: link, email, name: `Guest ${email}`, password: 'lantern orchard velvet', organisation } });
    expect(accepted.errors).toBeUndefined();
    const confirmed = await gql(api.url, `mutation($t: String!) { confirmEmail(token: $t) { token } }`, { t: await confirmationTokenFor(api.db, email) });
    expect(confirmed.errors).toBeUndefined();
    return confirmed.data!.confirmEmail.token;
  }

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: '1000', LOG_LEVEL: 'error' });
    p = await seedPartnership(api.db, 'guests');
    coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    member = await signIn(p.member.email, p.member.password);
    await api.db.query(`UPDATE person SET job_title = 'Caseworker' WHERE id = $1`, [p.member.personId]);
    forum = (await as(coordinator, `mutation { createForum(name: "Sector forum") { id } }`)).data!.createForum.id;
    closedForum = (await as(coordinator, `mutation { createForum(name: "Steering only") { id } }`)).data!.createForum.id;
    await as(coordinator, `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forum, p: p.member.personId });
    thread = (await as(member, `mutation($f: ID!) { createThread(forumId: $f, title: "Hotel moves", body: "Evictions from the hotel this week", clientId: "g-1") { id } }`, { f: forum })).data!.createThread.id;
    closedThread = (await as(coordinator, `mutation($f: ID!) { createThread(forumId: $f, title: "Budget", body: "Evictions budget for the steering group", clientId: "g-2") { id } }`, { f: closedForum })).data!.createThread.id;
    const [group] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Open group', 'open-group', 'WORKING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    [{ id: meeting }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', now() + interval '3 days', now() + interval '3 days 1 hour') RETURNING id`, [group.id]);
    await api.db.query(`INSERT INTO resource (partnership_id, title, summary, type, year, visibility) VALUES ($1, 'Partnership-only report', 'Members only.', 'REPORT', 2024, 'PARTNERSHIP')`, [p.partnershipId]);

    const link = (await as(coordinator, `mutation($f: ID!) { createInvitationLink(input: { forumId: $f, maxUses: 5 }) { token } }`, { f: forum })).data!.createInvitationLink.token;
    guest = await joinByLink(link, 'guest@guests.test', '  Walsall   Refugee Support ');
    guestId = (await as(guest, `{ me { id } }`)).data!.me.id;
  });
  afterAll(() => api.close());

  it('a forum link makes someone new a guest of that forum, with the organisation they typed', async () => {
    const me = await as(guest, `{ me { role email organisationName forums { id } groupMemberships { group { id } } } }`);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toEqual({ role: 'GUEST', email: 'guest@guests.test', organisationName: 'Walsall Refugee Support', forums: [{ id: forum }], groupMemberships: [] });
    const [audit] = await api.db.query(`SELECT detail FROM audit_event WHERE action = 'person.joined' AND subject_id = $1`, [guestId]);
    expect(audit.detail.role).toBe('GUEST');
  });

  it('the upgrade remembers who joined through a forum invitation before guests existed; they stay members', async () => {
    const [{ id: invitation }] = await api.db.query(
      `INSERT INTO invitation (partnership_id, kind, role, forum_id, created_by_person_id, expires_at, max_uses, uses) VALUES ($1, 'LINK', 'MEMBER', $2, $3, now(), 5, 1) RETURNING id`,
      [p.partnershipId, forum, p.coordinator.personId],
    );
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'earlier@guests.test', 'Earlier Joiner', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    const [{ id: earlier }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    await api.db.query(`INSERT INTO audit_event (partnership_id, actor_person_id, action, subject_type, subject_id, detail) VALUES ($1, $2, 'person.joined', 'person', $2, jsonb_build_object('invitationId', $3::text, 'role', 'MEMBER'))`, [p.partnershipId, earlier, invitation]);
    await api.db.query(REMEMBER_FORUM_JOINERS);
    const [row] = await api.db.query(`SELECT role, joined_through_forum_id AS forum FROM person WHERE id = $1`, [earlier]);
    expect(row).toEqual({ role: 'MEMBER', forum });
    // Nobody else is touched: the seeded member joined without a forum invitation.
    const [member] = await api.db.query(`SELECT joined_through_forum_id AS forum FROM person WHERE id = $1`, [p.member.personId]);
    expect(member.forum).toBeNull();
    await api.db.query(`UPDATE person SET deactivated_at = now() WHERE id = $1`, [earlier]);
  });

  it('every operation outside the guest list answers FORBIDDEN to a guest, and the list names only real operations', async () => {
    const schema: GraphQLSchema = buildClientSchema((await as(coordinator, getIntrospectionQuery())).data as unknown as IntrospectionQuery);
    const roots = { Query: schema.getQueryType()!, Mutation: schema.getMutationType()! };
    const real = new Set<string>();
    for (const [name, type] of Object.entries(roots)) for (const field of Object.keys(type.getFields())) real.add(`${name}.${field}`);
    for (const [typeName, type] of Object.entries(schema.getTypeMap())) if ('getFields' in type && !typeName.startsWith('__')) for (const f of Object.keys((type as { getFields(): object }).getFields())) real.add(`${typeName}.${f}`);
    expect([...GUEST_OPERATIONS].filter((key) => !real.has(key))).toEqual([]);

    const refusedWrongly: string[] = [];
    let asked = 0;
    for (const [rootName, type] of Object.entries(roots)) {
      for (const field of Object.values(type.getFields())) {
        const key = `${rootName}.${field.name}`;
        if (GUEST_OPERATIONS.has(key)) continue;
        const variables: Record<string, unknown> = {};
        const defs = field.args.map((a, i) => {
          variables[`a${i}`] = placeholder(a.type);
          return `$a${i}: ${a.type.toString()}`;
        });
        const call = field.args.map((a, i) => `${a.name}: $a${i}`).join(', ');
        const selection = selectionFor(getNamedType(field.type));
        const text = `${rootName === 'Query' ? 'query' : 'mutation'}${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`;
        const res = await as(guest, text, variables);
        asked++;
        if (code(res) !== 'FORBIDDEN') refusedWrongly.push(`${key}: ${code(res) ?? 'answered'}`);
      }
    }
    expect(asked).toBeGreaterThan(100);
    expect(refusedWrongly).toEqual([]);
  });

  it('nested fields show a guest names only: no emails, job titles, organisations, groups or agenda items', async () => {
    const res = await as(
      guest,
      `query($f: ID!) { forum(id: $f) { members { guest person { id name email jobTitle organisation { name } organisationName groupMemberships { group { id } } affiliations { id } } } } }`,
      { f: forum },
    );
    expect(res.errors).toBeUndefined();
    const members = res.data!.forum.members as { guest: boolean; person: Record<string, unknown> }[];
    const memberRow = members.find((m) => m.person.id === p.member.personId)!;
    expect(memberRow).toEqual({ guest: false, person: { id: p.member.personId, name: expect.any(String), email: null, jobTitle: null, organisation: null, organisationName: null, groupMemberships: [], affiliations: [] } });
    expect(members.find((m) => m.person.id === guestId)).toMatchObject({ guest: true, person: { email: 'guest@guests.test', organisationName: 'Walsall Refugee Support' } });
    const threads = await as(guest, `query($f: ID!) { forum(id: $f) { threads(first: 5) { nodes { agendaItem { id } createdBy { name email } posts(first: 5) { nodes { author { name email jobTitle organisation { id } forums { id } } } } } } } }`, { f: forum });
    expect(threads.errors).toBeUndefined();
    const [t] = threads.data!.forum.threads.nodes;
    expect(t).toEqual({ agendaItem: null, createdBy: { name: expect.any(String), email: null }, posts: { nodes: [{ author: { name: expect.any(String), email: null, jobTitle: null, organisation: null, forums: [{ id: forum }] } }] } });
    // The same fields for a member still carry the contact details.
    const seen = await as(member, `query($f: ID!) { forum(id: $f) { members { person { id email jobTitle } } } }`, { f: forum });
    expect(seen.data!.forum.members.find((m: { person: { id: string } }) => m.person.id === p.member.personId).person).toMatchObject({ email: p.member.email, jobTitle: 'Caseworker' });
  });

  it('a guest cannot read another person’s role, language, status or joining date; a member can, and the guest reads their own', async () => {
    const beyondName = ['role', 'preferredLanguage', 'active', 'joinedAt'];
    for (const field of beyondName) {
      const refused = await as(guest, `query($id: ID!) { person(id: $id) { name ${field} } }`, { id: p.member.personId });
      expect({ field, code: code(refused), data: refused.data }).toEqual({ field, code: 'FORBIDDEN', data: null });
      expect(refused.errors![0].message).toContain(field);
      expect(refused.errors![0].path).toEqual(['person', field]);
      // Nested the same: the post's author is withheld whole, with the same refusal, rather than shown with the field.
      const nested = await as(guest, `query($t: ID!) { thread(id: $t) { posts(first: 5) { nodes { author { name ${field} } } } } }`, { t: thread });
      expect({ field, code: code(nested), author: nested.data?.thread.posts.nodes[0].author }).toEqual({ field, code: 'FORBIDDEN', author: null });
    }
    // The forum page's own fields still answer without an error.
    const page = await as(guest, `query($t: ID!) { thread(id: $t) { createdBy { id name } posts(first: 5) { nodes { author { id name } } } } }`, { t: thread });
    expect(page.errors).toBeUndefined();
    expect(page.data!.thread.createdBy).toEqual({ id: p.member.personId, name: expect.any(String) });

    const all = `query($id: ID!) { person(id: $id) { role preferredLanguage active joinedAt } }`;
    const seen = await as(member, all, { id: guestId });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.person).toEqual({ role: 'GUEST', preferredLanguage: expect.any(String), active: true, joinedAt: expect.any(String) });
    const own = await as(guest, all, { id: guestId });
    expect(own.errors).toBeUndefined();
    expect(own.data!.person).toEqual({ role: 'GUEST', preferredLanguage: expect.any(String), active: true, joinedAt: expect.any(String) });
  });

  it('other forums, their threads and posts answer as if they did not exist', async () => {
    expect(code(await as(guest, `query($f: ID!) { forum(id: $f) { id } }`, { f: closedForum }))).toBe('NOT_FOUND');
    expect(code(await as(guest, `query($t: ID!) { thread(id: $t) { id } }`, { t: closedThread }))).toBe('NOT_FOUND');
    expect(code(await as(guest, `mutation($t: ID!) { createPost(threadId: $t, body: "hello", clientId: "x-1") { id } }`, { t: closedThread }))).toBe('NOT_FOUND');
    expect(code(await as(guest, `mutation($f: ID!) { createThread(forumId: $f, title: "Hi", body: "hello", clientId: "x-2") { id } }`, { f: closedForum }))).toBe('NOT_FOUND');
    expect((await as(guest, `{ forums { id } }`)).data!.forums).toEqual([{ id: forum }]);
    // People: those of their forums by name, nobody else.
    const person = (id: string) => as(guest, `query($id: ID!) { person(id: $id) { name email jobTitle organisation { id } } }`, { id });
    expect((await person(p.member.personId)).data!.person).toEqual({ name: expect.any(String), email: null, jobTitle: null, organisation: null });
    expect(code(await person(p.admin.personId))).toBe('NOT_FOUND');
    // A guest never moderates, even if someone made them a forum moderator.
    await api.db.query(`UPDATE forum_member SET role = 'MODERATOR' WHERE forum_id = $1 AND person_id = $2`, [forum, guestId]);
    const viewer = await as(guest, `query($f: ID!) { forum(id: $f) { myRole viewerCan { post moderate invite } } }`, { f: forum });
    expect(viewer.data!.forum).toEqual({ myRole: 'MEMBER', viewerCan: { post: true, moderate: false, invite: false } });
    await api.db.query(`UPDATE forum_member SET role = 'MEMBER' WHERE forum_id = $1 AND person_id = $2`, [forum, guestId]);
  });

  it('search and the mentions picker reach only their forums', async () => {
    const hits = await as(guest, `{ searchForums(query: "evictions") { forumId } }`);
    expect(hits.errors).toBeUndefined();
    expect(hits.data!.searchForums.map((h: { forumId: string }) => h.forumId)).toEqual([forum]);
    const everywhere = await as(coordinator, `{ searchForums(query: "evictions") { forumId } }`);
    expect(new Set(everywhere.data!.searchForums.map((h: { forumId: string }) => h.forumId))).toEqual(new Set([forum, closedForum]));
    const [{ name }] = await api.db.query(`SELECT name FROM account WHERE id = $1`, [p.member.accountId]);
    const pick = (token: string) => as(token, `query($f: ID!, $q: String!) { mentionCandidates(forumId: $f, query: $q) { id name organisation } }`, { f: forum, q: name.slice(0, 3) });
    const picker = await pick(guest);
    expect(picker.errors).toBeUndefined();
    expect(picker.data!.mentionCandidates).toContainEqual({ id: p.member.personId, name, organisation: null });
    // A member picking the same person sees their organisation.
    expect((await pick(member)).data!.mentionCandidates.find((c: { id: string }) => c.id === p.member.personId).organisation).not.toBeNull();
    expect(code(await as(guest, `query($f: ID!) { mentionCandidates(forumId: $f, query: "") { id } }`, { f: closedForum }))).toBe('NOT_FOUND');
  });

  it('posts in their forum, and edits only their own posts', async () => {
    const posted = await as(guest, `mutation($t: ID!) { createPost(threadId: $t, body: "We see the same in Walsall", clientId: "gp-1") { id } }`, { t: thread });
    expect(posted.errors).toBeUndefined();
    const [theirs] = (await as(member, `query($t: ID!) { thread(id: $t) { posts { nodes { id } } } }`, { t: thread })).data!.thread.posts.nodes;
    expect(code(await as(guest, `mutation($id: ID!) { editPost(id: $id, body: "changed") { id } }`, { id: theirs.id }))).toBe('NOT_FOUND');
  });

  it('the bank and public pages show a guest what they show the public', async () => {
    const bank = async (token?: string) => (await fetch(`${api.url}/bank/guests`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).text();
    expect(await bank(member)).toContain('Partnership-only report');
    expect(await bank(guest)).not.toContain('Partnership-only report');
    const page = await as(guest, `{ publicGroup(partnershipSlug: "guests", groupSlug: "open-group") { name } }`);
    const anonymous = await gql(api.url, `{ publicGroup(partnershipSlug: "guests", groupSlug: "open-group") { name } }`);
    expect({ data: page.data, errors: page.errors }).toEqual({ data: anonymous.data, errors: anonymous.errors });
    const html = async (token?: string) => {
      const res = await fetch(`${api.url}/public/guests/open-group`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { status: res.status, body: await res.text() };
    };
    expect(await html(guest)).toEqual(await html());
    expect(code(await as(guest, `mutation { createCalendarFeed }`))).toBe('FORBIDDEN');
  });

  it('emails reach a guest only about their forums', async () => {
    const access = api.app.get(AccessService);
    const [post] = await api.db.query(`SELECT id FROM post WHERE thread_id = $1 LIMIT 1`, [thread]);
    const [closedPost] = await api.db.query(`SELECT id FROM post WHERE thread_id = $1 LIMIT 1`, [closedThread]);
    expect(await access.audience(Permission.postRead, post.id, [guestId, p.member.personId])).toEqual(new Set([guestId, p.member.personId]));
    expect(await access.audience(Permission.postRead, closedPost.id, [guestId])).toEqual(new Set());
    // An open group's meeting (agenda packs, minutes) goes to the partnership's members, never its guests.
    expect(await access.audience(Permission.meetingRead, meeting, [guestId, p.member.personId])).toEqual(new Set([p.member.personId]));
    expect(await access.audience(Permission.forumModerate, forum, [guestId])).toEqual(new Set());
  });

  it('a coordinator makes a guest a member and back; each change is audited, and only once', async () => {
    expect(code(await as(member, `mutation($p: ID!) { makeGuestMember(personId: $p) }`, { p: guestId }))).toBe('FORBIDDEN');
    const guests = await as(coordinator, `{ forumGuests { id organisationName } }`);
    expect(guests.data!.forumGuests).toEqual([{ id: guestId, organisationName: 'Walsall Refugee Support' }]);
    expect((await as(coordinator, `mutation($p: ID!) { makeGuestMember(personId: $p) }`, { p: guestId })).errors).toBeUndefined();
    expect(code(await as(coordinator, `mutation($p: ID!) { makeGuestMember(personId: $p) }`, { p: guestId }))).toBe('CONFLICT');
    // Now a member: the directory opens to them, and a calendar feed of their group's meetings.
    expect((await as(guest, `{ people { nodes { id } } }`)).errors).toBeUndefined();
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) SELECT group_id, $2, 'MEMBER' FROM meeting WHERE id = $1`, [meeting, guestId]);
    const feedUrl: string = (await as(guest, `mutation { createCalendarFeed }`)).data!.createCalendarFeed;
    const feed = async () => (await fetch(`${api.url}${feedUrl.slice(feedUrl.indexOf('/calendar/'))}`)).text();
    expect(await feed()).toContain('BEGIN:VEVENT');
    const joiners = await as(coordinator, `{ forumInvitationJoiners { person { id } forum { id } } }`);
    expect(joiners.data!.forumInvitationJoiners).toEqual([{ person: { id: guestId }, forum: { id: forum } }]);
    expect(code(await as(coordinator, `mutation($p: ID!) { makeForumGuest(personId: $p) }`, { p: p.member.personId }))).toBe('CONFLICT');
    expect((await as(coordinator, `mutation($p: ID!) { makeForumGuest(personId: $p) }`, { p: guestId })).errors).toBeUndefined();
    expect(code(await as(guest, `{ people { nodes { id } } }`))).toBe('FORBIDDEN');
    // A guest again, though still on the group's list: the feed they made as a member lists nothing.
    const after = await feed();
    expect(after).toContain('BEGIN:VCALENDAR');
    expect(after).not.toContain('BEGIN:VEVENT');
    const audits = await api.db.query(`SELECT action FROM audit_event WHERE subject_id = $1 AND action LIKE 'person.made-%' ORDER BY created_at`, [guestId]);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(['person.made-member', 'person.made-guest']);
  });

  it('moderators set how many first posts of a new guest are held', async () => {
    expect(code(await as(guest, `mutation($f: ID!) { setForumGuestPostsHeld(forumId: $f, count: 1) }`, { f: forum }))).toBe('FORBIDDEN');
    expect(code(await as(coordinator, `mutation($f: ID!) { setForumGuestPostsHeld(forumId: $f, count: 21) }`, { f: forum }))).toBe('BAD_USER_INPUT');
    expect((await as(coordinator, `mutation($f: ID!) { setForumGuestPostsHeld(forumId: $f, count: 1) }`, { f: forum })).data).toEqual({ setForumGuestPostsHeld: 1 });
    expect((await as(guest, `query($f: ID!) { forum(id: $f) { guestPostsHeld } }`, { f: forum })).data!.forum.guestPostsHeld).toBe(1);

    // A second guest's first post waits: its author and the moderators see it, the first guest and members do not.
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'second@guests.test', 'Second Guest', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    const [{ id: second }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'GUEST') RETURNING id`, [p.partnershipId, accountId]);
    await api.db.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [forum, second]);
    const secondToken = await signIn('second@guests.test', p.member.password);
    const posted = await as(secondToken, `mutation($t: ID!) { createPost(threadId: $t, body: "First words from Coventry", clientId: "second-1") { id } }`, { t: thread });
    expect(posted.errors).toBeUndefined();
    const [row] = await api.db.query(`SELECT held_reason FROM post WHERE id = $1`, [posted.data!.createPost.id]);
    expect(row.held_reason).toBe('FIRST_POST');
    const sees = async (token: string) => JSON.stringify((await as(token, `query($t: ID!) { thread(id: $t) { posts(first: 100) { nodes { bodyMarkdown } } } }`, { t: thread })).data).includes('First words from Coventry');
    expect({ author: await sees(secondToken), moderator: await sees(coordinator), guest: await sees(guest), member: await sees(member) }).toEqual({ author: true, moderator: true, guest: false, member: false });
  });
});

/** A syntactically and type-valid value for an argument: the guard must refuse before anything looks at it. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, placeholder(f.type)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2030-01-01T10:00:00.000Z';
      default:
        return /date/i.test(type.name) ? '2030-01-01' : 'x';
    }
  }
  return null;
}

/** The smallest selection a field's type needs: `__typename` for objects, nothing for leaves. */
function selectionFor(type: ReturnType<typeof getNamedType>): string {
  return type && 'getFields' in type && !isInputObjectType(type) ? '{ __typename }' : '';
}
