import argon2 from 'argon2';
import { PDFDocument } from 'pdf-lib';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const COORDINATOR = { personId: '', accountId: '', email: 'sam.patel@bank.test', password: 'Copper meadow violin 27', role: 'COORDINATOR' as const };

/**
 * The knowledge bank end to end: a coordinator of an empty partnership adds a resource with its
 * file, and a signed-out visitor with JavaScript switched off finds it in the finder, by a
 * misspelt word and a facet, and downloads it; a group-only resource never shows for them.
 */
describe('web: the knowledge bank', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    const db = stack.api.db;
    const [{ id: partnership }] = await db.query(`INSERT INTO partnership (name, slug) VALUES ('Coventry Migration Partnership', 'coventry') RETURNING id`);
    const [{ id: account }] = await db.query(`INSERT INTO account (email, name, password_hash) VALUES ($1, 'Sam Patel', $2) RETURNING id`, [COORDINATOR.email, await argon2.hash(COORDINATOR.password, { type: argon2.argon2id })]);
    await db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'COORDINATOR')`, [partnership, account]);
    const [{ id: group }] = await db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Destitution Steering Group', 'dsg', 'STEERING_GROUP', 'PRIVATE') RETURNING id`, [partnership]);
    await db.query(`INSERT INTO resource (partnership_id, title, summary, type, year, visibility, group_id, themes) VALUES ($1, 'Housing audit for the steering group', 'Internal.', 'TOOLKIT', 2024, 'GROUP', $2, '{housing}')`, [partnership, group]);
    await db.query(`SELECT resource_reindex(id) FROM resource`);
  });
  afterAll(() => stack?.close());

  /**
   * axe needs scripts in the page, so it checks the same address in a signed-out profile with
   * JavaScript on; the pages carry no scripts of their own, so it meets the same document.
   */
  async function seriousOnServedPage(url: string): Promise<string[]> {
    const checker = await newContext(stack);
    const page = await checker.newPage();
    await page.goto(url);
    const found = await seriousViolations(page);
    await checker.close();
    return found;
  }

  it('a coordinator adds a resource; a signed-out visitor without JavaScript finds it by a facet and downloads it', async () => {
    const context = await newContext(stack);
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await signIn(page, COORDINATOR);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Knowledge bank' }).click();
    await page.getByRole('heading', { level: 1, name: 'Knowledge bank' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/bank/coventry');
    // Signed in, the coordinator sees the group-only resource too.
    expect(await page.locator('#result-count').textContent()).toBe('1');
    await page.getByRole('link', { name: 'Manage resources' }).click();
    await page.getByRole('link', { name: 'Add a resource' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a resource' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Title').fill('Housing pathways for newly recognised refugees');
    await page.getByLabel('Summary').fill('A step-by-step pathway for housing teams, from the asylum decision to a settled tenancy.');
    await page.getByLabel('Type').selectOption('TOOLKIT');
    await page.getByLabel('Year published').fill('2024');
    await page.getByRole('group', { name: 'Themes' }).getByLabel('Housing').check();
    await page.getByRole('group', { name: 'Policy areas' }).getByLabel('Housing').check();
    await page.getByLabel('Public', { exact: true }).check();
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]);
    const bytes = Buffer.from(await pdf.save());
    await page.getByLabel('File (optional)').setInputFiles({ name: 'housing-pathways.pdf', mimeType: 'application/pdf', buffer: bytes });
    await screenshot(page, 'bank-add-resource');
    await page.getByRole('button', { name: 'Add resource' }).click();
    await page.getByRole('heading', { level: 1, name: 'Housing pathways for newly recognised refugees' }).waitFor();
    expect(await page.getByRole('link', { name: /^Download/ }).textContent()).toContain('PDF');
    await page.getByRole('link', { name: 'Manage resources' }).click();
    await page.getByRole('heading', { level: 1, name: 'Knowledge bank' }).waitFor();
    await page.getByRole('row', { name: /Housing pathways for newly recognised refugees/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Contributors' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contributors' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    // Signed out, with JavaScript off: the finder is a plain GET form.
    const visitor = await stack.browser.newContext({ baseURL: stack.url, javaScriptEnabled: false, viewport: { width: 1024, height: 768 }, locale: 'en-GB' });
    visitor.setDefaultTimeout(10_000);
    const anon = await visitor.newPage();
    await anon.goto('/bank');
    expect(new URL(anon.url()).pathname).toBe('/bank/coventry');
    expect(await anon.locator('#result-count').textContent()).toBe('1');
    expect(await anon.textContent('main')).not.toContain('Housing audit for the steering group');
    // The theme tile counts only what the visitor may open.
    expect(await anon.getByRole('link', { name: /^Housing \(\d+\)$/ }).textContent()).toBe('Housing (1)');
    expect(await seriousOnServedPage(anon.url())).toEqual([]);
    await screenshot(anon, 'bank-finder');

    await anon.getByLabel('Search the knowledge bank').fill('housng pathway');
    await anon.getByRole('button', { name: 'Search', exact: true }).click();
    await anon.waitForURL(/q=housng/);
    expect(await anon.locator('#result-count').textContent()).toBe('1');
    // A facet narrows (OR within, AND across): Report has none, Toolkit has the one.
    await anon.getByRole('group', { name: 'Type' }).getByLabel(/^Report/).check();
    await anon.getByRole('button', { name: 'Apply filters' }).click();
    await anon.waitForURL(/type=REPORT/);
    expect(await anon.locator('#result-count').textContent()).toBe('0');
    await anon.getByRole('group', { name: 'Type' }).getByLabel(/^Toolkit/).check();
    await anon.getByRole('button', { name: 'Apply filters' }).click();
    await anon.waitForURL(/type=REPORT&type=TOOLKIT/);
    expect(await anon.locator('#result-count').textContent()).toBe('1');
    expect(await anon.getByRole('group', { name: 'Type' }).getByLabel(/^Toolkit/).isChecked()).toBe(true);
    // The back button returns to the previous search: the state is the URL.
    await anon.goBack();
    expect(await anon.locator('#result-count').textContent()).toBe('0');
    await anon.goForward();

    await anon.getByRole('link', { name: 'Housing pathways for newly recognised refugees' }).click();
    await anon.getByRole('heading', { level: 1, name: 'Housing pathways for newly recognised refugees' }).waitFor();
    expect(await seriousOnServedPage(anon.url())).toEqual([]);
    await screenshot(anon, 'bank-resource');
    const href = await anon.getByRole('link', { name: /^Download/ }).getAttribute('href');
    const download = await visitor.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="housing-pathways.pdf"/);
    expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);
    const [{ downloads }] = await stack.api.db.query(`SELECT downloads FROM resource_counter`);
    expect(downloads).toBe(1);
    await visitor.close();
  }, 120_000);
});
