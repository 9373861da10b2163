import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const POST = `mutation($t: ID!, $b: String!, $c: String!) { createPost(threadId: $t, body: $b, clientId: $c) { id } }`;

/** Unread badges, "new since your last visit", and watch / mute, in a partnership whose forum is new. */
describe('web: following threads and reading across devices', () => {
  let stack: Stack;
  let p: SeededPartnership;
  let forumId: string;
  const threads: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const as = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(stack.api.url, query, variables, { token: tokens[who] });
    if (res.errors) throw new Error(`${query}: ${res.errors[0].message}`);
    return res.data!;
  };

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-following');
    for (const [who, person] of [['coordinator', p.coordinator], ['member', p.member]] as const) {
      tokens[who] = (await gql(stack.api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    forumId = (await as('coordinator', `mutation { createForum(name: "Move-on casework") { id } }`)).createForum.id;
    await as('coordinator', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    const thread = async (key: string, title: string, body: string) =>
      (threads[key] = (await as('coordinator', `mutation($f: ID!, $t: String!, $b: String!, $c: String!) { createThread(forumId: $f, title: $t, body: $b, clientId: $c) { id } }`, { f: forumId, t: title, b: body, c: `t-${key}` })).createThread.id);
    await thread('hotels', 'Hotel moves', 'Families are being moved from the Ladywood hotel.');
    await thread('esol', 'ESOL waiting lists', 'The college list is closed until January.');
    await as('coordinator', POST, { t: threads.hotels, b: 'Six households moved on Monday.', c: 'hotels-1' });
    // The member read the hotel thread earlier, on their phone; two posts came after.
    await as('member', `mutation($t: ID!) { markThreadRead(threadId: $t) }`, { t: threads.hotels });
    await as('coordinator', POST, { t: threads.hotels, b: 'Walsall has taken four more families.', c: 'hotels-2' });
    await as('coordinator', POST, { t: threads.hotels, b: 'The council will write to each household.', c: 'hotels-3' });
  });
  afterAll(() => stack?.close());

  it('shows unread per thread, the new-since line at the first new post, and moves the other device’s badge live', async () => {
    const laptop = await newContext(stack);
    const phone = await newContext(stack);
    const page = await laptop.newPage();
    const other = await phone.newPage();
    await signIn(page, p.member);
    await signIn(other, p.member);

    await other.goto(`/forums/${forumId}`);
    const hotelsRow = other.locator('.app-thread-list__item', { hasText: 'Hotel moves' });
    await hotelsRow.getByText('2 unread').waitFor();
    await other.locator('.app-thread-list__item', { hasText: 'ESOL waiting lists' }).getByText('1 unread').waitFor();
    expect(await seriousViolations(other)).toEqual([]);
    await screenshot(other, 'forum-unread-per-thread');

    await page.goto(`/forums/${forumId}/threads/${threads.hotels}`);
    const line = page.locator('.app-new-since');
    await line.waitFor();
    expect(await line.textContent()).toBe('New since your last visit');
    // The line sits right before the first post written since.
    expect(await page.locator('.app-new-since + .app-post').textContent()).toContain('Walsall has taken four more families.');
    expect(await page.locator('.app-posts > li').first().textContent()).toContain('Families are being moved');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forum-new-since-last-visit');

    // Reading on the laptop clears the badge on the phone, without a reload.
    await hotelsRow.getByText('unread').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await other.locator('.app-thread-list__item', { hasText: 'ESOL waiting lists' }).getByText('1 unread').count()).toBe(1);
    await laptop.close();
    await phone.close();
  }, 60_000);

  it('marks a long thread read only as far as the reader has scrolled', async () => {
    const long = (await as('coordinator', `mutation($f: ID!) { createThread(forumId: $f, title: "Winter shelter rota", body: "Rota for December, night 1.", clientId: "t-long") { id } }`, { f: forumId })).createThread.id;
    for (let n = 2; n <= 12; n++) await as('coordinator', POST, { t: long, b: `Night ${n}: two volunteers needed.\n\nPlease reply with your availability.`, c: `long-${n}` });
    const readTo = async () => (await stack.api.db.query(`SELECT last_read_seq::text AS seq FROM thread_read WHERE thread_id = $1 AND person_id = $2`, [long, p.member.personId]))[0]?.seq as string | undefined;
    const [{ last }] = await stack.api.db.query(`SELECT max(created_seq)::text AS last FROM post WHERE thread_id = $1`, [long]);
    const context = await newContext(stack, { width: 400, height: 700 });
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.goto(`/forums/${forumId}/threads/${long}`);
    await page.getByText('Night 12: two volunteers needed.').waitFor({ state: 'attached' });
    // The start of the thread comes on screen: read that far, not to the end.
    await page.getByText('Rota for December, night 1.').scrollIntoViewIfNeeded();
    const deadline = Date.now() + 10_000;
    while (!(await readTo()) && Date.now() < deadline) await page.waitForTimeout(200);
    expect(await readTo()).toBeDefined();
    expect(BigInt((await readTo())!)).toBeLessThan(BigInt(last));
    await page.getByText('Night 12: two volunteers needed.').scrollIntoViewIfNeeded();
    while ((await readTo()) !== last && Date.now() < deadline + 10_000) await page.waitForTimeout(200);
    expect(await readTo()).toBe(last);
    await context.close();
  }, 60_000);

  it('watches, then mutes, a thread with the choice shown pressed and kept on the server', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.goto(`/forums/${forumId}/threads/${threads.esol}`);
    const controls = page.getByRole('group', { name: 'Following this thread' });
    const watch = controls.getByRole('button', { name: 'Watch' });
    await watch.waitFor();
    expect(await controls.getByRole('button', { name: 'Normal' }).getAttribute('aria-pressed')).toBe('true');
    await watch.click();
    await page.getByTestId('follow-thread-state').getByText('You are watching this thread').waitFor();
    expect(await watch.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('status').filter({ hasText: 'You are watching this thread' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forum-thread-watching');

    // Stored on the server: a fresh load shows the same choice.
    await page.reload();
    await controls.getByRole('button', { name: 'Watch' }).waitFor();
    expect(await controls.getByRole('button', { name: 'Watch' }).getAttribute('aria-pressed')).toBe('true');

    await controls.getByRole('button', { name: 'Mute' }).click();
    await page.getByTestId('follow-thread-state').getByText('You have muted this thread').waitFor();
    const [row] = await stack.api.db.query(`SELECT level FROM thread_follow WHERE person_id = $1 AND thread_id = $2`, [p.member.personId, threads.esol]);
    expect(row).toEqual({ level: 'MUTED' });

    // In the forum: the muted thread is tagged and counts no unread; watching the forum keeps the thread's own mute.
    await page.goto(`/forums/${forumId}`);
    const esol = page.locator('.app-thread-list__item', { hasText: 'ESOL waiting lists' });
    await esol.getByText('Muted').waitFor();
    expect(await esol.getByText('unread').count()).toBe(0);
    const forumControls = page.getByRole('group', { name: 'Following this forum' });
    await forumControls.getByRole('button', { name: 'Watch' }).click();
    await page.getByTestId('follow-forum-state').getByText('You are watching this forum').waitFor();
    await page.locator('.app-thread-list__item', { hasText: 'Hotel moves' }).getByText('Watching').waitFor();
    expect(await esol.getByText('Muted').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forum-following');
    await context.close();
  }, 60_000);
});
