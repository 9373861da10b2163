import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const POST = `mutation($t: ID!, $b: String!, $c: String!) { createPost(threadId: $t, body: $b, clientId: $c) { id bodyHtml bodyMarkdown } }`;
const CANDIDATES = `query($f: ID!, $q: String!) { mentionCandidates(forumId: $f, query: $q) { id name organisation } }`;

/** Mentions: picked from readers of the forum, or typed as "@Full Name" when exactly one reader has that name. */
describe('mentions', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token: Record<string, string> = {};
  const people: Record<string, string> = {};
  let forumId: string;
  let threadId: string;
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });
  const mentioned = async (postId: string) => (await api.db.query(`SELECT person_id AS id FROM post_mention WHERE post_id = $1`, [postId])).map((r: { id: string }) => r.id).sort();

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'mentions');
    // Two readers named alike, one outsider with a reader's name, in the same partnership.
    const person = async (key: string, email: string, name: string) => {
      const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $2, $3, password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId, email, name]);
      [{ id: people[key] }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER') RETURNING id`, [p.partnershipId, accountId, p.organisationId]);
    };
    await person('amina', 'amina@mentions.test', 'Amina Yusuf');
    await person('sam1', 'sam1@mentions.test', 'Sam Patel');
    await person('sam2', 'sam2@mentions.test', 'Sam Patel');
    await person('outsider', 'grace@mentions.test', 'Grace Okafor');
    for (const [who, email] of [['coordinator', p.coordinator.email], ['member', p.member.email], ['outsider', 'grace@mentions.test']]) {
      token[who] = (await gql(api.url, SIGN_IN, { input: { email, password: p.member.password } })).data!.signIn.token;
    }
    forumId = (await as('coordinator', `mutation { createForum(name: "Destitution casework") { id } }`)).data!.createForum.id;
    for (const id of [p.member.personId, people.amina, people.sam1, people.sam2]) await as('coordinator', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: id });
    threadId = (await as('member', `mutation($f: ID!) { createThread(forumId: $f, title: "Winter night shelter", body: "Who has beds?", clientId: "t1") { id } }`, { f: forumId })).data!.createThread.id;
  });
  afterAll(() => api.close());

  it('offers only readers of the forum to the picker, by the start of any word of their name', async () => {
    const res = await as('member', CANDIDATES, { f: forumId, q: 'yus' });
    expect(res.data!.mentionCandidates).toEqual([{ id: people.amina, name: 'Amina Yusuf', organisation: 'Charity mentions' }]);
    expect((await as('member', CANDIDATES, { f: forumId, q: 'Grace' })).data!.mentionCandidates).toEqual([]);
    expect(codeOf(await as('outsider', CANDIDATES, { f: forumId, q: 'Am' }))).toBe('NOT_FOUND');
  });

  it('a typed "@Full Name" of exactly one reader becomes a mention, highlighted; an ambiguous or outside name stays text', async () => {
    const res = await as('member', POST, { t: threadId, c: 'm1', b: 'Thanks @Amina Yusuf for the figures. @Sam Patel and @Grace Okafor, any beds?' });
    const post = res.data!.createPost;
    expect(post.bodyMarkdown).toBe(`Thanks @[Amina Yusuf](${people.amina}) for the figures. @Sam Patel and @Grace Okafor, any beds?`);
    expect(post.bodyHtml).toContain(`<span data-mention="${people.amina}" class="mention">@Amina Yusuf</span>`);
    expect(await mentioned(post.id)).toEqual([people.amina]);
  });

  it('a picked mention of a reader counts; an edit that adds a mention records it', async () => {
    const res = await as('member', POST, { t: threadId, c: 'm2', b: `@[Sam Patel](${people.sam2}) can you check?` });
    expect(await mentioned(res.data!.createPost.id)).toEqual([people.sam2]);
    const edited = await as('member', `mutation($id: ID!, $b: String!) { editPost(id: $id, body: $b) { bodyMarkdown } }`, { id: res.data!.createPost.id, b: `@[Sam Patel](${people.sam2}) can you check with @Amina Yusuf?` });
    expect(edited.errors).toBeUndefined();
    expect(await mentioned(res.data!.createPost.id)).toEqual([people.amina, people.sam2].sort());
  });
});
