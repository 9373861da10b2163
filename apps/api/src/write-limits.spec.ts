import { EMAIL_INVITATIONS_PER_HOUR, MINUTES_COMMENTS_PER_MINUTE, POST_EDITS_PER_MINUTE, REPORTS_PER_HOUR } from '@convene/redis';
import { gql, seedPartnership, type GraphQLResponse, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const POSTS_PER_MINUTE = 3;

/** Sends `attempt(i)` until one is refused; returns how many passed and the refusal. */
async function untilRefused(limit: number, attempt: (i: number) => Promise<GraphQLResponse>): Promise<{ passed: number; refusal: GraphQLResponse }> {
  for (let i = 0; i <= limit; i++) {
    const res = await attempt(i);
    if (res.errors) return { passed: i, refusal: res };
  }
  throw new Error(`no refusal after ${limit + 1} attempts`);
}

/** What a refusal looks like to a client: its HTTP status and error code, and that it says when to retry. */
const shapeOf = ({ status, errors }: GraphQLResponse) => ({ status, code: errors?.[0].extensions?.code, retries: typeof errors?.[0].extensions?.retryAfterSeconds === 'number' });

describe('per-person limits on edits, comments, reports and email invitations', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token: Record<string, string> = {};
  let threadId: string;
  let postId: string;
  let minutesId: string;
  let postingRefusal: GraphQLResponse;

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: String(POSTS_PER_MINUTE) });
    p = await seedPartnership(api.db, 'limits');
    for (const who of ['coordinator', 'member', 'admin'] as const) token[who] = (await gql(api.url, SIGN_IN, { input: { email: p[who].email, password: p[who].password } })).data!.signIn.token;
    const forumId = (await as('coordinator', `mutation { createForum(name: "Housing") { id } }`)).data!.createForum.id;
    await as('coordinator', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    const thread = await as('member', `mutation($f: ID!) { createThread(forumId: $f, title: "Move-on", body: "First", clientId: "t-1") { id posts { nodes { id } } } }`, { f: forumId });
    threadId = thread.data!.createThread.id;
    postId = thread.data!.createThread.posts.nodes[0].id;
    const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Night Shelter Group', 'night-shelter', 'WORKING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, p.member.personId]);
    const [{ id: meeting }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Review', now() - interval '2 days', now() - interval '2 days' + interval '2 hours') RETURNING id`, [group]);
    [{ id: minutesId }] = await api.db.query(`INSERT INTO minutes (meeting_id, status, circulated_at) VALUES ($1, 'CIRCULATED', now()) RETURNING id`, [meeting]);
    // The posting limit the others follow.
    const posting = await untilRefused(POSTS_PER_MINUTE, (i) => as('coordinator', `mutation($t: ID!, $c: String!) { createPost(threadId: $t, body: "Quick", clientId: $c) { id } }`, { t: threadId, c: `post-${i}` }));
    expect(posting.passed).toBe(POSTS_PER_MINUTE);
    postingRefusal = posting.refusal;
    expect(shapeOf(postingRefusal)).toMatchObject({ code: 'TOO_MANY_REQUESTS', retries: true });
  });
  afterAll(() => api.close());

  it(`limits post edits to ${POST_EDITS_PER_MINUTE} a minute per person`, async () => {
    const { passed, refusal } = await untilRefused(POST_EDITS_PER_MINUTE, (i) => as('member', `mutation($id: ID!, $b: String!) { editPost(id: $id, body: $b) { id } }`, { id: postId, b: `Edit ${i}` }));
    expect(passed).toBe(POST_EDITS_PER_MINUTE);
    expect(shapeOf(refusal)).toEqual(shapeOf(postingRefusal));
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM post_revision WHERE post_id = $1`, [postId]);
    expect(n).toBe(POST_EDITS_PER_MINUTE);
  });

  it(`limits comments on minutes to ${MINUTES_COMMENTS_PER_MINUTE} a minute per person`, async () => {
    const { passed, refusal } = await untilRefused(MINUTES_COMMENTS_PER_MINUTE, (i) => as('member', `mutation($m: ID!, $b: String!) { commentOnMinutes(minutesId: $m, body: $b) { id } }`, { m: minutesId, b: `Comment ${i}` }));
    expect(passed).toBe(MINUTES_COMMENTS_PER_MINUTE);
    expect(shapeOf(refusal)).toEqual(shapeOf(postingRefusal));
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM minutes_comment WHERE minutes_id = $1`, [minutesId]);
    expect(n).toBe(MINUTES_COMMENTS_PER_MINUTE);
  });

  it(`limits reports to ${REPORTS_PER_HOUR} an hour per person`, async () => {
    const { passed, refusal } = await untilRefused(REPORTS_PER_HOUR, (i) => as('coordinator', `mutation($id: ID!, $r: String!) { reportPost(id: $id, reason: $r) }`, { id: postId, r: `Reason ${i}` }));
    expect(passed).toBe(REPORTS_PER_HOUR);
    expect(shapeOf(refusal)).toEqual(shapeOf(postingRefusal));
  });

  it(`limits email invitations to ${EMAIL_INVITATIONS_PER_HOUR} an hour per person`, async () => {
    const invite = (who: string, i: number) => as(who, `mutation($e: String!) { inviteByEmail(input: { email: $e }) { id } }`, { e: `invitee-${who}-${i}@limits.test` });
    const { passed, refusal } = await untilRefused(EMAIL_INVITATIONS_PER_HOUR, (i) => invite('coordinator', i));
    expect(passed).toBe(EMAIL_INVITATIONS_PER_HOUR);
    expect(shapeOf(refusal)).toEqual(shapeOf(postingRefusal));
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM invitation WHERE email LIKE 'invitee-coordinator-%'`);
    expect(n).toBe(EMAIL_INVITATIONS_PER_HOUR);
    // Each person has their own allowance.
    expect((await invite('admin', 0)).errors).toBeUndefined();
  });
});
