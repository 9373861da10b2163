import { gql, seedPartnership, type SeededPartnership, type SeededPerson } from '@convene/testing';
import type { Page } from 'playwright-core';
import { isFocused, newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const DAY = 86_400_000;

describe('web: groups', () => {
  let stack: Stack;
  let p: SeededPartnership;
  let groupId: string;
  const tokens: Record<string, string> = {};

  /** A GraphQL call as one of the seeded people; throws on any error so the setup is honest. */
  const as = async (who: 'admin' | 'coordinator' | 'member', query: string, variables: Record<string, unknown> = {}) => {
    const response = await gql(stack.api.url, query, variables, { token: tokens[who] });
    if (response.errors?.length) throw new Error(`${query}: ${JSON.stringify(response.errors)}`);
    return response.data!;
  };
  const createGroup = async (input: Record<string, unknown>) => (await as('coordinator', `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input })).createGroup.id as string;
  const setMember = (group: string, person: SeededPerson, role: string, organisationId?: string) =>
    as('coordinator', `mutation($g: ID!, $p: ID!, $r: GroupRole!, $o: ID) { setGroupMember(groupId: $g, personId: $p, role: $r, organisationId: $o) { id } }`, { g: group, p: person.personId, r: role, o: organisationId });
  const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-groups');
    for (const who of ['admin', 'coordinator', 'member'] as const) {
      tokens[who] = (await gql(stack.api.url, SIGN_IN, { input: { email: p[who].email, password: p[who].password } })).data!.signIn.token;
    }
    const org = (await as('admin', `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`, { input: { name: 'Refugee Action Coventry', kind: 'CHARITY' } })).createOrganisation.id;

    const firstMeeting = new Date(Date.now() + 10 * DAY);
    firstMeeting.setUTCHours(10, 0, 0, 0);
    groupId = await createGroup({
      name: 'Asylum Support Steering Group',
      kind: 'STEERING_GROUP',
      visibility: 'PUBLIC',
      description: 'Brings together councils, charities and health partners supporting people in the asylum system.\n\nWe agree shared priorities and watch for emerging risks.',
      cadence: 'FREQ=WEEKLY;INTERVAL=6',
      cadenceStart: firstMeeting.toISOString(),
      meetingDurationMinutes: 120,
      defaultLocation: 'Council House, Coventry',
      submissionDeadlineDays: 10,
      agendaPackDays: 7,
    });
    await createGroup({ name: 'ESOL Working Group', kind: 'WORKING_GROUP', visibility: 'PARTNERSHIP' });
    await setMember(groupId, p.coordinator, 'CHAIR');
    await setMember(groupId, p.admin, 'SECRETARY');
    await setMember(groupId, p.member, 'MEMBER', org);

    // Version 1 of the terms of reference, already past its review date.
    const terms = `mutation($g: ID!, $input: TermsInput) { createTermsDraft(groupId: $g, input: $input) { id } }`;
    const v1 = (
      await as('coordinator', terms, {
        g: groupId,
        input: {
          purpose: 'To coordinate support for people seeking asylum across the region.',
          membership: 'One representative from each partner organisation.',
          quorum: 3,
          cadence: 'Every six weeks',
          reviewDate: '2025-06-30',
          body: 'Decisions are made by consensus.\n\n- The chair may call an extra meeting.\n- Papers go out a week before.',
        },
      })
    ).createTermsDraft.id;
    await as('coordinator', `mutation($id: ID!) { proposeTerms(id: $id) { id } }`, { id: v1 });
    await as('coordinator', `mutation($id: ID!) { approveTerms(id: $id) { id } }`, { id: v1 });

    // Two recent meetings, the planned ones, and a sector assessment across them.
    const past: string[] = [];
    for (const days of [-84, -42]) {
      const [{ id }] = await stack.api.db.query(
        `INSERT INTO meeting (group_id, title, starts_at, ends_at, location, occurrence_key)
         SELECT $1, 'Asylum Support Steering Group', at, at + interval '2 hours', 'Council House, Coventry', to_char(at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI')
           FROM (SELECT date_trunc('hour', now()) + make_interval(days => $2) AS at) t RETURNING id`,
        [groupId, days],
      );
      past.push(id);
    }
    const planned = (await as('member', `query($id: ID!) { group(id: $id) { meetings { id startsAt } } }`, { id: groupId })).group.meetings
      .filter((m: { startsAt: string }) => Date.parse(m.startsAt) > Date.now())
      .map((m: { id: string }) => m.id);
    await as('coordinator', `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Clashes with the council budget meeting") { id } }`, { id: planned[1] });
    const contribute = `mutation($m: ID!, $i: AssessmentEntryInput!) { contributeAssessmentEntry(meetingId: $m, input: $i) { id } }`;
    const ratings: [string, string, string, string][] = [
      [past[0], 'housing', 'GREEN', 'STABLE'],
      [past[1], 'housing', 'AMBER', 'WORSENING'],
      [planned[0], 'housing', 'RED', 'WORSENING'],
      [past[1], 'destitution', 'RED', 'WORSENING'],
      [planned[0], 'destitution', 'AMBER', 'IMPROVING'],
      [past[0], 'esol', 'GREEN', 'IMPROVING'],
    ];
    for (const [m, theme, rating, direction] of ratings) {
      await as('coordinator', contribute, { m, i: { theme, kind: 'TREND', rating, direction, summary: `${theme} is ${rating.toLowerCase()}` } });
    }
  }, 60_000);
  afterAll(() => stack?.close());

  it('shows a member their groups and a group page: summary, meetings, assessment grid, members and terms', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
    const mine = page.locator('h2:has-text("Your groups") + ul');
    await mine.getByRole('link', { name: 'Asylum Support Steering Group' }).waitFor();
    expect(await mine.textContent()).toMatch(/Steering group\. Public\..*You: Member.*Next meeting:/);
    expect(await page.locator('h2:has-text("Other groups you can see") + ul').getByRole('link', { name: 'ESOL Working Group' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'groups');

    await mine.getByRole('link', { name: 'Asylum Support Steering Group' }).click();
    await page.getByRole('heading', { level: 1, name: /Asylum Support Steering Group/ }).waitFor();
    expect(page.url()).toBe(`${stack.url}/groups/${groupId}`);
    const main = page.getByRole('main');
    expect(await main.textContent()).toContain('Every 6 weeks, at ');
    expect(await main.textContent()).toContain('Members can propose items until 10 days before each meeting');

    // Meetings: coming up (one cancelled, with its reason) and recent, each linking to its page.
    const meetings = page.locator('section[aria-labelledby="meetings"]');
    expect(await meetings.getByText('Cancelled', { exact: true }).count()).toBe(1);
    expect(await meetings.textContent()).toContain('Reason: Clashes with the council budget meeting');
    expect(await meetings.locator('h3:has-text("Recent") + ul > li').count()).toBe(2);
    expect(await meetings.locator('a[href^="/meetings/"]').count()).toBeGreaterThanOrEqual(5);

    // The assessment grid: themes down, meetings across, each cell a colour and a word.
    const grid = page.getByRole('table', { name: /Ratings by theme at the last 3 assessed meetings/ });
    expect(await grid.locator('thead th[scope="col"]').count()).toBe(4);
    const housing = grid.getByRole('row', { name: /Housing/ });
    expect(await housing.locator('td .app-rag').allTextContents()).toEqual(['Green', 'Amber', 'Red']);
    expect(await grid.getByRole('row', { name: /Destitution/ }).locator('td .app-rag').allTextContents()).toEqual(['None', 'Red', 'Amber']);

    // Members with their role and the organisation they represent.
    const members = page.getByRole('table', { name: /3 members/ });
    expect(await members.getByRole('row').allInnerTexts()).toEqual([
      expect.stringMatching(/Name\s+Role\s+Organisation/),
      expect.stringMatching(/COORDINATOR of web-groups\s+Chair\s+Charity web-groups/),
      expect.stringMatching(/ADMIN of web-groups\s+Secretary\s+Charity web-groups/),
      expect.stringMatching(/MEMBER of web-groups\s+Member\s+Refugee Action Coventry/),
    ]);

    // The current terms of reference, with the review warning, and the history.
    const terms = page.locator('section[aria-labelledby="terms"]');
    expect(await terms.textContent()).toContain('To coordinate support for people seeking asylum across the region.');
    expect(await terms.locator('.govuk-warning-text').textContent()).toContain('due for review on 30 June 2025');
    expect(await terms.locator('ul.govuk-list--bullet li').allTextContents()).toEqual(['The chair may call an extra meeting.', 'Papers go out a week before.']);
    expect(await terms.getByRole('row', { name: /Version 1/ }).textContent()).toContain('Approved');
    expect(await page.getByRole('link', { name: /Change the terms of reference/ }).count()).toBe(0);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'group');

    // The public page is the API's, reached as a real link rather than a client route.
    const publicLink = page.getByRole('link', { name: 'public page' });
    expect(await publicLink.getAttribute('href')).toBe('/public/web-groups/asylum-support-steering-group');
    await publicLink.click();
    await page.waitForURL('**/public/web-groups/asylum-support-steering-group');
    await page.getByRole('heading', { level: 1, name: 'Asylum Support Steering Group' }).waitFor();
    await context.close();
  }, 60_000);

  it('fits 360 px wide, and has plain empty and not-found states', async () => {
    const context = await newContext(stack, { width: 360, height: 740 });
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.goto(`/groups/${groupId}`);
    await page.getByRole('table', { name: /Ratings by theme/ }).waitFor();
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/groups/${groupId}/terms-of-reference`);
    await page.getByText('Only the group’s chair, its secretary or a coordinator can change the terms of reference.').waitFor();
    expect(await page.getByRole('button').filter({ hasText: /draft|approve/i }).count()).toBe(0);

    await page.goto('/groups/5b0c1a52-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Group not found' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    const empty = await seedPartnership(stack.api.db, 'web-groups-empty');
    const other = await newContext(stack);
    const page2 = await other.newPage();
    await signIn(page2, empty.member);
    await page2.goto('/groups');
    await page2.getByText('There are no groups for you to see yet.').waitFor();
    expect(await seriousViolations(page2)).toEqual([]);
    await other.close();
  }, 60_000);

  it('lets a coordinator draft, propose and approve new terms of reference, keeping the old version', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/groups/${groupId}`);
    await page.getByRole('link', { name: 'Change the terms of reference' }).click();
    await page.getByRole('heading', { level: 1, name: /Terms of reference/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Start a new draft' }).click();
    await page.getByText('Draft version 2 started.').waitFor();
    expect(await page.getByLabel('Purpose').inputValue()).toBe('To coordinate support for people seeking asylum across the region.');

    await page.getByLabel('Purpose').fill('To coordinate support for people seeking asylum and refugees moving on from asylum support.');
    await page.getByLabel('Quorum (optional)').fill('4');
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Year').fill('2027');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'terms-of-reference');

    // Mistakes are summarised at the top, each linked to its field, and the form keeps what was typed.
    const purpose = await page.getByLabel('Purpose').inputValue();
    await page.getByLabel('Purpose').fill('');
    await page.getByLabel('Quorum (optional)').fill('three');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const summary = page.getByRole('alert');
    await summary.getByRole('link', { name: 'Enter the purpose of the group' }).waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Enter the purpose of the group', 'The quorum must be a whole number, like 5']);
    expect(await isFocused(summary)).toBe(true);
    expect(await page.getByText('Draft version 2 started.').count()).toBe(0);
    expect(await page.title()).toMatch(/^Error: /);
    expect(await seriousViolations(page)).toEqual([]);
    await summary.getByRole('link', { name: 'Enter the purpose of the group' }).click();
    expect(await isFocused(page.getByLabel('Purpose'))).toBe(true);
    await page.getByLabel('Purpose').fill(purpose);
    await page.getByLabel('Quorum (optional)').fill('4');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft version 2 saved.').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: 'Save and propose for approval' }).click();
    await page.getByText('Version 2 is proposed.').waitFor();
    await page.getByRole('heading', { level: 2, name: /Proposed version 2/ }).waitFor();
    expect(await page.locator('.govuk-summary-list__key:has-text("Changed")').allTextContents()).toEqual([expect.stringContaining('Purpose'), expect.stringContaining('Quorum'), expect.stringContaining('Review date')]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Approve version 2' }).click();
    await page.getByText('Version 2 is approved.').waitFor();
    const history = page.getByRole('table', { name: /Versions of the terms of reference/ });
    expect(await history.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/Version 2\s+Approved.*, by COORDINATOR of /), expect.stringMatching(/Version 1\s+Superseded/)]);
    expect(await seriousViolations(page)).toEqual([]);

    // Back on the group page the new version is current, and the old one is in the history.
    await page.getByRole('link', { name: 'Back to Asylum Support Steering Group' }).first().click();
    const terms = page.locator('section[aria-labelledby="terms"]');
    await terms.getByText('refugees moving on from asylum support').waitFor();
    expect(await terms.textContent()).toContain('Version 2, approved on');
    expect(await terms.locator('.govuk-warning-text').count()).toBe(0);
    expect(await terms.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/Version 2\s+Approved/), expect.stringMatching(/Version 1\s+Superseded/)]);

    // If someone else moves the draft on meanwhile, the API's refusal is shown, not lost.
    await terms.getByRole('link', { name: 'Change the terms of reference' }).click();
    await page.getByRole('button', { name: 'Start a new draft' }).click();
    await page.getByRole('heading', { level: 2, name: /Draft version 3/ }).waitFor();
    const draft = (await as('coordinator', `query($id: ID!) { group(id: $id) { termsHistory { id status } } }`, { id: groupId })).group.termsHistory[0];
    await as('coordinator', `mutation($id: ID!) { proposeTerms(id: $id) { id } }`, { id: draft.id });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('alert').getByText('Only a draft can be edited.', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);
});
