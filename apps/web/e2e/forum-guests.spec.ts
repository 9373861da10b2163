import { confirmationTokenFor, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

/**
 * From a partnership with no forums: a coordinator creates a forum, holds new guests' first posts
 * and makes an access link; someone from outside joins through it, naming their organisation,
 * sees only that forum, posts (held), and the post reaches the forum once approved.
 */
describe('web: forum guests', () => {
  let stack: Stack;
  let p: SeededPartnership;
  let coordinatorToken: string;

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-guests');
    coordinatorToken = (await gql(stack.api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
    await stack.api.db.query(`UPDATE account SET name = 'Priya Shah' WHERE id = $1`, [p.coordinator.accountId]);
  }, 60_000);
  afterAll(() => stack?.close());

  it('a coordinator invites a guest by link; the guest sees only that forum, and their first post waits for approval', async () => {
    const staff = await newContext(stack);
    const page = await staff.newPage();
    await signIn(page, p.coordinator);
    await page.goto('/forums/new');
    await page.getByLabel('Name').fill('Sector caseworkers');
    await page.getByRole('button', { name: 'Create forum' }).click();
    await page.getByRole('heading', { level: 1, name: 'People in the forum' }).waitFor();
    const forumId = /\/forums\/([0-9a-f-]{36})\/members/.exec(page.url())![1];

    const hold = page.getByRole('region', { name: 'New guests’ first posts' });
    await hold.getByLabel('When a forum guest posts here for the first time').selectOption('1');
    await hold.getByRole('button', { name: 'Save' }).click();
    await page.getByText('A new guest’s first post waits for a moderator’s approval.').waitFor();
    await page.getByLabel('How many people may use it').fill('20');
    await page.getByLabel('Days until it stops working').fill('14');
    await page.getByRole('button', { name: 'Make a link' }).click();
    const link = (await page.locator('#forum-invitation-link').textContent())!;
    expect([await seriousViolations(page)]).toEqual([[]]);
    await screenshot(page, 'forum-guest-settings');

    // Someone from a community group outside the partnership follows the link.
    const outside = await newContext(stack);
    const guestPage = await outside.newPage();
    await guestPage.goto(link.slice(link.indexOf('/invitation')));
    await guestPage.getByRole('heading', { name: 'Join Partnership web-guests' }).waitFor();
    expect(await guestPage.locator('main').textContent()).toContain('forum guest');
    await guestPage.getByLabel('Email address').fill('joy@walsall-innovation.test');
    await guestPage.getByLabel('Your name').fill('Joy Adebayo');
    await guestPage.getByLabel('Your organisation').fill('Walsall Community Innovation Group');
    await guestPage.getByLabel('Choose a password').fill('lantern orchard velvet');
    expect([await seriousViolations(guestPage)]).toEqual([[]]);
    await screenshot(guestPage, 'forum-guest-join');
    await guestPage.getByRole('button', { name: 'Accept and continue' }).click();
    await guestPage.getByRole('heading', { name: 'Check your email' }).waitFor();
    await guestPage.goto(`/confirm-email#token=${await confirmationTokenFor(stack.api.db, 'joy@walsall-innovation.test')}`);
    await guestPage.getByRole('button', { name: 'Confirm and join' }).click();

    // Their navigation is their forums; home sends them there.
    await guestPage.getByRole('heading', { level: 1, name: 'Forums' }).waitFor();
    const nav = await guestPage.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(nav).toEqual(['Forums']);
    expect(await guestPage.locator('main').getByRole('link', { name: 'Sector caseworkers' }).count()).toBe(1);
    expect([await seriousViolations(guestPage)]).toEqual([[]]);
    await screenshot(guestPage, 'forum-guest-forums');
    await guestPage.goto('/');
    await guestPage.getByRole('heading', { level: 1, name: 'Forums' }).waitFor();

    // A thread the coordinator started; the guest replies.
    const threadId = (await gql(stack.api.url, `mutation($f: ID!) { createThread(forumId: $f, title: "Move-on notices", body: "Who is seeing seven-day notices?", clientId: "notices") { id } }`, { f: forumId }, { token: coordinatorToken })).data!.createThread.id;
    await guestPage.goto(`/forums/${forumId}/threads/${threadId}`);
    await guestPage.getByRole('heading', { level: 1, name: 'Move-on notices' }).waitFor();
    await guestPage.getByText('New posts appear here as they are written.').waitFor();
    await guestPage.getByLabel('Your post').fill('We see the same in Walsall, with no move-on appointment booked.');
    await guestPage.getByRole('button', { name: 'Post', exact: true }).click();
    // The guest is told it waits.
    await guestPage.locator('.app-posts > li', { hasText: 'We see the same in Walsall' }).getByText('Waiting for a moderator’s approval').waitFor();
    expect([await seriousViolations(guestPage)]).toEqual([[]]);
    await screenshot(guestPage, 'forum-guest-first-post-waiting');

    // Held: the coordinator's queue has it, and it is not in the thread for anyone else yet.
    const queue = async () => ((await gql(stack.api.url, `{ heldPosts { post { id } } }`, {}, { token: coordinatorToken })).data!.heldPosts as { post: { id: string } }[]).map((h) => h.post);
    for (let i = 0; i < 50 && (await queue()).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const [held] = await queue();
    expect(held).toBeDefined();
    const [row] = await stack.api.db.query(`SELECT held_reason FROM post WHERE id = $1`, [held.id]);
    expect(row.held_reason).toBe('FIRST_POST');
    // Someone else in the forum does not see it yet.
    const memberToken = (await gql(stack.api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: p.member.email, password: p.member.password } })).data!.signIn.token;
    await gql(stack.api.url, `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId }, { token: coordinatorToken });
    const visible = async () => (await gql(stack.api.url, `query($t: ID!) { thread(id: $t) { posts { nodes { bodyMarkdown } } } }`, { t: threadId }, { token: memberToken })).data!.thread.posts.nodes.length as number;
    expect(await visible()).toBe(1);
    // The moderator approves it from the queue; then it reaches the forum.
    await page.goto('/forums/held');
    await page.getByRole('heading', { level: 1, name: 'Posts waiting for approval' }).waitFor();
    await page.getByText('A new guest’s first post.').waitFor();
    await page.getByRole('button', { name: /^Approve\s+the post by Joy Adebayo/ }).click();
    await page.getByText('Nothing is waiting for approval.').waitFor();
    expect(await visible()).toBe(2);

    // The moderator sees the guest marked in the forum's people.
    await page.goto(`/forums/${forumId}/members`);
    const guestRow = page.locator('tr', { hasText: 'Joy Adebayo' });
    await guestRow.getByText('Guest', { exact: true }).waitFor();
    await guestRow.getByRole('button', { name: /Remove guest/ }).waitFor();
    expect([await seriousViolations(page)]).toEqual([[]]);
    await screenshot(page, 'forum-guest-members');

    // The coordinator's list of guests, with the organisation they named.
    await page.goto('/admin/forum-guests');
    await page.getByRole('heading', { level: 1, name: 'Forum guests' }).waitFor();
    await page.getByText('Walsall Community Innovation Group').waitFor();
    expect([await seriousViolations(page)]).toEqual([[]]);
    await screenshot(page, 'forum-guests-admin');

    // A moderator removes the guest: their forums page no longer lists it.
    await page.goto(`/forums/${forumId}/members`);
    await page.locator('tr', { hasText: 'Joy Adebayo' }).getByRole('button', { name: /Remove guest/ }).click();
    await page.getByRole('button', { name: 'Yes, remove Joy Adebayo' }).click();
    await page.getByText('Joy Adebayo has been removed from the forum.').waitFor();
    await guestPage.goto('/forums');
    await guestPage.getByRole('heading', { level: 1, name: 'Forums' }).waitFor();
    expect(await guestPage.locator('main').getByRole('link', { name: 'Sector caseworkers' }).count()).toBe(0);
    await staff.close();
    await outside.close();
  });
});
