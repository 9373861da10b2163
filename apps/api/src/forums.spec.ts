import { codeOf, confirmationTokenFor, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const POST = `mutation($t: ID!, $b: String!, $c: String!, $r: ID) { createPost(threadId: $t, body: $b, clientId: $c, replyToId: $r) { id bodyHtml hidden position author { id } } }`;

describe('forums through GraphQL', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token: Record<string, string> = {};
  let forumId: string;
  let threadId: string;
  let staffId: string;

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: '12' });
    p = await seedPartnership(api.db, 'forums');
    other = await seedPartnership(api.db, 'forums-other');
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'staff@forums.test', 'Amina Yusuf', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    [{ id: staffId }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    for (const [who, email] of [['admin', p.admin.email], ['coordinator', p.coordinator.email], ['member', p.member.email], ['staff', 'staff@forums.test'], ['outsider', other.coordinator.email]]) {
      token[who] = (await gql(api.url, SIGN_IN, { input: { email, password: p.member.password } })).data!.signIn.token;
    }
  });
  afterAll(() => api.close());

  it('coordinators create forums and add members; members cannot; audited', async () => {
    expect(codeOf(await as('member', `mutation { createForum(name: "EU Settled Status") { id } }`))).toBe('FORBIDDEN');
    forumId = (await as('coordinator', `mutation { createForum(name: "EU Settled Status", description: "Late applications") { id name myRole } }`)).data!.createForum.id;
    expect(codeOf(await as('coordinator', `mutation { createForum(name: "EU Settled Status") { id } }`))).toBe('CONFLICT');
    expect(codeOf(await as('member', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId }))).toBe('NOT_FOUND');
    for (const person of [p.member.personId, staffId]) await as('coordinator', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: person });
    const forum = await as('member', `query($id: ID!) { forum(id: $id) { name myRole members { role viaGroup person { id } } } }`, { id: forumId });
    expect(forum.data!.forum.myRole).toBe('MEMBER');
    expect(forum.data!.forum.members.map((m: { person: { id: string } }) => m.person.id).sort()).toEqual([p.coordinator.personId, p.member.personId, staffId].sort());
    expect(codeOf(await as('outsider', `query($id: ID!) { forum(id: $id) { name } }`, { id: forumId }))).toBe('NOT_FOUND');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND action IN ('forum.created', 'forum.member-set')`, [forumId]);
    expect(n).toBe(3);
  });

  it('invitations by link (or email) can bring someone into a forum; only its moderators may issue them', async () => {
    const link = `mutation($f: ID!) { createInvitationLink(input: { forumId: $f, maxUses: 1 }) { token } }`;
    expect(codeOf(await as('member', link, { f: forumId }))).toBe('NOT_FOUND');
    const { token: invite } = (await as('coordinator', link, { f: forumId })).data!.createInvitationLink;
    await gql(api.url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, {
      i: { token: invite, email: 'newcomer@forums.test', name: 'New Comer', password: 'a long enough password' },
    });
    // A shareable link joins once the typed address is confirmed.
    const confirmed = await gql(api.url, `mutation($t: String!) { confirmEmail(token: $t) { token } }`, { t: await confirmationTokenFor(api.db, 'newcomer@forums.test') });
    const forums = await gql(api.url, `{ forums { id myRole } }`, {}, { token: confirmed.data!.confirmEmail.token });
    expect(forums.data!.forums).toEqual([{ id: forumId, myRole: 'MEMBER' }]);
    expect(codeOf(await as('coordinator', `mutation($f: ID!) { inviteByEmail(input: { email: "x@forums.test", forumId: $f }) { id } }`, { f: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('threads start with a post; Markdown is sanitised; mentions are recorded for members only', async () => {
    const created = await as('member', `mutation($f: ID!) { createThread(forumId: $f, title: "Late applications", theme: "immigration status", body: "Hello <script>alert(1)</script> [x](javascript:alert(1)) **bold** @[Amina Yusuf](${staffId}) @[Outsider](${other.coordinator.personId})", clientId: "thread-1") { id title theme kind locked } }`, { f: forumId });
    threadId = created.data!.createThread.id;
    expect(created.data!.createThread).toMatchObject({ title: 'Late applications', theme: 'immigration status', kind: 'DISCUSSION', locked: false });
    const again = await as('member', `mutation($f: ID!) { createThread(forumId: $f, title: "Late applications", body: "again", clientId: "thread-1") { id } }`, { f: forumId });
    expect(again.data!.createThread.id).toBe(threadId);
    const posts = await as('member', `query($id: ID!) { thread(id: $id) { posts { nodes { bodyHtml author { id } } } } }`, { id: threadId });
    const html: string = posts.data!.thread.posts.nodes[0].bodyHtml;
    expect(html).not.toMatch(/script|javascript/);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain(`<span data-mention="${staffId}" class="mention">@Amina Yusuf</span>`);
    const mentions = await api.db.query(`SELECT person_id FROM post_mention`);
    expect(mentions.map((m: { person_id: string }) => m.person_id)).toEqual([staffId]);
  });

  it('previews Markdown as the same sanitised HTML a post gets, for signed-in people only, within the post limit', async () => {
    const preview = `query($b: String!) { previewPost(body: $b) }`;
    const html: string = (await as('member', preview, { b: 'Preview only <script>alert(1)</script> [x](javascript:alert(1)) **bold**' })).data!.previewPost;
    expect(html).not.toMatch(/script|javascript/);
    expect(html).toContain('<strong>bold</strong>');
    expect(codeOf(await gql(api.url, preview, { b: 'Hello' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await as('member', preview, { b: 'x'.repeat(20_001) }))).toBe('BAD_USER_INPUT');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM post WHERE body_markdown LIKE 'Preview only%'`);
    expect(n).toBe(0);
  });

  it('keeps an edit history for authors; others cannot edit', async () => {
    const post = (await as('member', POST, { t: threadId, b: 'First version', c: 'edit-1' })).data!.createPost;
    expect(codeOf(await as('staff', `mutation($id: ID!) { editPost(id: $id, body: "Not mine") { id } }`, { id: post.id }))).toBe('NOT_FOUND');
    const edited = await as('member', `mutation($id: ID!) { editPost(id: $id, body: "Second version") { bodyHtml editedAt revisions { bodyMarkdown } } }`, { id: post.id });
    expect(edited.data!.editPost).toMatchObject({ bodyHtml: '<p>Second version</p>\n', revisions: [{ bodyMarkdown: 'First version' }] });
    expect(edited.data!.editPost.editedAt).not.toBeNull();
  });

  it('replies stay in their thread, and bad input is a coded error', async () => {
    const parent = (await as('member', POST, { t: threadId, b: 'A question', c: 'q-1' })).data!.createPost;
    expect((await as('staff', POST, { t: threadId, b: 'An answer', c: 'a-1', r: parent.id })).data!.createPost.id).toBeDefined();
    expect(codeOf(await as('staff', POST, { t: threadId, b: '   ', c: 'blank' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('staff', POST, { t: threadId, b: 'x'.repeat(20_001), c: 'long' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('staff', POST, { t: threadId, b: 'ok', c: 'bad id with spaces' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('staff', POST, { t: threadId, b: 'ok', c: 'r-2', r: '00000000-0000-4000-8000-000000000000' }))).toBe('BAD_USER_INPUT');
  });

  it('moderators hide with a reason, lock and pin; members cannot; all audited', async () => {
    const post = (await as('staff', POST, { t: threadId, b: 'Names a family at the hotel', c: 'names-1' })).data!.createPost;
    expect(codeOf(await as('member', `mutation($id: ID!) { hidePost(id: $id, reason: "no") { id } }`, { id: post.id }))).toBe('NOT_FOUND');
    expect(codeOf(await as('coordinator', `mutation($id: ID!) { hidePost(id: $id, reason: "  ") { id } }`, { id: post.id }))).toBe('BAD_USER_INPUT');
    await as('coordinator', `mutation($id: ID!) { hidePost(id: $id, reason: "Personal details") { hidden } }`, { id: post.id });
    const seen = async (who: string) =>
      (await as(who, `query($id: ID!) { thread(id: $id) { posts(first: 100) { nodes { id hidden hiddenReason bodyHtml } } } }`, { id: threadId })).data!.thread.posts.nodes.find((n: { id: string }) => n.id === post.id);
    expect(await seen('member')).toMatchObject({ hidden: true, hiddenReason: 'Personal details', bodyHtml: null });
    expect((await seen('coordinator')).bodyHtml).toContain('Names a family');
    expect((await seen('staff')).bodyHtml).toContain('Names a family');

    expect(codeOf(await as('member', `mutation($id: ID!) { lockThread(id: $id) { locked } }`, { id: threadId }))).toBe('NOT_FOUND');
    expect((await as('coordinator', `mutation($id: ID!) { pinThread(id: $id) { pinned } }`, { id: threadId })).data!.pinThread.pinned).toBe(true);
    expect((await as('coordinator', `mutation($id: ID!) { lockThread(id: $id) { locked } }`, { id: threadId })).data!.lockThread.locked).toBe(true);
    expect(codeOf(await as('member', POST, { t: threadId, b: 'After the lock', c: 'locked-1' }))).toBe('CONFLICT');
    await as('coordinator', `mutation($id: ID!) { lockThread(id: $id, locked: false) { locked } }`, { id: threadId });
    const actions = (await api.db.query(`SELECT action FROM audit_event WHERE action LIKE 'post.%' OR action LIKE 'thread.%' ORDER BY created_at`)).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['post.hidden', 'thread.pinned', 'thread.locked', 'thread.unlocked']);
  });

  it('reports go to moderators, who resolve them', async () => {
    const post = (await as('staff', POST, { t: threadId, b: 'Something offensive', c: 'offensive' })).data!.createPost;
    expect((await as('member', `mutation($id: ID!) { reportPost(id: $id, reason: "Offensive") }`, { id: post.id })).data!.reportPost).toBe(true);
    expect(codeOf(await as('outsider', `mutation($id: ID!) { reportPost(id: $id, reason: "x") }`, { id: post.id }))).toBe('NOT_FOUND');
    // Non-moderators see no reports, and asking does not blank the rest of the answer.
    expect((await as('member', `query($id: ID!) { forum(id: $id) { reports { id } } }`, { id: forumId })).data!.forum.reports).toEqual([]);
    const listed = await as('member', `{ forums { id reports { id } } }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.forums).toContainEqual({ id: forumId, reports: [] });
    const reports = (await as('coordinator', `query($id: ID!) { forum(id: $id) { reports { id postId reason } } }`, { id: forumId })).data!.forum.reports;
    expect(reports).toEqual([{ id: expect.any(String), postId: post.id, reason: 'Offensive' }]);
    await as('coordinator', `mutation($id: ID!) { resolvePostReport(id: $id) }`, { id: reports[0].id });
    expect((await as('coordinator', `query($id: ID!) { forum(id: $id) { reports { id } } }`, { id: forumId })).data!.forum.reports).toEqual([]);
  });

  it('names the argument at fault when an id is malformed', async () => {
    const res = await as('member', `mutation { createThread(forumId: "not-a-uuid", title: "T", body: "B", clientId: "bad-forum") { id } }`);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'forumId' });
    const post = await as('member', POST, { t: 'zz', b: 'x', c: 'bad-thread' });
    expect(post.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'threadId' });
  });

  it('counts unread posts per person and forum', async () => {
    const unread = async (who: string) => (await as(who, `{ forums { id unreadCount } }`)).data!.forums.find((f: { id: string }) => f.id === forumId).unreadCount as number;
    const before = await unread('member');
    expect(before).toBeGreaterThan(0);
    await as('staff', POST, { t: threadId, b: 'One more for you', c: 'unread-1' });
    expect(await unread('member')).toBe(before + 1);
    expect((await as('member', `mutation($t: ID!) { markThreadRead(threadId: $t) }`, { t: threadId })).data!.markThreadRead).toBe(0);
    expect(await unread('member')).toBe(0);
  });

  it('searches only what the reader may see, ranked, with safe highlighted snippets', async () => {
    const secret = (await as('coordinator', `mutation { createForum(name: "Safeguarding leads") { id } }`)).data!.createForum.id;
    await as('coordinator', `mutation($f: ID!) { createThread(forumId: $f, title: "Referrals", body: "Hotel referrals for <b>families</b> in Ladywood", clientId: "secret-1") { id } }`, { f: secret });
    await as('member', POST, { t: threadId, b: 'The hotel in Ladywood closes in <b>January</b>', c: 'search-1' });
    const hits = async (who: string, query: string) => (await as(who, `query($q: String!) { searchForums(query: $q) { forumId threadTitle snippet } }`, { q: query })).data!.searchForums as { forumId: string; snippet: string }[];
    const member = await hits('member', 'hotel ladywood');
    expect(member.length).toBeGreaterThan(0);
    expect(member.every((hit) => hit.forumId === forumId)).toBe(true);
    expect(member.some((hit) => hit.snippet.includes('<mark>Ladywood</mark>'))).toBe(true);
    expect(member.every((hit) => !hit.snippet.includes('<b>'))).toBe(true);
    expect(member.every((hit) => !/<(?!\/?mark>)/.test(hit.snippet))).toBe(true);
    expect((await hits('coordinator', 'hotel ladywood')).some((hit) => hit.forumId === secret)).toBe(true);
    expect(await hits('outsider', 'hotel')).toEqual([]);
    // Hidden posts are never found, even by moderators.
    expect((await hits('coordinator', 'names family')).length).toBe(0);
    for (const hostile of [`'; DROP TABLE post; --`, '"unterminated', 'a & | ! ( ) :*', '\u0002<mark>', '-hotel OR']) {
      const res = await as('member', `query($q: String!) { searchForums(query: $q) { postId } }`, { q: hostile });
      expect(res.errors).toBeUndefined();
    }
    // PostgreSQL refuses NUL in text; the API refuses it first, as bad input.
    expect(codeOf(await as('member', `query($q: String!) { searchForums(query: $q) { postId } }`, { q: '\u0000\u0002<mark>' }))).toBe('BAD_USER_INPUT');
  });

  it('limits how fast one person posts, across doors', async () => {
    let limited = '';
    for (let i = 0; i < 15 && !limited; i++) limited = codeOf(await as('staff', POST, { t: threadId, b: `Quick ${i}`, c: `rate-${i}` })) ?? '';
    expect(limited).toBe('TOO_MANY_REQUESTS');
  });

  it('an inputs thread for an agenda item lives in the group’s forum, shows in the pack and locks at the deadline', async () => {
    const group = await as('coordinator', `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, {
      input: { name: 'Health Practitioners', kind: 'WORKING_GROUP', visibility: 'PRIVATE', cadence: 'FREQ=MONTHLY;BYDAY=2TU', cadenceStart: new Date(Date.now() + 40 * 86400_000).toISOString(), submissionDeadlineDays: 10 },
    });
    const groupId = group.data!.createGroup.id;
    await as('coordinator', `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    const [{ id: meetingId }] = await api.db.query(`SELECT id FROM meeting WHERE group_id = $1 ORDER BY starts_at LIMIT 1`, [groupId]);
    const item = (await as('coordinator', `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "GP registration" }) { id } }`, { m: meetingId })).data!.addAgendaItem.id;
    expect(codeOf(await as('member', `mutation($i: ID!) { openInputsThread(agendaItemId: $i) { id } }`, { i: item }))).toBe('NOT_FOUND');
    const opened = (await as('coordinator', `mutation($i: ID!) { openInputsThread(agendaItemId: $i) { id kind locked locksAt forum { groupId } } }`, { i: item })).data!.openInputsThread;
    expect(opened).toMatchObject({ kind: 'INPUTS', locked: false, forum: { groupId } });
    // Any thread may link to an agenda item its author can read; others' items are NOT_FOUND.
    const linked = `mutation($f: ID!, $i: ID!, $c: String!) { createThread(forumId: $f, title: "About GP registration", body: "See the item", clientId: $c, agendaItemId: $i) { agendaItemId } }`;
    expect((await as('member', linked, { f: forumId, i: item, c: 'linked-1' })).data!.createThread.agendaItemId).toBe(item);
    expect(codeOf(await as('staff', linked, { f: forumId, i: item, c: 'linked-2' }))).toBe('NOT_FOUND');
    await as('member', POST, { t: opened.id, b: 'Three refusals at one practice this month', c: 'input-1' });
    const pack = await as('member', `query($id: ID!) { meeting(id: $id) { agendaItems { title inputsThread { id posts { nodes { bodyHtml } } } } } }`, { id: meetingId });
    const listed = pack.data!.meeting.agendaItems.find((i: { title: string }) => i.title === 'GP registration');
    expect(listed.inputsThread.posts.nodes.map((n: { bodyHtml: string }) => n.bodyHtml)).toEqual(['<p>Three refusals at one practice this month</p>\n']);
    expect((await as('staff', `query($id: ID!) { meeting(id: $id) { id } }`, { id: meetingId })).errors).toBeDefined();
    // The deadline passes: the thread is locked without anyone touching it.
    await api.db.query(`UPDATE thread SET locks_at = now() - interval '1 second' WHERE id = $1`, [opened.id]);
    expect((await as('member', `query($id: ID!) { thread(id: $id) { locked } }`, { id: opened.id })).data!.thread.locked).toBe(true);
    expect(codeOf(await as('member', POST, { t: opened.id, b: 'Too late', c: 'input-late' }))).toBe('CONFLICT');
  });

  it('a group’s forum never adopts another forum that shares its name, however the group is renamed', async () => {
    const standalone = (await as('coordinator', `mutation { createForum(name: "Legal advice referrals") { id } }`)).data!.createForum.id;
    const group = await as('coordinator', `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, {
      input: { name: 'Referral pathways', kind: 'WORKING_GROUP', visibility: 'PRIVATE', cadence: 'FREQ=MONTHLY;BYDAY=2TU', cadenceStart: new Date(Date.now() + 40 * 86400_000).toISOString(), submissionDeadlineDays: 10 },
    });
    const groupId = group.data!.createGroup.id;
    const member = `mutation($g: ID!, $p: ID!, $r: GroupRole!) { setGroupMember(groupId: $g, personId: $p, role: $r) { id } }`;
    await as('coordinator', member, { g: groupId, p: staffId, r: 'CHAIR' });
    await as('coordinator', member, { g: groupId, p: p.member.personId, r: 'MEMBER' });
    const rename = (name: string) => as('staff', `mutation($id: ID!, $n: String!) { updateGroup(id: $id, input: { name: $n }) { name } }`, { id: groupId, n: name });
    expect((await rename('Legal advice referrals')).data!.updateGroup.name).toBe('Legal advice referrals');
    const [{ id: meetingId }] = await api.db.query(`SELECT id FROM meeting WHERE group_id = $1 ORDER BY starts_at LIMIT 1`, [groupId]);
    const item = (await as('staff', `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Referral times" }) { id } }`, { m: meetingId })).data!.addAgendaItem.id;
    const open = `mutation($i: ID!) { openInputsThread(agendaItemId: $i) { id forum { id groupId } } }`;

    expect(codeOf(await as('staff', open, { i: item }))).toBe('CONFLICT');
    expect(await api.db.query(`SELECT group_id FROM forum WHERE id = $1`, [standalone])).toEqual([{ group_id: null }]);
    for (const who of ['staff', 'member']) expect(codeOf(await as(who, `query($id: ID!) { forum(id: $id) { name } }`, { id: standalone }))).toBe('NOT_FOUND');

    // Under a name of its own the group gets a forum of its own.
    await rename('Referral pathways');
    const opened = (await as('staff', open, { i: item })).data!.openInputsThread;
    expect(opened.forum.groupId).toBe(groupId);
    expect(opened.forum.id).not.toBe(standalone);
    // One forum a group: a second one is refused.
    expect(codeOf(await as('staff', `mutation($g: ID!) { createForum(name: "Referral pathways 2", groupId: $g) { id } }`, { g: groupId }))).toBe('CONFLICT');
    const renames = await api.db.query(`SELECT detail FROM audit_event WHERE subject_id = $1 AND action = 'group.renamed' ORDER BY created_at`, [groupId]);
    expect(renames.map((r: { detail: unknown }) => r.detail)).toEqual([
      { from: 'Referral pathways', to: 'Legal advice referrals' },
      { from: 'Legal advice referrals', to: 'Referral pathways' },
    ]);
  });
});
