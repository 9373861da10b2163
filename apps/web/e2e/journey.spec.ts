import type { Page } from 'playwright-core';
import { isFocused } from './stack';
import {
  ADMIN,
  COORDINATOR,
  NADIA,
  TOMASZ,
  acceptInvitation,
  calendarOf,
  checkScreen,
  heading,
  londonDate,
  mailsAbout,
  open,
  recipient,
  signedIn,
  tick,
  type Journey,
  startJourney,
} from './journey-kit';

const GROUP = 'Asylum Housing Steering Group';
const DAY = 86_400_000;

jest.setTimeout(60_000);

/**
 * A partnership run from the web client, from nothing but its admin: people invited by email,
 * a six-weekly group, an agenda published through the check step, replies, a proposal, a mention,
 * attendance and minutes as time moves on, and a later meeting moved and cancelled.
 */
describe('web: a partnership’s first meeting cycle, from an empty partnership', () => {
  let j: Journey;
  let groupId: string;
  let meetings: { id: string; startsAt: Date }[];
  let inputsThread: string;

  const meetingPage = async (page: Page, id: string) => {
    await page.goto(`/meetings/${id}`);
    await heading(page, new RegExp(GROUP));
  };

  beforeAll(async () => {
    j = await startJourney();
  }, 60_000);
  afterAll(() => j?.close());

  it('1. the admin invites a coordinator from the admin screens, who accepts from the email', async () => {
    const { context, page } = await signedIn(j, ADMIN);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await heading(page, 'Admin');
    await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Invitations' }).click();
    await heading(page, 'Invitations');
    await page.getByText('Nobody has been invited yet.').waitFor();
    await checkScreen(page, 'journey-01-admin-invitations');
    await page.locator('#invite-email').fill(COORDINATOR.email);
    await page.locator('#invite-role').selectOption('COORDINATOR');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`We have emailed an invitation to ${COORDINATOR.email}`).waitFor();
    await page.getByRole('row', { name: new RegExp(COORDINATOR.email.replace(/\./g, '\\.')) }).getByText('Pending').waitFor();
    await context.close();

    const coordinator = await acceptInvitation(j, COORDINATOR, 'journey-02-accept-invitation');
    await checkScreen(coordinator.page, 'journey-03-coordinator-home');
    await coordinator.context.close();
  });

  it('2. the coordinator creates a six-weekly group and invites two members straight into it', async () => {
    const { context, page } = await signedIn(j, COORDINATOR);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await heading(page, 'Groups');
    await page.getByRole('button', { name: 'Create a group' }).click();
    await heading(page, 'Create a group');
    await page.locator('#group-name').fill(GROUP);
    await page.locator('#group-kind').selectOption('STEERING_GROUP');
    await page.getByLabel('Only its members').check();
    await page.getByLabel('Every few weeks').check();
    await page.locator('#cadence-every').fill('6');
    await page.locator('#cadence-date').fill(londonDate(21));
    await page.locator('#cadence-time').fill('10:00');
    await page.locator('#group-location').fill('Council House, Committee Room 2');
    await page.locator('#cadence-preview li').first().waitFor();
    await checkScreen(page, 'journey-04-group-create');
    await page.getByRole('button', { name: 'Create group' }).click();
    await heading(page, 'Members');
    groupId = /\/groups\/([^/]+)\/members/.exec(page.url())![1];

    for (const who of [NADIA, TOMASZ]) {
      await page.locator('#invite-email').fill(who.email);
      await page.locator('#invite-role').selectOption('MEMBER');
      await page.getByRole('button', { name: 'Send invitation' }).click();
      await page.getByText(`We have emailed an invitation to ${who.email}.`).waitFor();
    }
    await checkScreen(page, 'journey-05-group-invited');
    await context.close();

    for (const who of [NADIA, TOMASZ]) {
      const { context: theirs, page: home } = await acceptInvitation(j, who);
      const groups = home.getByRole('heading', { name: 'Your groups' }).locator('xpath=following-sibling::ul[1]');
      await groups.getByRole('link', { name: GROUP }).waitFor();
      if (who === NADIA) await checkScreen(home, 'journey-06-member-home');
      await theirs.close();
    }
    meetings = (await j.stack.api.db.query(`SELECT id, starts_at AS "startsAt" FROM meeting WHERE group_id = $1 ORDER BY starts_at LIMIT 3`, [groupId])).map((m: { id: string; startsAt: Date }) => ({ id: m.id, startsAt: new Date(m.startsAt) }));
    expect(meetings).toHaveLength(3);
    expect((meetings[1].startsAt.getTime() - meetings[0].startsAt.getTime()) / DAY).toBeCloseTo(42, 0);
  });
});
