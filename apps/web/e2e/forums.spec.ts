import type { Page, WebSocketRoute } from 'playwright-core';
import { gql, seedPartnership, type SeededPartnership, type SeededPerson } from '@convene/testing';
import { isFocused, newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

/**
 * The forums in a real browser: lists, a thread with a Markdown preview, two people seeing each
 * other live (posts, presence, hides, a dropped connection caught up), moderation and search.
 */
describe('web: forums', () => {
  let stack: Stack;
  let p: SeededPartnership;
  let amina: SeededPerson;
  let forumId: string;
  let threadId: string;
  const token: Record<string, string> = {};

  const as = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(stack.api.url, query, variables, { token: token[who] });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const post = (page: Page, text: string) => page.locator('.app-posts > li', { hasText: text });
  const live = (page: Page) => page.getByText('New posts appear here as they are written.').waitFor({ timeout: 10_000 });

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-forums');
    const db = stack.api.db;
    await db.query(`UPDATE account SET name = 'Sam Okafor' WHERE id = $1`, [p.member.accountId]);
    await db.query(`UPDATE account SET name = 'Priya Shah' WHERE id = $1`, [p.coordinator.accountId]);
    const [{ id: accountId }] = await db.query(`INSERT INTO account (email, name, password_hash) SELECT 'amina@web-forums.test', 'Amina Yusuf', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    const [{ id: personId }] = await db.query(`INSERT INTO person (partnership_id, account_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER') RETURNING id`, [p.partnershipId, accountId, p.organisationId]);
    amina = { ...p.member, personId, accountId, email: 'amina@web-forums.test' };
    for (const who of ['coordinator', 'member'] as const) {
      token[who] = (await gql(stack.api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email: p[who].email, password: p[who].password } })).data!.signIn.token;
    }
    forumId = (await as('coordinator', `mutation { createForum(name: "Housing and homelessness", description: "Temporary accommodation, hotels and move-on across the city.") { id } }`)).createForum.id;
    for (const person of [p.member.personId, amina.personId]) await as('coordinator', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: person });
    const pinned = (await as('coordinator', `mutation($f: ID!) { createThread(forumId: $f, title: "How to use this forum", body: "Please do not name families here.", clientId: "rules", theme: "house rules") { id } }`, { f: forumId })).createThread.id;
    await as('coordinator', `mutation($id: ID!) { pinThread(id: $id) { id } lockThread(id: $id) { id } }`, { id: pinned });
    threadId = (await as('coordinator', `mutation($f: ID!) { createThread(forumId: $f, title: "Hotel closures this winter", body: "Which hotels are **closing**, and when?", clientId: "hotels", theme: "housing") { id } }`, { f: forumId }))
      .createThread.id;
  }, 60_000);
  afterAll(() => stack?.close());

  it('a member posts in a forum: list, forum, thread, Markdown preview, errors linked to the box', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forums' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forums' }).waitFor();
    await page.getByRole('link', { name: 'Housing and homelessness' }).waitFor();
    expect(await page.locator('.app-forum-list').textContent()).toMatch(/2 unread.*Temporary accommodation.*You can read and post/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forums');

    await page.getByRole('link', { name: 'Housing and homelessness' }).click();
    await page.getByRole('heading', { level: 1, name: 'Housing and homelessness' }).waitFor();
    const threads = await page.locator('.app-thread-list > li').allTextContents();
    expect(threads[0]).toMatch(/How to use this forum.*Pinned.*Locked/);
    expect(threads[1]).toMatch(/Hotel closures this winter.*Theme: housing/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Hotel closures this winter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hotel closures this winter' }).waitFor();
    await live(page);
    expect(await post(page, 'Which hotels are closing').locator('strong', { hasText: 'closing' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing written: the error summary links to the box.
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Write something to post' }).click();
    expect(await isFocused(page.getByLabel('Your post'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Your post').fill('The Station Hotel closes on **31 January**.\n\n- 14 families\n- 3 single adults');
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: /Preview/ });
    await preview.locator('strong', { hasText: '31 January' }).waitFor();
    expect(await preview.locator('li').allTextContents()).toEqual(['14 families', '3 single adults']);
    expect(await seriousViolations(page)).toEqual([]);

    // Too long for a post: refused before sending, linked to the box.
    await page.getByLabel('Your post').fill('x'.repeat(20_001));
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.getByRole('alert').getByRole('link', { name: /Posts can be up to 20,000 characters/ }).waitFor();

    await page.getByLabel('Your post').fill('The Station Hotel closes on **31 January**.\n\n- 14 families\n- 3 single adults');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await post(page, 'The Station Hotel closes on').locator('strong', { hasText: '31 January' }).waitFor();
    const mine = page.locator(`#${await post(page, 'The Station Hotel closes on').getAttribute('id')}`);
    expect(await mine.locator('.app-post__meta').first().textContent()).toMatch(/^Sam Okafor \(you\)/);
    expect(await page.getByLabel('Your post').inputValue()).toBe('');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByTestId('announcements').filter({ hasText: /^Your post has been added$/ }).waitFor();

    // The author edits it; the edited marker shows.
    await mine.getByRole('button', { name: /^Edit your post/ }).click();
    await page.locator(`textarea[id^="edit-"]`).fill('The Station Hotel closes on **7 February** (moved).');
    await mine.getByRole('button', { name: 'Save changes' }).click();
    await mine.locator('strong', { hasText: '7 February' }).waitFor();
    expect(await mine.textContent()).toContain('edited');
    expect(await seriousViolations(page)).toEqual([]);

    // Works at 360 px wide without sideways scrolling.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // Having read the thread, only the other thread's post is unread.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forums' }).click();
    await page.locator('.app-forum-list', { hasText: '1 unread' }).waitFor();
    await context.close();
  }, 40_000);

  it('two browsers in the same thread see each other’s posts, presence, hides and a dropped connection caught up', async () => {
    const [sam, priya] = [await newContext(stack), await newContext(stack)];
    const a = await sam.newPage();
    const b = await priya.newPage();
    // Sam's WebSocket goes through a route the test can cut, to drop the connection on purpose.
    let blocked = false;
    const sockets: WebSocketRoute[] = [];
    await a.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (blocked) {
        // A network that is still down: the connection opens, nothing the page sends gets
        // through, and it soon drops again.
        const server = ws.connectToServer();
        ws.onMessage(() => undefined);
        let dropping = false;
        server.onMessage((message) => {
          ws.send(message);
          if (dropping) return;
          dropping = true;
          setTimeout(() => void ws.close().then(() => server.close()), 50);
        });
        return;
      }
      ws.connectToServer();
      sockets.push(ws);
    });
    await signIn(a, p.member);
    await signIn(b, p.coordinator);
    const url = `/forums/${forumId}/threads/${threadId}`;
    await Promise.all([a.goto(url), b.goto(url)]);
    await Promise.all([live(a), live(b)]);
    await a.getByTestId('presence').filter({ hasText: 'Also here: Priya Shah.' }).waitFor({ timeout: 10_000 });
    await b.getByTestId('presence').filter({ hasText: 'Also here: Sam Okafor.' }).waitFor({ timeout: 10_000 });

    // Priya posts; it appears for Sam without a reload, announced politely, focus untouched.
    await a.getByLabel('Your post').focus();
    await b.getByLabel('Your post').fill('Thanks Sam: I will ask **housing options** about move-on.');
    await b.getByRole('button', { name: 'Post', exact: true }).click();
    await post(a, 'I will ask').locator('strong', { hasText: 'housing options' }).waitFor({ timeout: 10_000 });
    await a.getByTestId('announcements').filter({ hasText: 'New post from Priya Shah' }).waitFor();
    expect(await a.getByTestId('announcements').getAttribute('aria-live')).toBe('polite');
    expect(await isFocused(a.getByLabel('Your post'))).toBe(true);
    expect(await post(a, 'I will ask').textContent()).toContain('New');

    // Sam posts something that should not be here; Priya sees it live and hides it with a reason.
    await a.getByLabel('Your post').fill('The family in room 12 are called Ahmadi');
    await a.getByRole('button', { name: 'Post', exact: true }).click();
    const named = post(b, 'room 12');
    await named.waitFor({ timeout: 10_000 });
    await b.getByTestId('announcements').filter({ hasText: 'New post from Sam Okafor' }).waitFor();
    await named.getByRole('button', { name: /^Hide Sam Okafor’s post/ }).click();
    expect(await isFocused(b.getByLabel('Why are you hiding this post?'))).toBe(true);
    await b.getByRole('button', { name: 'Hide post' }).click();
    await b.getByRole('alert').getByRole('link', { name: 'Enter why you are hiding the post' }).waitFor();
    expect(await seriousViolations(b)).toEqual([]);
    await b.getByLabel('Why are you hiding this post?').fill('Names a family');
    await b.getByRole('button', { name: 'Hide post' }).click();
    await named.getByText('Hidden by a moderator: Names a family').waitFor();
    const hiddenForSam = post(a, 'Hidden by a moderator: Names a family');
    await hiddenForSam.waitFor({ timeout: 10_000 });
    // Sam is the author, so he still sees his words, marked as hidden; the class says so too.
    expect(await hiddenForSam.getAttribute('class')).toContain('app-post--hidden');
    expect(await seriousViolations(b)).toEqual([]);

    // Sam reports Priya's post.
    const priyas = post(a, 'I will ask');
    await priyas.getByRole('button', { name: /^Report Priya Shah’s post/ }).click();
    await a.getByLabel('What is wrong with this post?').fill('Should be in the move-on thread');
    await a.getByRole('button', { name: 'Send report' }).click();
    await priyas.getByText('Thank you. The moderators have been told about this post.').waitFor();

    // Sam replies to it; Priya sees what the reply answers.
    await priyas.getByRole('button', { name: /^Reply to Priya Shah’s post/ }).click();
    expect(await isFocused(a.getByLabel('Your post'))).toBe(true);
    await a.getByText(/^Replying to Priya Shah’s post/).waitFor();
    await a.getByLabel('Your post').fill('Yes please: ask about families with school places.');
    await a.getByRole('button', { name: 'Post', exact: true }).click();
    const reply = post(b, 'families with school places');
    await reply.waitFor({ timeout: 10_000 });
    expect(await reply.getByRole('link', { name: 'Priya Shah’s post' }).count()).toBe(1);

    // The connection drops: Sam sees it, Priya posts meanwhile, and Sam catches up on return.
    blocked = true;
    sockets.splice(0).forEach((ws) => void ws.close());
    await a.getByText('Connection lost, reconnecting…').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(a)).toEqual([]);
    await b.getByLabel('Your post').fill('Posted while Sam was offline');
    await b.getByRole('button', { name: 'Post', exact: true }).click();
    await post(b, 'Posted while Sam was offline').waitFor();
    expect(await post(a, 'Posted while Sam was offline').count()).toBe(0);
    // Sam can still post: without the socket it goes through the API, and Priya gets it live.
    await a.getByLabel('Your post').fill('Sent while my connection was down');
    await a.getByRole('button', { name: 'Post', exact: true }).click();
    await post(a, 'Sent while my connection was down').waitFor();
    await post(b, 'Sent while my connection was down').waitFor({ timeout: 10_000 });
    blocked = false;
    await post(a, 'Posted while Sam was offline').waitFor({ timeout: 15_000 });
    await live(a);
    await a.getByTestId('announcements').filter({ hasText: 'New post from Priya Shah' }).waitFor();
    expect(await seriousViolations(a)).toEqual([]);
    await screenshot(a, 'thread');

    // Locking reaches Sam live, mid-sentence: his words are kept, and posting says why it cannot.
    await a.getByLabel('Your post').fill('One more thing about the hotels');
    await b.getByRole('button', { name: 'Lock thread' }).click();
    await a.getByText('This thread is locked. No one can add or change posts.').waitFor({ timeout: 10_000 });
    expect(await a.getByLabel('Your post').inputValue()).toBe('One more thing about the hotels');
    await a.getByRole('button', { name: 'Post', exact: true }).click();
    await a.getByRole('alert').getByRole('link', { name: /This thread is locked/ }).click();
    expect(await isFocused(a.getByLabel('Your post'))).toBe(true);
    expect(await seriousViolations(a)).toEqual([]);
    await b.getByRole('button', { name: 'Unlock thread' }).click();
    await a.locator('.govuk-inset-text', { hasText: 'This thread is locked' }).waitFor({ state: 'detached', timeout: 10_000 });
    await Promise.all([sam.close(), priya.close()]);
  }, 60_000);

  it('a moderator sees reports and members, removes someone, and starts a thread', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/forums/${forumId}`);
    await page.getByRole('heading', { level: 1, name: 'Housing and homelessness' }).waitFor();
    await page.locator('.app-report-list').getByText('Should be in the move-on thread', { exact: true }).waitFor();
    const members = page.locator('.app-member-list');
    await members.locator('strong', { hasText: 'Amina Yusuf' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forum');

    await page.getByRole('button', { name: 'Remove Amina Yusuf' }).click();
    expect(await isFocused(page.getByRole('button', { name: 'Yes, remove Amina Yusuf' }))).toBe(true);
    await page.getByRole('button', { name: 'Yes, remove Amina Yusuf' }).click();
    await page.getByText('Amina Yusuf has been removed from the forum.').waitFor();
    expect(await members.locator('strong', { hasText: 'Amina Yusuf' }).count()).toBe(0);

    await page.getByRole('button', { name: /^Mark as dealt with/ }).click();
    await page.getByText('No open reports.').waitFor();

    await page.getByLabel('Title').fill('Move-on from hotels');
    await page.getByLabel('First post').fill('Who has **move-on** capacity in March?');
    await page.getByRole('button', { name: 'Start the thread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Move-on from hotels' }).waitFor();
    await post(page, 'capacity in March').locator('strong', { hasText: 'move-on' }).waitFor();
    await context.close();
  }, 30_000);

  it('search finds a post with the match highlighted, and says when nothing matches', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.goto('/forums');
    await page.getByRole('link', { name: 'Search the forums' }).click();
    await page.getByRole('heading', { level: 1, name: 'Search the forums' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter words to search for' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Search for').fill('station hotel');
    await page.getByRole('button', { name: 'Search' }).click();
    const result = page.locator('.app-search-result', { hasText: 'Hotel closures this winter' }).first();
    await result.waitFor();
    expect(await result.locator('mark').first().textContent()).toMatch(/station/i);
    expect(await result.textContent()).toContain('In Housing and homelessness');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forum-search');
    // Hidden posts are never found.
    await page.getByLabel('Search for').fill('Ahmadi');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 2, name: 'No posts match' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goBack();
    await page.getByRole('link', { name: 'Hotel closures this winter' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hotel closures this winter' }).waitFor();
    await context.close();
  }, 30_000);
});
