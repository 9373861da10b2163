import argon2 from 'argon2';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const COORDINATOR = { personId: '', accountId: '', email: 'ola.bakare@bank-extras.test', password: 'Amber lantern river 52', role: 'COORDINATOR' as const };

/**
 * The knowledge bank's extras from an empty partnership: a coordinator imports resources from a
 * CSV file (a bad row refused first, then the corrected file), saves a search from the finder to
 * be emailed about, and downloads the search as CSV; every screen passes axe.
 */
describe('web: knowledge bank import, saved searches and export', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    const db = stack.api.db;
    const [{ id: partnership }] = await db.query(`INSERT INTO partnership (name, slug) VALUES ('Leeds Migration Partnership', 'leeds') RETURNING id`);
    const [{ id: account }] = await db.query(`INSERT INTO account (email, name, password_hash) VALUES ($1, 'Ola Bakare', $2) RETURNING id`, [COORDINATOR.email, await argon2.hash(COORDINATOR.password, { type: argon2.argon2id })]);
    await db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'COORDINATOR')`, [partnership, account]);
  });
  afterAll(() => stack?.close());

  it('imports a CSV file after its preview, saves a search from the finder and exports it', async () => {
    const context = await newContext(stack);
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await signIn(page, COORDINATOR);
    await page.goto('/resources');
    await page.getByRole('link', { name: 'Import from a CSV file' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import resources' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const header = 'title,organisations,year,type,summary,link,themes';
    const bad = `${header}\nMove-on from asylum support,British Red Cross,2024,Briefing,What happens in the 28 days after a decision.,https://example.org/move-on,housing; destitution\nESOL waiting lists,,20x4,Report,Waiting times for English classes.,,esol\n`;
    await page.getByLabel('CSV file').setInputFiles({ name: 'resources.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: '2 rows in resources.csv' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'problems' }).textContent()).toContain('1 row has problems');
    expect(await page.getByRole('row', { name: /ESOL waiting lists/ }).textContent()).toContain('year: The year must be four digits, like 2023.');
    expect(await page.getByRole('row', { name: /Move-on from asylum support/ }).textContent()).toContain('British Red Cross (outside author)');
    expect(await page.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'bank-import-preview');

    await page.getByLabel('CSV file').setInputFiles({ name: 'resources.csv', mimeType: 'text/csv', buffer: Buffer.from(bad.replace('20x4', '2024')) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('Every row is ready to import.').waitFor();
    await page.getByRole('button', { name: 'Import 2 resources' }).click();
    await page.getByText('2 resources were imported.').waitFor();
    expect(await stack.api.db.query(`SELECT count(*)::int AS n FROM resource`)).toEqual([{ n: 2 }]);

    // The finder offers to email new matches; the saved searches page keeps the search.
    await page.goto('/bank/leeds?theme=esol');
    await page.getByRole('link', { name: 'Email me when new resources match this search' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved searches' }).waitFor();
    await page.getByText('Saved. New resources matching ESOL will be emailed to you each Monday.').waitFor();
    await page.getByRole('link', { name: 'ESOL', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'bank-saved-searches');
    const href = await page.getByRole('link', { name: 'ESOL', exact: true }).getAttribute('href');
    expect(href).toBe('/bank/leeds?theme=esol');

    // The finder's export is the same search.
    await page.goto('/bank/leeds?theme=esol');
    const csvHref = await page.getByRole('link', { name: /^CSV/ }).getAttribute('href');
    expect(csvHref).toBe('/bank/leeds/export.csv?theme=esol');
    const csv = await (await context.request.get(csvHref!)).text();
    expect(csv).toContain('"ESOL waiting lists"');
    expect(csv).not.toContain('Move-on from asylum support');

    await page.goto('/resources/saved-searches');
    await page.getByRole('button', { name: 'Stop emails about ESOL' }).click();
    await page.getByText('You have no saved searches.').waitFor();
    await context.close();
  }, 120_000);
});
