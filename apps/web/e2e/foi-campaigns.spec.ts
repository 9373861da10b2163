import argon2 from 'argon2';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const PASSWORD = 'Juniper lantern quay 61';
const COORDINATOR = { personId: '', accountId: '', email: 'amara.okafor@foi-campaigns.test', password: PASSWORD, role: 'COORDINATOR' as const };
const MEMBER = { personId: '', accountId: '', email: 'tomasz.nowak@foi-campaigns.test', password: PASSWORD, role: 'MEMBER' as const };

/**
 * A partnership's first FOI campaign, from nothing: the coordinator gives a council its FOI
 * address, makes a recipient list, drafts the campaign with its questions and sends it; records a
 * portal submission, which starts the clock, and a clarification, which stops it; logs a reply
 * with a file; adds a year of bank holidays. A member of the campaign's group then sees it, but
 * not a draft. Every new screen passes axe.
 */
describe('web: FOI campaigns, requests and their clocks', () => {
  let stack: Stack;
  let walsall: string;

  beforeAll(async () => {
    stack = await startStack();
    const db = stack.api.db;
    const [{ id: partnership }] = await db.query(`INSERT INTO partnership (name, slug) VALUES ('West Midlands Migration Partnership', 'wm-foi') RETURNING id`);
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const person = async (email: string, name: string, role: string) => {
      const [{ id: account }] = await db.query(`INSERT INTO account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [email, name, hash]);
      return (await db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, $3) RETURNING id`, [partnership, account, role]))[0].id as string;
    };
    await person(COORDINATOR.email, 'Amara Okafor', 'COORDINATOR');
    const member = await person(MEMBER.email, 'Tomasz Nowak', 'MEMBER');
    const [{ id: group }] = await db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Children in care working group', 'children-in-care', 'WORKING_GROUP', 'PRIVATE') RETURNING id`, [partnership]);
    await db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, member]);
    [{ id: walsall }] = await db.query(
      `INSERT INTO organisation (partnership_id, name, kind, foi_email, foi_portal_url) VALUES ($1, 'Walsall Council', 'LOCAL_AUTHORITY', NULL, NULL), ($1, 'Coventry City Council', 'LOCAL_AUTHORITY', 'foi@coventry.example', NULL),
         ($1, 'Rugby Borough Council', 'LOCAL_AUTHORITY', NULL, 'https://rugby.example/foi') RETURNING id`,
      [partnership],
    );
    await db.query(`INSERT INTO foi_campaign (partnership_id, group_id, title, letter_template) VALUES ($1, $2, 'Unfinished draft about housing', 'Dear FOI officer')`, [partnership, group]);
  });
  afterAll(() => stack?.close());

  it('sends a campaign, runs and stops a request’s clock, logs a reply, and shows the group member the sent campaign only', async () => {
    const context = await newContext(stack);
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await signIn(page, COORDINATOR);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FOI' }).click();
    await page.getByRole('heading', { level: 1, name: 'FOI campaigns' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A council without an FOI address gets one on its directory page.
    await page.goto(`/directory/organisations/${walsall}`);
    await page.getByText('No FOI address yet.').waitFor();
    await page.getByRole('button', { name: 'Change the FOI address' }).click();
    await page.getByLabel('FOI email address').fill('FOI@Walsall.example');
    await page.getByRole('button', { name: 'Save the FOI address' }).click();
    await page.getByText('FOI requests go to foi@walsall.example.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/foi/recipient-lists');
    await page.getByRole('heading', { level: 1, name: 'Recipient lists' }).waitFor();
    await page.getByRole('button', { name: 'New recipient list' }).click();
    await page.getByLabel('Name', { exact: true }).fill('West Midlands local authorities');
    for (const council of ['Walsall Council', 'Coventry City Council', 'Rugby Borough Council']) await page.getByRole('checkbox', { name: new RegExp(council) }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save the list' }).click();
    await page.getByText('List created.').waitFor();
    await page.getByRole('heading', { name: /West Midlands local authorities/ }).waitFor();
    await screenshot(page, 'foi-recipient-lists');

    await page.goto('/foi');
    await page.getByLabel('Title').fill('EU-national children in care without settled status');
    await page.getByLabel('Group').selectOption({ label: 'Children in care working group' });
    await page.getByRole('button', { name: 'Start the campaign' }).click();
    await page.getByRole('heading', { level: 1, name: /EU-national children in care/ }).waitFor();
    await page.getByLabel('Question', { exact: true }).fill('How many looked-after children are EU nationals without settled status?');
    await page.getByLabel('Definition').fill('At 31 March 2026');
    await page.getByRole('button', { name: 'Save the questions' }).click();
    await page.getByText('Questions saved.').waitFor();
    await page.getByLabel('Recipient list').selectOption({ label: 'West Midlands local authorities (version 1)' });
    await page.getByRole('button', { name: 'Use this list' }).click();
    await page.getByText('Recipients chosen.').waitFor();
    const preview = page.getByRole('region', { name: 'Letter preview' }).or(page.getByLabel('Letter preview'));
    expect(await preview.textContent()).toContain('Freedom of Information Act 2000');
    expect(await preview.textContent()).toContain('1. How many looked-after children are EU nationals without settled status?');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'foi-campaign-draft');

    await page.getByRole('button', { name: 'Send to 3 authorities' }).click();
    await page.getByRole('button', { name: 'Yes, send the requests' }).click();
    await page.getByText('Sent: 2 by email, 1 to submit through a portal.').waitFor();
    const table = page.getByRole('table', { name: 'Requests' });
    await table.waitFor();
    expect(await table.textContent()).toContain('Not sent yet');
    expect(await seriousViolations(page)).toEqual([]);

    // The portal request: submitted by hand, which starts its clock.
    await table.getByRole('link', { name: 'Rugby Borough Council' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rugby Borough Council' }).waitFor();
    await page.getByRole('button', { name: 'Record as submitted' }).click();
    await page.getByText('Recorded as submitted through the portal; the clock has started.').waitFor();
    await page.getByText('20 working days left').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'foi-request');

    await page.getByLabel('What they asked').fill('Do you mean children under 18 only?');
    await page.getByRole('button', { name: 'Stop the clock' }).click();
    await page.getByText('Clarification recorded: the clock has stopped.').waitFor();
    await page.getByText('Clock stopped: waiting for our clarification').waitFor();

    await page.getByLabel('Subject').fill('Acknowledgement');
    await page.getByLabel('Text', { exact: true }).fill('Your request has been logged as RBC-2026-118.');
    await page.locator('#foi-log-file').setInputFiles({ name: 'acknowledgement.csv', mimeType: 'text/csv', buffer: Buffer.from('reference,date\nRBC-2026-118,today\n') });
    await page.getByRole('button', { name: 'Add to the log' }).click();
    await page.getByRole('link', { name: 'acknowledgement.csv' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/foi/bank-holidays');
    await page.getByRole('heading', { level: 1, name: 'Bank holidays and sending address' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Year').fill('2031');
    await page.getByLabel('Bank holidays').fill("2031-01-01 New Year's Day\n2031-04-11 Good Friday");
    await page.getByRole('button', { name: 'Save the year' }).click();
    await page.getByText('Bank holidays for 2031 saved.').waitFor();
    await page.getByText('2031 (added by your partnership, 2 days)').waitFor();
    await screenshot(page, 'foi-bank-holidays');
    await context.close();

    const memberContext = await newContext(stack);
    memberContext.setDefaultTimeout(10_000);
    const memberPage = await memberContext.newPage();
    await signIn(memberPage, MEMBER);
    await memberPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FOI' }).click();
    await memberPage.getByRole('link', { name: 'EU-national children in care without settled status' }).click();
    await memberPage.getByRole('table', { name: 'Requests' }).waitFor();
    expect(await memberPage.getByRole('button', { name: 'Close the campaign' }).count()).toBe(0);
    await memberPage.goto('/foi');
    await memberPage.getByRole('table', { name: 'Campaigns' }).waitFor();
    expect(await memberPage.getByText('Unfinished draft about housing').count()).toBe(0);
    expect(await seriousViolations(memberPage)).toEqual([]);
    await memberContext.close();
  }, 150_000);
});
