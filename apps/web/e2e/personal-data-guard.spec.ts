import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

/** The composer's personal-data warning, "remove it for me", "post anyway", and the moderators' queue, in a new forum. */
describe('web: the personal-data guard', () => {
  let stack: Stack;
  let p: SeededPartnership;
  let forumId: string;
  let threadId: string;
  const tokens: Record<string, string> = {};

  const as = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(stack.api.url, query, variables, { token: tokens[who] });
    if (res.errors) throw new Error(`${query}: ${res.errors[0].message}`);
    return res.data!;
  };

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-guard');
    for (const [who, person] of [['coordinator', p.coordinator], ['member', p.member]] as const) {
      tokens[who] = (await gql(stack.api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    forumId = (await as('coordinator', `mutation { createForum(name: "Asylum support casework") { id } }`)).createForum.id;
    await as('coordinator', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    threadId = (await as('coordinator', `mutation($f: ID!) { createThread(forumId: $f, title: "Section 95 delays", body: "What are people seeing?", clientId: "guard-web-1") { id } }`, { f: forumId })).createThread.id;
  });
  afterAll(() => stack?.close());

  it('warns in the composer, removes the reference on request, and posts anyway with a reason', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.goto(`/forums/${forumId}/threads/${threadId}`);
    const composer = page.getByLabel('Your post');
    await composer.fill('A family I support (ref B1234567) has waited eleven weeks.');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const warning = page.getByTestId('personal-data-warning');
    await warning.getByText('a Home Office reference').waitFor();
    expect(await warning.textContent()).not.toContain('B1234567');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forum-personal-data-warning');

    await warning.getByRole('button', { name: 'Remove it for me' }).click();
    await page.locator('.app-posts').getByText('A family I support (ref [reference removed]) has waited eleven weeks.').waitFor();
    expect(await page.locator('.app-posts').textContent()).not.toContain('B1234567');
    expect(await warning.count()).toBe(0);

    await composer.fill('Call the Migrant Help adviser on 07911 123456 for the family.');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await warning.getByText('a phone number').waitFor();
    await warning.getByRole('button', { name: 'Post anyway' }).click();
    await page.getByLabel('Why does the post need it?').fill('It is the adviser’s work line, not a client’s');
    expect(await seriousViolations(page)).toEqual([]);
    await warning.getByRole('button', { name: 'Post anyway' }).click();
    await page.locator('.app-posts').getByText('Call the Migrant Help adviser on 07911 123456 for the family.').waitFor();
    const [row] = await stack.api.db.query(`SELECT guard_reason AS reason, guard_kinds AS kinds FROM post WHERE body_markdown LIKE 'Call the Migrant Help%'`);
    expect(row).toEqual({ reason: 'It is the adviser’s work line, not a client’s', kinds: ['PHONE_NUMBER'] });
    await context.close();
  }, 90_000);

  it('holds a post for a moderator in a HOLD forum; the moderator approves it from the queue', async () => {
    const moderatorContext = await newContext(stack);
    const moderator = await moderatorContext.newPage();
    await signIn(moderator, p.coordinator);
    await moderator.goto(`/forums/${forumId}/members`);
    await moderator.getByLabel(/When a post looks like it holds/).selectOption('HOLD');
    await moderator.getByRole('region', { name: 'Posts that may name someone' }).getByRole('button', { name: 'Save' }).click();
    await moderator.getByText('Posts that may name someone now wait for a moderator.').waitFor();
    // The moderator has the thread open: the held post arrives there live, marked as waiting.
    await moderator.goto(`/forums/${forumId}/threads/${threadId}`);
    await moderator.getByText('New posts appear here as they are written.').waitFor({ timeout: 10_000 });

    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.goto(`/forums/${forumId}/threads/${threadId}`);
    await page.getByLabel('Your post').fill('Mr K, born 12 March 1987, still has no support.');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const warning = page.getByTestId('personal-data-warning');
    await warning.getByText('In this forum, posts like this wait for a moderator').waitFor();
    await warning.getByRole('button', { name: 'Send it to a moderator' }).click();
    await page.getByLabel('Why does the post need it?').fill('The solicitor needs to match the case');
    await warning.getByRole('button', { name: 'Send for approval' }).click();
    await page.getByText('Waiting for a moderator’s approval').waitFor();
    await moderator.locator('.app-posts > li', { hasText: 'still has no support' }).getByText('Waiting for a moderator’s approval').waitFor();

    await moderator.goto(`/forums/${forumId}`);
    await moderator.getByText('One post is waiting for your approval.').waitFor();
    await moderator.getByRole('link', { name: 'Review it' }).click();
    await moderator.getByRole('heading', { level: 1, name: 'Posts waiting for approval' }).waitFor();
    await moderator.getByText('It may hold date of birth').waitFor();
    expect(await seriousViolations(moderator)).toEqual([]);
    await screenshot(moderator, 'forum-held-posts-queue');
    await moderator.getByRole('button', { name: /^Approve/ }).click();
    await moderator.getByText('The post is approved: everyone in the forum can read it now.').waitFor();
    await moderator.getByText('Nothing is waiting for approval.').waitFor();
    // On the author's open page, the post loses its mark when it arrives approved.
    await page.reload();
    await page.locator('.app-posts').getByText('still has no support').waitFor();
    expect(await page.getByText('Waiting for a moderator’s approval').count()).toBe(0);

    // A new thread whose title names someone waits with its opening post, and says so.
    await page.goto(`/forums/${forumId}`);
    await page.getByLabel('Title').fill('Support for a man born 02/02/1990');
    await page.getByLabel('First post').fill('He has been waiting since June.');
    await page.getByRole('button', { name: 'Start the thread' }).click();
    const startWarning = page.getByTestId('personal-data-warning');
    await startWarning.getByText('a date of birth').waitFor();
    await startWarning.getByRole('button', { name: 'Remove it for me' }).click();
    await page.getByRole('heading', { level: 1, name: 'Support for a man born [reference removed]' }).waitFor();
    await context.close();
    await moderatorContext.close();
  }, 90_000);

  it('lets a moderator hide a thread’s title with a reason', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/forums/${forumId}/threads/${threadId}`);
    await page.getByRole('button', { name: 'Hide the title' }).click();
    await page.getByLabel('Why are you hiding it?').fill('Names a client');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Hide the title' }).click();
    await page.getByRole('heading', { level: 1, name: 'Title hidden by a moderator' }).waitFor();
    await page.getByText('It was “Section 95 delays”.').waitFor();
    await context.close();
  }, 60_000);
});
