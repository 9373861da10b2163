import argon2 from 'argon2';
import { Workbook } from 'exceljs';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const COORDINATOR = { personId: '', accountId: '', email: 'ife.adeyemi@foi-answers.test', password: 'Saffron harbour kettle 38', role: 'COORDINATOR' as const };

/**
 * FOI answers from a partnership whose first campaign has just gone out to three councils: the
 * coordinator records a reply (a value that does not fit its unit refused first), sees the
 * matrix with its totals, overdue list, chart and exports, and publishes it; the public page
 * shows the answers without names. Every screen passes axe.
 */
describe('web: FOI answers, matrix, chart, export and publishing', () => {
  let stack: Stack;
  const requests: string[] = [];
  let campaign: string;

  beforeAll(async () => {
    stack = await startStack();
    const db = stack.api.db;
    const [{ id: partnership }] = await db.query(`INSERT INTO partnership (name, slug) VALUES ('West Midlands Migration Partnership', 'wmsmp') RETURNING id`);
    const [{ id: account }] = await db.query(`INSERT INTO account (email, name, password_hash) VALUES ($1, 'Ife Adeyemi', $2) RETURNING id`, [COORDINATOR.email, await argon2.hash(COORDINATOR.password, { type: argon2.argon2id })]);
    await db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'COORDINATOR')`, [partnership, account]);
    const [{ id: group }] = await db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Children in Care Working Group', 'children-in-care', 'WORKING_GROUP', 'PUBLIC') RETURNING id`, [partnership]);
    [{ id: campaign }] = await db.query(
      `INSERT INTO foi_campaign (partnership_id, group_id, title, purpose, letter_template, status, sent_at) VALUES ($1, $2, 'EU-national children in care without settled status', 'To count the children and the help each council gives.', 'Dear FOI officer', 'SENT', now()) RETURNING id`,
      [partnership, group],
    );
    await db.query(`INSERT INTO foi_question (campaign_id, number, position, text, unit) VALUES ($1, '1a', 0, 'How many EU-national children in care have no settled status?', 'COUNT'), ($1, '1b', 1, 'What did you spend on immigration advice for them?', 'MONEY_GBP')`, [campaign]);
    for (const [name, dueDays] of [['Birmingham City Council', 10], ['Coventry City Council', -10], ['Walsall Council', 12]] as const) {
      const [{ id: org }] = await db.query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, $2, 'LOCAL_AUTHORITY') RETURNING id`, [partnership, name]);
      const [{ id }] = await db.query(
        `INSERT INTO foi_request (partnership_id, campaign_id, organisation_id, sent_to, sent_via, letter_subject, letter_text, sent_at, received_on, due_on)
         VALUES ($1, $2, $3, 'foi@council.example', 'EMAIL', 'Freedom of Information request', $4, now(), current_date - 20, current_date + $5::int) RETURNING id`,
        [partnership, campaign, org, `Dear FOI officer,\n\nUnder the Freedom of Information Act 2000, please tell us…\n\nYours faithfully,\nIfe Adeyemi\n${COORDINATOR.email}`, dueDays],
      );
      requests.push(id);
    }
  });
  afterAll(() => stack?.close());

  it('records a reply, shows the matrix with its chart and exports, and publishes it without names', async () => {
    const context = await newContext(stack);
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await signIn(page, COORDINATOR);

    await page.goto(`/foi/requests/${requests[0]}/answers`);
    await page.getByRole('heading', { level: 1, name: 'Record a reply' }).waitFor();
    const first = page.getByRole('group', { name: /^1a\./ });
    await first.getByLabel('How they answered').selectOption('EXACT');
    await first.getByLabel('Value').fill('twelve');
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.getByRole('link', { name: 'The answer must be a whole number of 0 or more, such as 12.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await first.getByLabel('Value').fill('12');
    await first.getByLabel('Where in the reply (optional)').fill('page 2, table 1');
    const second = page.getByRole('group', { name: /^1b\./ });
    await second.getByLabel('How they answered').selectOption('ESTIMATE');
    await second.getByLabel('Value').fill('£1,250.50');
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.getByText('Answers saved.').waitFor();
    await screenshot(page, 'foi-record-answers');

    // Walsall: fewer than five, withheld.
    await page.goto(`/foi/requests/${requests[2]}/answers`);
    await page.getByRole('group', { name: /^1a\./ }).getByLabel('How they answered').selectOption('FEWER_THAN_FIVE');
    await page.getByRole('button', { name: 'Save answers' }).click();
    await page.getByText('Answers saved.').waitFor();
    await page.getByRole('link', { name: 'See all authorities’ answers' }).click();

    await page.getByRole('heading', { level: 1, name: 'Answers from every authority' }).waitFor();
    await page.getByText('2 of 3 authorities have replied (67%).').waitFor();
    const totals = page.getByRole('row', { name: /^1a\./ });
    expect(await totals.textContent()).toContain('1 authority said fewer than five and withheld the figure: not included in any total.');
    expect(await page.getByRole('row', { name: /Birmingham City Council/ }).textContent()).toContain('£1,250.50 (estimate)');
    // Due ten calendar days ago: four to eight working days, whatever the weekday and bank holidays.
    const overdue = (await page.getByRole('listitem').filter({ hasText: 'Coventry City Council' }).textContent())!.match(/(\d+) working days overdue/);
    expect(Number(overdue?.[1])).toBeGreaterThanOrEqual(4);
    expect(Number(overdue?.[1])).toBeLessThanOrEqual(8);
    const chart = page.getByRole('img', { name: /Question 1a: How many EU-national children/ });
    await chart.waitFor();
    expect(await chart.textContent()).toContain('Fewer than five (withheld)');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'foi-matrix');

    const xlsxHref = await page.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href');
    const xlsx = await context.request.get(xlsxHref!);
    expect(xlsx.status()).toBe(200);
    const wb = new Workbook();
    await wb.xlsx.load((await xlsx.body()) as never);
    expect(wb.getWorksheet('Matrix')!.getRow(2).getCell(4).value).toBe(12);
    const csv = await (await context.request.get((await page.getByRole('link', { name: 'CSV' }).getAttribute('href'))!)).text();
    expect(csv).toContain('"Walsall Council","1a"');

    await page.getByRole('link', { name: 'Publish the answers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Publish the answers' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign off and publish' }).click();
    await page.getByText('Signed off and published.').waitFor();
    await screenshot(page, 'foi-publish');
    const publicHref = await page.getByRole('link', { name: 'See the public page' }).getAttribute('href');

    const visitor = await (await newContext(stack)).newPage();
    await visitor.goto(publicHref!);
    await visitor.getByRole('heading', { level: 1, name: 'EU-national children in care without settled status' }).waitFor();
    const text = (await visitor.textContent('main'))!;
    expect(text).toContain('£1,250.50 (estimate)');
    expect(text).not.toContain('Ife Adeyemi');
    expect(text).not.toContain(COORDINATOR.email);
    expect(await seriousViolations(visitor)).toEqual([]);
    // Listed on the partnership's public page and on the group's.
    await visitor.goto('/public/wmsmp');
    await visitor.getByRole('link', { name: 'EU-national children in care without settled status' }).waitFor();
    expect(await seriousViolations(visitor)).toEqual([]);
    await visitor.goto('/public/wmsmp/children-in-care');
    await visitor.getByRole('heading', { level: 2, name: 'Freedom of Information requests' }).waitFor();
    expect(await visitor.getByRole('link', { name: 'EU-national children in care without settled status' }).getAttribute('href')).toBe(publicHref);
    await context.close();
  }, 120_000);
});
