import { TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startWorker, type WorkerHarness } from '../../worker/src/testing/worker-harness';
import { isFocused, newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

describe('web: mentioning someone in a post', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let forumId: string;
  let threadId: string;
  let aminaId: string;
  const tokens: Record<string, string> = {};

  const as = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(stack.api.url, query, variables, { token: tokens[who] });
    if (res.errors) throw new Error(`${query}: ${res.errors[0].message}`);
    return res.data!;
  };

  beforeAll(async () => {
    stack = await startStack();
    smtp = await startSmtpSink();
    const { DATABASE_URL, REDIS_URL, REDIS_PREFIX } = stack.api.config;
    worker = await startWorker({ DATABASE_URL, REDIS_URL, REDIS_PREFIX, SMTP_URL: smtp.url });
    p = await seedPartnership(stack.api.db, 'web-mentions');
    const [{ id: accountId }] = await stack.api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'amina@web-mentions.test', 'Amina Yusuf', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    [{ id: aminaId }] = await stack.api.db.query(`INSERT INTO person (partnership_id, account_id, organisation_id, role) VALUES ($1, $2, $3, 'MEMBER') RETURNING id`, [p.partnershipId, accountId, p.organisationId]);
    for (const [who, person] of [['coordinator', p.coordinator], ['member', p.member]] as const) {
      tokens[who] = (await gql(stack.api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    forumId = (await as('coordinator', `mutation { createForum(name: "Destitution casework") { id } }`)).createForum.id;
    for (const id of [p.member.personId, aminaId]) await as('coordinator', `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: id });
    threadId = (await as('coordinator', `mutation($f: ID!) { createThread(forumId: $f, title: "Winter night shelter", body: "Who has beds this week?", clientId: "t1") { id } }`, { f: forumId })).createThread.id;
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await stack?.close();
  });

  it('picks a reader from the keyboard, posts the mention highlighted, and the mention email arrives', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.goto(`/forums/${forumId}/threads/${threadId}`);
    const box = page.getByLabel('Your post');
    await box.click();
    await box.pressSequentially('Thanks @yus');
    const list = page.getByRole('listbox', { name: 'People to mention' });
    await list.getByRole('option', { name: /Amina Yusuf/ }).waitFor();
    expect(await box.getAttribute('aria-activedescendant')).toBe(await list.getByRole('option').first().getAttribute('id'));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forum-mention-picker');
    // Typing straight on, as people do: every key lands after the mention.
    await page.keyboard.press('Enter');
    await page.keyboard.type('for the figures.');
    await list.waitFor({ state: 'detached' });
    expect(await isFocused(box)).toBe(true);
    expect(await box.inputValue()).toBe(`Thanks @[Amina Yusuf](${aminaId}) for the figures.`);

    // Escape closes the list without choosing.
    await page.keyboard.type(' Also @Ami');
    await list.waitFor();
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    await page.keyboard.type('na Yusuf again');

    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const mention = page.locator('.app-post .mention', { hasText: '@Amina Yusuf' });
    await mention.first().waitFor();
    // The typed "@Amina Yusuf" counted too: one reader has that name.
    expect(await mention.count()).toBe(2);
    await context.close();

    const [{ w }] = await stack.api.db.query(`SELECT floor(extract(epoch FROM created_at) / 300) * 300 AS w FROM post_mention WHERE person_id = $1`, [aminaId]);
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date((Number(w) + 360) * 1000).toISOString() });
    const [mail] = await smtp.waitFor(1, 15_000);
    expect(mail.subject).toBe('MEMBER of web-mentions mentioned you in Destitution casework');
    expect(mail.text).toContain('for the figures.');
  });
});
