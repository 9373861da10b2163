import { seedPartnership, type SeededPartnership } from '@convene/testing';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

/**
 * Keeping the directory true, as a coordinator: a duplicate merged and the merge undone, a CSV
 * file refused with its line number and then imported, a contact's data page, and a meeting
 * page showing the seats its quorum needs.
 */
describe('web: keeping the directory true', () => {
  let stack: Stack;
  let p: SeededPartnership;
  let contactId: string;

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-upkeep');
    const db = stack.api.db;
    await db.query(`INSERT INTO organisation (partnership_id, name, kind, charity_number) VALUES ($1, 'Refugee Action Walsall', 'CHARITY', '1093010'), ($1, 'Refugee Action (Walsall)', 'CHARITY', '1093010')`, [p.partnershipId]);
    [{ id: contactId }] = await db.query(
      `INSERT INTO directory_contact (partnership_id, organisation_id, name, email, visibility, email_visibility, phone_visibility, lawful_basis) VALUES ($1, $2, 'Rana Contact', 'rana@upkeep.example.org', 'PARTNERSHIP', 'PARTNERSHIP', 'COORDINATORS', 'CONSENT') RETURNING id`,
      [p.partnershipId, p.organisationId],
    );
  });
  afterAll(() => stack?.close());

  it('merges a duplicate and undoes it, refuses a bad CSV row by line, imports, and shows a contact’s data page', async () => {
    const page = await (await newContext(stack)).newPage();
    await signIn(page, p.coordinator);
    await page.goto('/directory');
    await page.getByRole('navigation', { name: 'Directory' }).getByRole('link', { name: 'Possible duplicates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Possible duplicates' }).waitFor();
    const pair = page.getByRole('region', { name: /Refugee Action/ });
    await pair.getByText('Same charity number').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'directory-merges');
    await pair.getByRole('button', { name: /^Keep Refugee Action Walsall/ }).click();
    await page.getByRole('status').getByText('Refugee Action (Walsall) merged into Refugee Action Walsall.').waitFor();
    expect(await stack.api.db.query(`SELECT name FROM organisation WHERE partnership_id = $1 AND name LIKE 'Refugee Action%'`, [p.partnershipId])).toEqual([{ name: 'Refugee Action Walsall' }]);
    await page.getByRole('button', { name: 'Undo the merge of Refugee Action (Walsall)' }).click();
    await page.getByRole('status').getByText('Refugee Action (Walsall) is back as it was.').waitFor();
    expect(await stack.api.db.query(`SELECT count(*)::int AS n FROM organisation WHERE partnership_id = $1 AND name LIKE 'Refugee Action%'`, [p.partnershipId])).toEqual([{ n: 2 }]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Directory' }).getByRole('link', { name: 'Import and export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import and export' }).waitFor();
    const organisations = (rows: string) => ({ name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(`id,name,url\n${rows}`) });
    await page.getByLabel('Organisations (organizations.csv)').setInputFiles(organisations('a,Sandwell Welcome,https://welcome.example.org\nb,Dudley Drop-in,not-a-site\n'));
    await page.getByRole('button', { name: 'Check the files' }).click();
    await page.getByRole('heading', { name: '1 problem to fix' }).waitFor();
    const problem = page.getByRole('row', { name: /organizations\.csv 3 url/ });
    expect(await problem.textContent()).toContain('The website must be a web address');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'directory-import-problems');
    await page.getByLabel('Organisations (organizations.csv)').setInputFiles(organisations('a,Sandwell Welcome,https://welcome.example.org\nb,Dudley Drop-in,https://dudley.example.org\n'));
    await page.getByRole('button', { name: 'Check the files' }).click();
    await page.getByRole('button', { name: 'Import these rows' }).click();
    await page.getByRole('status').getByText('Imported 2 organisations, 0 locations and 0 services.').waitFor();
    expect(await stack.api.db.query(`SELECT count(*)::int AS n FROM organisation WHERE partnership_id = $1 AND name IN ('Sandwell Welcome', 'Dudley Drop-in')`, [p.partnershipId])).toEqual([{ n: 2 }]);

    await page.goto(`/directory/organisations/${p.organisationId}`);
    await page.getByRole('link', { name: 'Data held about Rana Contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'A contact’s data' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Pseudonymise').check();
    await page.getByLabel(/I understand this cannot be undone/).check();
    await page.getByRole('button', { name: 'Pseudonymise the contact' }).click();
    await page.getByRole('status').getByText('The contact entry is pseudonymised.').waitFor();
    expect(await stack.api.db.query(`SELECT name, email FROM directory_contact WHERE id = $1`, [contactId])).toEqual([{ name: 'Former contact', email: null }]);
  });
});
