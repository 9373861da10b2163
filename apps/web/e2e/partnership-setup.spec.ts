import argon2 from 'argon2';
import type { Page } from 'playwright-core';
import { gql, startSmtpSink, type SeededPerson, type SmtpSink } from '@convene/testing';
import { startWorker, type WorkerHarness } from '../../worker/src/testing/worker-harness';
import { isFocused, newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const ADMIN = { email: 'ada.okafor@wmsmp.test', password: 'Kestrel orchard lantern 9', name: 'Ada Okafor' };
const COORDINATOR = { email: 'sam.patel@wmsmp.test', password: 'Copper meadow violin 27', name: 'Sam Patel' };
const MEMBER = { email: 'nadia.rahman@refugee-action.test', password: 'Harbour thistle compass 31', name: 'Nadia Rahman' };
const GROUP = 'Destitution Steering Group';
const ORGANISATION = 'Refugee Action Coventry';

/** A London date (YYYY-MM-DD) `days` from now. */
const londonDate = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
/** 0 when nothing widens the page; otherwise the overflow and the elements that stick out. */
const noOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = document.documentElement.scrollWidth - width;
    if (over === 0) return 0;
    const wide = Array.from(document.querySelectorAll('main *')).filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest('.app-scroll'));
    return `${over}px: ${wide.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`).join(', ')}`;
  });
const heading = (page: Page, name: string | RegExp) =>
  page
    .getByRole('heading', { level: 1, name })
    .waitFor()
    .catch(async (error: Error) => {
      // Say what was on the screen instead, so a failure explains itself.
      throw new Error(`${error.message}\nOn screen: ${(await page.locator('main').innerText().catch(() => '')).slice(0, 600)}`);
    });

jest.setTimeout(90_000);

describe('web: a partnership set up from the browser, from only an admin', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let groupId: string;
  let forumId: string;
  let memberId: string;
  let invitationText = '';

  /** A fresh browser profile whose waits fail fast, naming what they waited for. */
  const open = async (size?: { width: number; height: number }) => {
    const context = await newContext(stack, size);
    context.setDefaultTimeout(10_000);
    return context;
  };

  /** The accept link in the latest email to `to`. */
  const linkFor = async (to: string, count: number) => {
    const mails = await smtp.waitFor(count);
    const mail = [...mails].reverse().find((m) => JSON.stringify(m.to).includes(to));
    if (!mail) throw new Error(`no email to ${to}`);
    return /https?:\/\/\S+\/invitation#token=[^\s"<]+/.exec(mail.text!)![0];
  };
  const accept = async (link: string, who: { name: string; password: string }) => {
    const context = await open();
    const page = await context.newPage();
    await page.goto(link.replace(/^https?:\/\/[^/]+/, stack.url));
    await page.getByRole('heading', { level: 1, name: /^Join / }).waitFor();
    invitationText = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    await page.getByLabel('Your name').fill(who.name);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Accept and continue' }).click();
    await heading(page, `Hello, ${who.name}`);
    return { context, page };
  };

  beforeAll(async () => {
    stack = await startStack();
    smtp = await startSmtpSink();
    const { DATABASE_URL, REDIS_URL, REDIS_PREFIX } = stack.api.config;
    worker = await startWorker({ DATABASE_URL, REDIS_URL, REDIS_PREFIX, SMTP_URL: smtp.url, PUBLIC_WEB_URL: stack.url });
    // Nothing but the partnership, its staff team and one admin.
    const db = stack.api.db;
    const [{ id: partnership }] = await db.query(`INSERT INTO partnership (name, slug) VALUES ('West Midlands Strategic Migration Partnership', 'wmsmp') RETURNING id`);
    const [{ id: team }] = await db.query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, 'Partnership team', 'PARTNERSHIP_STAFF') RETURNING id`, [partnership]);
    const hash = await argon2.hash(ADMIN.password, { type: argon2.argon2id });
    const [{ id: account }] = await db.query(`INSERT INTO account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [ADMIN.email, ADMIN.name, hash]);
    await db.query(`INSERT INTO person (partnership_id, account_id, organisation_id, role) VALUES ($1, $2, $3, 'ADMIN')`, [partnership, account, team]);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await stack?.close();
  });

  it('the admin adds an organisation (warned of a near-duplicate), sees the job queues link, and invites a coordinator', async () => {
    const context = await open();
    const page = await context.newPage();
    await signIn(page, ADMIN as unknown as SeededPerson);
    await page.goto('/admin/organisations/new');
    await heading(page, 'Add an organisation');
    await page.locator('#org-name').fill(ORGANISATION);
    await page.locator('#org-kind').selectOption('CHARITY');
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await page.getByText(`${ORGANISATION} has been added.`).waitFor();

    await page.goto('/admin/organisations/new');
    await page.locator('#org-name').fill('Refugee Action, Coventy');
    await page.locator('#organisation-near-duplicate').getByRole('link', { name: ORGANISATION }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-organisation-near-duplicate');

    await page.goto('/admin/invitations');
    const queues = page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Job queues' });
    expect(await queues.getAttribute('href')).toBe('/admin/queues');
    await page.locator('#invite-email').fill(COORDINATOR.email);
    await page.locator('#invite-role').selectOption('COORDINATOR');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`We have emailed an invitation to ${COORDINATOR.email}`).waitFor();
    await context.close();
  });

  it('the coordinator signs up from the emailed link and creates a six-weekly group; every form problem is listed at once', async () => {
    const { context, page } = await accept(await linkFor(COORDINATOR.email, 1), COORDINATOR);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await heading(page, 'Groups');
    await page.getByRole('button', { name: 'Create a group' }).click();
    await heading(page, 'Create a group');
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing filled in, a cadence without its date: all the problems, each linked to its field.
    await page.getByLabel('Every few weeks').check();
    await page.locator('#cadence-every').fill('');
    await page.locator('#cadence-time').fill('');
    await page.getByRole('button', { name: 'Create group' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Enter the group’s name',
      'Enter how often the group meets, as a whole number of weeks from 1 to 52',
      'Enter the date of the first meeting',
      'Enter the time meetings start',
    ]);
    await summary.getByRole('link', { name: 'Enter the date of the first meeting' }).click();
    expect(await isFocused(page.locator('#cadence-date'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('#group-name').fill(GROUP);
    await page.locator('#group-kind').selectOption('STEERING_GROUP');
    await page.getByLabel('Only its members').check();
    await page.locator('#group-description').fill('Brings together councils and charities on destitution among people seeking asylum and refused asylum seekers, with a sector activity assessment in every pack.');
    await page.locator('#cadence-every').fill('6');
    await page.locator('#cadence-date').fill(londonDate(10));
    await page.locator('#cadence-time').fill('10:30');
    const preview = page.locator('#cadence-preview li');
    await preview.first().waitFor();
    const dates = (await preview.allTextContents()).map((text) => text.replace(/, \d\d:\d\d$/, ''));
    expect(dates).toHaveLength(4);
    const days = dates.map((d) => Date.parse(d.replace(/^\w+,? /, '')));
    expect(days.slice(1).map((d, i) => Math.round((d - days[i]) / 86_400_000))).toEqual([42, 42, 42]);
    expect(await preview.first().textContent()).toContain('10:30');
    await page.locator('#group-pack').fill('8');
    await page.locator('#group-deadline').fill('12');
    await screenshot(page, 'group-create');
    await page.getByRole('button', { name: 'Create group' }).click();

    await heading(page, 'Members');
    await page.getByText('The group has been created. Now add its members.').waitFor();
    groupId = /\/groups\/([^/]+)\/members/.exec(page.url())![1];
    const [row] = await stack.api.db.query(`SELECT cadence_rrule, agenda_pack_days, submission_deadline_days FROM "group" WHERE id = $1`, [groupId]);
    expect(row).toEqual({ cadence_rrule: 'FREQ=WEEKLY;INTERVAL=6', agenda_pack_days: 8, submission_deadline_days: 12 });
    expect(await seriousViolations(page)).toEqual([]);

    // Invite someone new straight into the group.
    await page.locator('#invite-email').fill(MEMBER.email);
    await page.locator('#invite-role').selectOption('OBSERVER');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`We have emailed an invitation to ${MEMBER.email}.`).waitFor();
    await context.close();
  });

  it('the invited member accepts and finds the group on their home page and their own page', async () => {
    const { context, page } = await accept(await linkFor(MEMBER.email, 2), MEMBER);
    expect(invitationText).toContain(`You have been invited as a member, and to ${GROUP} as an observer.`);
    expect(smtp.messages.find((m) => JSON.stringify(m.to).includes(MEMBER.email))!.text).toContain(`${COORDINATOR.name} has invited you to join West Midlands Strategic Migration Partnership as a member, and ${GROUP} as an observer.`);
    const groups = page.getByRole('heading', { name: 'Your groups' }).locator('xpath=following-sibling::ul[1]');
    await groups.getByRole('link', { name: GROUP }).waitFor();
    expect(await groups.textContent()).toContain('Observer');

    await page.getByRole('link', { name: MEMBER.name }).click();
    await heading(page, 'Your account');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'See your profile, groups and forums' }).click();
    await heading(page, MEMBER.name);
    memberId = /\/people\/([^/]+)/.exec(page.url())![1];
    expect(await page.locator('#person-groups').textContent()).toContain(GROUP);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('the coordinator sets the member’s role and organisation, adds the admin by keyboard alone, warns instead of re-inviting, and removes with a confirmation', async () => {
    const context = await open();
    const page = await context.newPage();
    await signIn(page, COORDINATOR as unknown as SeededPerson);
    await page.goto(`/groups/${groupId}/members`);
    await heading(page, 'Members');
    await page.getByRole('button', { name: `Change ${MEMBER.name}’s role` }).click();
    await page.getByRole('heading', { name: `Change ${MEMBER.name}’s place in the group` }).waitFor();
    await page.locator('#change-role').selectOption('MEMBER');
    await page.locator('#change-organisation').selectOption({ label: ORGANISATION });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(`${MEMBER.name}’s role and organisation have been saved.`).waitFor();
    const memberRow = page.getByRole('row', { name: new RegExp(MEMBER.name) });
    expect(await memberRow.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Member', ORGANISATION]));

    // Keyboard only: find the admin by her organisation, choose her, pick a role, add.
    await page.locator('#member-search').focus();
    await page.keyboard.type('Partnership team');
    await page.keyboard.press('Enter');
    const choose = page.getByRole('button', { name: `Choose ${ADMIN.name}, Partnership team` });
    await choose.waitFor();
    for (let i = 0; i < 4 && !(await isFocused(choose)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(choose)).toBe(true);
    await page.keyboard.press('Enter');
    // Choosing moves focus to the new step's heading; the role comes next.
    const chosenHeading = page.getByRole('heading', { name: `Add ${ADMIN.name}` });
    await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
    expect(await isFocused(chosenHeading)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.locator('#add-role'))).toBe(true);
    await page.keyboard.press('o'); // Observer
    const addButton = page.getByRole('button', { name: 'Add to the group' });
    for (let i = 0; i < 4 && !(await isFocused(addButton)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(addButton)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(`${ADMIN.name} has been added to the group as observer.`).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(ADMIN.name) }).getByRole('cell').first().textContent()).toBe('Observer');

    // Someone who already has an account: nothing is sent, and adding them is offered.
    const sent = smtp.messages.length;
    await page.locator('#invite-email').fill(MEMBER.email.toUpperCase());
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('alert').getByText('This person already has an account in the partnership, so no invitation was sent.').waitFor();
    await page.getByRole('button', { name: `Add ${MEMBER.name} to the group instead` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'group-members');
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages).toHaveLength(sent);

    // Removing asks first.
    await page.getByRole('button', { name: `Remove ${ADMIN.name}` }).click();
    await page.getByRole('heading', { name: `Remove ${ADMIN.name} from ${GROUP}?` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `Yes, remove ${ADMIN.name}` }).click();
    await page.getByText(`${ADMIN.name} has been removed from the group.`).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(ADMIN.name) }).count()).toBe(0);
    await context.close();
  });

  it('the coordinator creates the group’s forum and makes the member a moderator', async () => {
    const context = await open();
    const page = await context.newPage();
    await signIn(page, COORDINATOR as unknown as SeededPerson);
    await page.goto(`/groups/${groupId}`);
    await heading(page, GROUP);
    // The caption says what kind of group; the name is not doubled.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Steering group${GROUP}`);
    await page.getByRole('link', { name: 'Create a forum for the group' }).click();
    await heading(page, 'Create the group’s forum');
    // The name is filled in from the group once it has loaded.
    await page.waitForFunction((name) => (document.querySelector('#forum-name') as HTMLInputElement | null)?.value === name, GROUP);
    expect(await page.locator('#forum-name').inputValue()).toBe(GROUP);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#forum-name').fill('Destitution: members’ inputs');
    await page.getByRole('button', { name: 'Create forum' }).click();
    await heading(page, 'People in the forum');
    forumId = /\/forums\/([^/]+)\/members/.exec(page.url())![1];
    await page
      .getByRole('row', { name: new RegExp(MEMBER.name) })
      .waitFor()
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\nOn screen: ${(await page.locator('main').innerText()).slice(0, 800)}`);
      });
    await page.getByRole('button', { name: `Make moderator for ${MEMBER.name}` }).click();
    await page.getByText(`${MEMBER.name} is now a moderator.`).waitFor();
    expect(await page.getByRole('row', { name: new RegExp(MEMBER.name) }).getByRole('cell').first().textContent()).toBe('Moderator');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forum-members');

    // The API agrees: she moderates now.
    const token = (await gql(stack.api.url, `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email: MEMBER.email, password: MEMBER.password } })).data!.signIn.token;
    const forum = await gql(stack.api.url, `query($id: ID!) { forum(id: $id) { viewerCan { moderate } } }`, { id: forumId }, { token });
    expect(forum.data!.forum.viewerCan.moderate).toBe(true);
    await context.close();
  });

  it('the coordinator invites to the forum by email and by link, creates a topic forum, changes the cadence, and archives and restores the group', async () => {
    const context = await open();
    const page = await context.newPage();
    await signIn(page, COORDINATOR as unknown as SeededPerson);
    await page.goto(`/forums/${forumId}/members`);
    await heading(page, 'People in the forum');
    await page.locator('#forum-invite-email').fill('hana.guest@example.org');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('We have emailed an invitation to hana.guest@example.org. They join this forum when they accept.').waitFor();
    expect((await linkFor('hana.guest@example.org', 3)).includes('/invitation#token=cvi_')).toBe(true);
    await page.locator('#forum-link-uses').fill('0');
    await page.getByRole('button', { name: 'Make a link' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter how many people may use the link, from 1 to 1000' }).waitFor();
    await page.locator('#forum-link-uses').fill('25');
    await page.getByRole('button', { name: 'Make a link' }).click();
    expect(await page.getByRole('region', { name: 'Your invitation link' }).locator('#forum-invitation-link').textContent()).toMatch(/\/invitation#token=cvi_/);
    const [link] = await stack.api.db.query(`SELECT max_uses, forum_id FROM invitation WHERE kind = 'LINK'`);
    expect(link).toEqual({ max_uses: 25, forum_id: forumId });
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/forums');
    await page.getByRole('button', { name: 'Create a forum' }).click();
    await heading(page, 'Create a forum');
    await page.locator('#forum-name').fill('Hate crime reporting');
    await page.getByRole('button', { name: 'Create forum' }).click();
    await page.getByText('The forum has been created.').waitFor();

    await page.goto(`/groups/${groupId}`);
    await page.getByRole('link', { name: 'Change the group’s settings' }).click();
    await heading(page, 'Change the group’s settings');
    expect(await page.locator('#cadence-every').inputValue()).toBe('6');
    await page.getByLabel('Every few months').check();
    await page.locator('#cadence-every').fill('2');
    await page.locator('#cadence-preview li').first().waitFor();
    expect(await page.locator('#cadence-preview').textContent()).toContain('10:30');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('The group’s settings have been saved.').waitFor();
    expect(await page.getByText('Every 2 months').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Change the group’s settings' }).click();
    await page.getByRole('button', { name: 'Archive group' }).click();
    await page.getByRole('button', { name: 'Yes, archive this group' }).click();
    await page.getByText(/This group was archived on/).waitFor();
    await page.goto('/groups');
    await heading(page, 'Groups');
    await page.getByText('There are no groups for you to see yet.').waitFor();
    await page.getByRole('link', { name: 'Show archived groups' }).click();
    await page.getByRole('heading', { name: 'Archived groups' }).waitFor();
    await page.getByRole('link', { name: GROUP }).click();
    await page.getByText('This group is archived. No more meetings are planned for it.').waitFor();
    await page.getByRole('link', { name: 'Change the group’s settings' }).click();
    await page.getByRole('button', { name: 'Restore group' }).click();
    await page.getByRole('button', { name: 'Archive group' }).waitFor();
    await page.goto('/groups');
    await page.getByRole('link', { name: GROUP }).waitFor();
    await context.close();
  });

  it('works at 360 px: no sideways page scroll, and tables say they scroll', async () => {
    const context = await open({ width: 360, height: 740 });
    const page = await context.newPage();
    await signIn(page, COORDINATOR as unknown as SeededPerson);
    for (const path of [`/groups/${groupId}/members`, `/groups/${groupId}/edit`, '/groups/new', `/forums/${forumId}/members`, `/people/${memberId}`, '/account', '/forums/new']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect([path, await noOverflow(page)]).toEqual([path, 0]);
      expect([path, await seriousViolations(page)]).toEqual([path, []]);
    }
    await page.goto(`/groups/${groupId}/members`);
    await page.getByRole('region', { name: /member/ }).waitFor();
    expect(await page.getByText('Scroll sideways to see the whole table.').isVisible()).toBe(true);
    await screenshot(page, 'group-members-360');
    await page.goto(`/groups/${groupId}/edit`);
    await heading(page, 'Change the group’s settings');
    expect(await page.locator('#cadence-every').inputValue()).toBe('2');
    await screenshot(page, 'group-edit-360');
    await context.close();
  });

  it('the member changes their name and password while signed in; problems are listed together, and other sessions end', async () => {
    const other = await open();
    const elsewhere = await other.newPage();
    await signIn(elsewhere, MEMBER as unknown as SeededPerson);
    const context = await open();
    const page = await context.newPage();
    await signIn(page, MEMBER as unknown as SeededPerson);
    await page.goto('/account');
    await heading(page, 'Your account');

    await page.locator('#current-password').fill('');
    await page.locator('#new-password').fill('short');
    await page.locator('#confirm-password').fill('different');
    await page.getByRole('button', { name: 'Change password' }).click();
    const summary = page.getByRole('alert');
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Enter your current password', 'Your new password must be at least 10 characters', 'The two new passwords do not match']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('#current-password').fill('not my password at all');
    await page.locator('#new-password').fill('Juniper ferry lattice 58');
    await page.locator('#confirm-password').fill('Juniper ferry lattice 58');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Your current password is not right.' }).waitFor();

    await page.locator('#current-password').fill(MEMBER.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed. You have been signed out on every other device; this one stays signed in.').waitFor();
    await screenshot(page, 'account-settings');

    await page.locator('#account-name').fill('Nadia Rahman-Ali');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Your name has been saved.').waitFor();
    await page.getByRole('link', { name: 'Nadia Rahman-Ali' }).waitFor();

    // The other browser was signed out; this one was not.
    await elsewhere.goto('/groups');
    await elsewhere.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.goto('/groups');
    await heading(page, 'Groups');
    await other.close();
    await context.close();
  });
});
