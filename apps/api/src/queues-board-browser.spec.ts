import { chromium, type Browser } from 'playwright-core';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

describe('bull-board in a real browser, under its Content Security Policy', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let browser: Browser;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'board-browser');
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('renders the queues for an admin; the policy refuses only the board’s web font from elsewhere', async () => {
    const token = (await gql(api.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: p.admin.email, password: p.admin.password } })).data!.signIn.token as string;
    const context = await browser.newContext();
    await context.addCookies([{ name: 'convene_session', value: token, url: api.url }]);
    const page = await context.newPage();
    const refused: string[] = [];
    const crashed: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    page.on('pageerror', (error) => crashed.push(error.message));
    await page.goto(`${api.url}/admin/queues`);
    // The queue list comes from the board's own JSON API, drawn by its scripts.
    await page.getByRole('link', { name: 'schedule' }).waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'mail' }).waitFor();
    expect(crashed).toEqual([]);
    // A third-party font would tell another site who opens the admin pages; system fonts do.
    expect(refused.filter((text) => !text.includes('https://fonts.googleapis.com/'))).toEqual([]);
    await context.close();
  });
});
