import type { Page } from 'playwright-core';
import { confirmationTokenFor, gql, seedPartnership, type SeededPartnership, type SeededPerson } from '@convene/testing';
import { isFocused, newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const ADD_ACTION = `mutation($m: ID!, $input: ActionInput!) { addAction(meetingId: $m, input: $input) { id } }`;
const UPDATE_ACTION = `mutation($id: ID!, $input: ActionUpdateInput!) { updateAction(id: $id, input: $input) { id } }`;

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
const textOf = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('web: admin, the action log and email preferences', () => {
  let stack: Stack;
  let p: SeededPartnership;
  const actions: Record<string, string> = {};

  const token = async (person: SeededPerson) => (await gql(stack.api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token as string;

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-admin');
    const db = stack.api.db;
    // Two groups: a private one the member sits on (the admin chairs), and one open to the partnership.
    const group = async (name: string, slug: string, visibility: string) =>
      (await db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, $2, $3, 'STEERING_GROUP', $4) RETURNING id`, [p.partnershipId, name, slug, visibility]))[0].id as string;
    const meeting = async (groupId: string) =>
      (await db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Steering group', '2026-01-13T10:00:00Z', '2026-01-13T12:00:00Z') RETURNING id`, [groupId]))[0].id as string;
    const destitution = await group('Destitution Steering Group', 'destitution', 'PRIVATE');
    const esol = await group('ESOL Working Group', 'esol', 'PARTNERSHIP');
    await db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR'), ($1, $3, 'MEMBER')`, [destitution, p.admin.personId, p.member.personId]);
    const [m1, m2] = [await meeting(destitution), await meeting(esol)];
    const coordinator = await token(p.coordinator);
    const add = async (key: string, m: string, title: string, owner: SeededPerson, dueDate: string) => {
      actions[key] = (await gql(stack.api.url, ADD_ACTION, { m, input: { title, ownerPersonId: owner.personId, dueDate } }, { token: coordinator })).data!.addAction.id;
    };
    await add('foi', m1, 'Send FOI requests to all regional local authorities', p.member, '2026-01-31');
    await add('rota', m1, 'Share the winter shelter rota', p.member, '2099-01-01');
    await add('letter', m1, 'Write to the Home Office about move-on periods', p.admin, '2099-03-01');
    await add('esol', m2, 'Circulate the ESOL pathway map', p.coordinator, '2099-02-01');
    await gql(stack.api.url, UPDATE_ACTION, { id: actions.letter, input: { status: 'DONE', note: 'Letter sent.' } }, { token: coordinator });
    await gql(stack.api.url, UPDATE_ACTION, { id: actions.esol, input: { status: 'IN_PROGRESS', note: 'Draft shared with colleges.' } }, { token: coordinator });
  }, 60_000);
  afterAll(() => stack?.close());

  it('an admin invites someone by email and by link; the new person accepts, signs in, signs out and signs in again', async () => {
    const context = await newContext(stack);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await signIn(page, p.admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await heading(page, 'Admin');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Invitations' }).click();
    await heading(page, 'Invitations');
    await page.getByText('Nobody has been invited yet.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A validation error: in the summary, linked to the field, and on the field.
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const problem = page.getByRole('alert').getByRole('link', { name: 'Enter the email address of the person you want to invite' });
    await problem.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await problem.click();
    expect(await isFocused(page.locator('#invite-email'))).toBe(true);

    await page.locator('#invite-email').fill('new.partner@example.org');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('We have emailed an invitation to new.partner@example.org').waitFor();
    const emailRow = page.getByRole('row', { name: /new\.partner@example\.org/ });
    await emailRow.getByText('Pending').waitFor();
    expect(await emailRow.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Email', 'Member', 'Pending', '0 of 1']));

    // A link for a coordinator, shown once, selectable and copyable.
    await page.locator('#link-role').selectOption('COORDINATOR');
    await page.locator('#link-days').fill('7');
    await page.getByRole('button', { name: 'Create link' }).click();
    await page.getByRole('heading', { name: 'Your invitation link' }).waitFor();
    const shown = await textOf(page, '#invitation-link');
    expect(shown).toMatch(/\/invitation#token=cvi_/);
    expect(await page.getByRole('region', { name: 'Your invitation link' }).textContent()).toContain('It lets one person join as a coordinator');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText(/Link copied|we have selected it/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-invitations');

    // The invited person opens the link in their own browser.
    const theirs = await newContext(stack);
    const them = await theirs.newPage();
    const link = new URL(shown);
    await them.goto(`${link.pathname}${link.hash}`);
    await heading(them, 'Join Partnership web-admin');
    await them.getByLabel('Email address').fill('sam.jones@example.org');
    await them.getByLabel('Your name').fill('Sam Jones');
    await them.getByLabel('Password').fill('a long enough password');
    await them.getByRole('button', { name: 'Accept and continue' }).click();
    // A typed address is confirmed from its own inbox before anything is sent to it.
    await heading(them, 'Check your email');
    await them.goto(`/confirm-email#token=${await confirmationTokenFor(stack.api.db, 'sam.jones@example.org')}`);
    await them.getByRole('button', { name: 'Confirm and join' }).click();
    await heading(them, 'Hello, Sam Jones');
    expect(await them.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toContain('Admin');
    await them.getByRole('button', { name: 'Sign out' }).click();
    await them.getByText('You have signed out.').waitFor();
    await signIn(them, { email: 'sam.jones@example.org', password: 'a long enough password' } as SeededPerson);
    await heading(them, 'Hello, Sam Jones');
    await theirs.close();

    await page.reload();
    const linkRow = page.getByRole('row', { name: /Shared link/ });
    await linkRow.getByText('Accepted').waitFor();
    expect(await linkRow.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Link', 'Coordinator', 'Accepted', '1 of 1']));
    await context.close();
  }, 45_000);

  it('the admin adds an organisation, changes a person’s role and organisation, and deactivates and reactivates them', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.admin);

    await page.goto('/admin/organisations/new');
    await heading(page, 'Add an organisation');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Choose what kind of organisation it is' }).waitFor();
    expect(await page.getByRole('alert').getByRole('link').allTextContents()).toEqual(['Enter the organisation’s name', 'Choose what kind of organisation it is']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Name', { exact: true }).fill('Coventry Refugee and Migrant Centre');
    await page.getByLabel('Kind of organisation').selectOption('CHARITY');
    await page.getByLabel('Area (optional)').fill('Coventry');
    await page.getByLabel('Themes (optional)').fill('Housing, ESOL, destitution');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByText('Coventry Refugee and Migrant Centre has been added.').waitFor();
    await page.getByRole('link', { name: 'Back to organisations' }).click();
    const orgRow = page.getByRole('row', { name: /Coventry Refugee and Migrant Centre/ });
    await orgRow.waitFor();
    expect(await orgRow.getByRole('cell').allTextContents()).toEqual(['Charity', 'Coventry', 'housing, esol, destitution']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'People' }).click();
    await heading(page, 'People');
    await page.getByRole('link', { name: 'MEMBER of web-admin' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-people');

    await page.getByLabel('Name or email').fill('coordinator@');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/admin\/people\?q=coordinator%40$/);
    await page.getByText('Showing 1 person.').waitFor();
    await page.getByRole('link', { name: 'COORDINATOR of web-admin' }).click();
    await heading(page, 'COORDINATOR of web-admin');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'Member' }).check();
    await page.getByRole('button', { name: 'Save role' }).click();
    await page.getByText('COORDINATOR of web-admin is now a member.').waitFor();
    const [{ role }] = await stack.api.db.query(`SELECT role FROM person WHERE id = $1`, [p.coordinator.personId]);
    expect(role).toBe('MEMBER');

    await page.getByLabel('Organisation they work for').selectOption({ label: 'Coventry Refugee and Migrant Centre' });
    await page.getByRole('button', { name: 'Save organisation' }).click();
    await page.getByText('COORDINATOR of web-admin is now listed with Coventry Refugee and Migrant Centre.').waitFor();

    await page.getByRole('button', { name: 'Deactivate COORDINATOR of web-admin' }).click();
    await heading(page, 'Deactivate COORDINATOR of web-admin?');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, deactivate' }).click();
    await page.getByText('COORDINATOR of web-admin has been deactivated and signed out.').waitFor();
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('Deactivated');
    const refused = await gql(stack.api.url, SIGN_IN, { input: { email: p.coordinator.email, password: p.coordinator.password } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await page.getByRole('button', { name: 'Reactivate COORDINATOR of web-admin' }).click();
    await heading(page, 'Reactivate COORDINATOR of web-admin?');
    await page.getByRole('button', { name: 'Yes, reactivate' }).click();
    await page.getByText('COORDINATOR of web-admin has been reactivated.').waitFor();
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('Active');
    expect(await token(p.coordinator)).toMatch(/^cvs_/);
    expect(await seriousViolations(page)).toEqual([]);

    // Nobody changes their own role.
    await page.goto(`/admin/people/${p.admin.personId}`);
    await page.getByText('Nobody can change their own role').waitFor();
    expect(await page.getByRole('button', { name: 'Save role' }).count()).toBe(0);
    await context.close();
  }, 45_000);

  it('a member filters the action log, updates their own action with a progress note, and sees the chart', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);

    await page.goto('/admin');
    await heading(page, 'You do not have access');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions' }).click();
    await heading(page, 'Actions');
    await page.getByText('Showing 4 actions, newest first.').waitFor();
    const chart = page.getByRole('region', { name: 'Actions by group' });
    await chart.getByText('2 open, 0 in progress, 1 done, 0 dropped; 3 in total').waitFor();
    expect(await chart.getByText('0 open, 1 in progress, 0 done, 0 dropped; 1 in total').count()).toBe(1);
    expect(await chart.locator('.app-bar--open').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Owner').selectOption('me');
    await page.getByLabel('Status', { exact: true }).selectOption('OPEN');
    await page.getByLabel('Only overdue actions').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/actions\?owner=me&status=OPEN&overdue=1$/);
    await page.getByText('Showing 1 action, newest first.').waitFor();
    const list = page.getByRole('table', { name: 'Actions, newest first' });
    expect(await list.getByRole('rowheader').allInnerTexts()).toEqual(['Send FOI requests to all regional local authorities']);
    expect(await seriousViolations(page)).toEqual([]);

    // The address is the filter: opening it again gives the same list and the same choices.
    await page.reload();
    await page.getByText('Showing 1 action, newest first.').waitFor();
    expect([await page.getByLabel('Owner').inputValue(), await page.getByLabel('Status', { exact: true }).inputValue(), await page.getByLabel('Only overdue actions').isChecked()]).toEqual(['me', 'OPEN', true]);

    await page.getByRole('button', { name: 'Update action: Send FOI requests to all regional local authorities' }).click();
    const detail = page.locator(`[id="detail-${actions.foi}"]`);
    await detail.getByText('No progress notes yet.').waitFor();
    await detail.getByRole('button', { name: 'Save update' }).click();
    await detail.getByRole('alert').getByRole('link', { name: 'Write a progress note or choose a new status' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await detail.getByLabel('Status').selectOption('IN_PROGRESS');
    await detail.getByLabel('Progress note').fill('Sent to 7 of 11 councils.');
    await detail.getByRole('button', { name: 'Save update' }).click();
    await detail.getByText('Update saved. The action is now in progress.').waitFor();
    await detail.getByText('Sent to 7 of 11 councils.').waitFor();
    expect(await page.getByRole('row', { name: /Send FOI requests/ }).first().textContent()).toContain('In progress');
    // The chart follows the owner filter (the member's two actions), and counts the new status.
    await chart.getByText('1 open, 1 in progress, 0 done, 0 dropped; 2 in total').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'actions');

    // The home page links to each open action; the link opens it in the log, ready to update.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('link', { name: 'Share the winter shelter rota' }).click();
    await page.waitForURL(new RegExp(`/actions#${actions.rota}$`));
    await page.locator(`[id="detail-${actions.rota}"]`).getByLabel('Progress note').waitFor();
    expect(await page.getByRole('button', { name: 'Hide the update and progress for: Share the winter shelter rota' }).evaluate((b) => b === document.activeElement)).toBe(true);

    // Someone else's action: the member reads its progress but cannot update it; the link scrolls to it.
    await page.goto(`/actions#${actions.esol}`);
    const target = page.locator(`[id="${actions.esol}"]`);
    await page.locator(`[id="detail-${actions.esol}"]`).getByText('Draft shared with colleges.').waitFor();
    expect(await target.getAttribute('class')).toContain('app-admin-target');
    expect(await target.evaluate((row) => row.getBoundingClientRect().top < window.innerHeight && row.getBoundingClientRect().bottom > 0)).toBe(true);
    expect(await page.locator(`[id="detail-${actions.esol}"]`).getByText('Only the owner, the group’s chair or secretary, or a coordinator can update this action.').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    // On a phone, the page itself never scrolls sideways.
    const phone = await newContext(stack, { width: 360, height: 740 });
    const small = await phone.newPage();
    await signIn(small, p.member);
    await small.goto('/actions');
    await small.getByText('Showing 4 actions, newest first.').waitFor();
    await small.getByRole('region', { name: 'Actions by group' }).getByText(/in total/).first().waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(small)).toEqual([]);
    // The update form opens within the screen too.
    await small.getByRole('button', { name: 'Update action: Share the winter shelter rota' }).click();
    await small.getByLabel('Progress note').waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await phone.close();
  }, 45_000);

  it('a member turns off mention emails and chooses a weekly digest, and the choices are kept', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.getByRole('link', { name: 'MEMBER of web-admin' }).click();
    await heading(page, 'Your account');
    await page.getByRole('link', { name: 'Email preferences' }).click();
    await heading(page, 'Email preferences');
    expect(await page.getByLabel('Mentions').isChecked()).toBe(true);
    expect(await page.getByLabel('Day of the week').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Mentions').uncheck();
    await page.getByRole('radio', { name: 'Weekly' }).check();
    await page.getByLabel('Day of the week').selectOption({ label: 'Friday' });
    await page.getByLabel('Time of day (UK time)').selectOption({ label: '18:00' });
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByText('Your email preferences have been saved.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'preferences');

    await page.reload();
    await heading(page, 'Email preferences');
    expect([
      await page.getByLabel('Agenda packs').isChecked(),
      await page.getByLabel('Mentions').isChecked(),
      await page.getByRole('radio', { name: 'Weekly' }).isChecked(),
      await page.getByLabel('Day of the week').inputValue(),
      await page.getByLabel('Time of day (UK time)').inputValue(),
    ]).toEqual([true, false, true, '5', '18']);
    const saved = await gql(stack.api.url, `{ emailPreferences { mentions forumDigest digestWeekday digestHour } }`, {}, { token: await token(p.member) });
    expect(saved.data!.emailPreferences).toEqual({ mentions: false, forumDigest: 'WEEKLY', digestWeekday: 5, digestHour: 18 });
    await context.close();
  }, 30_000);
});
