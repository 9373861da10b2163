import { readFileSync } from 'node:fs';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { londonParts, londonToInstant } from '../src/pages/meetings/london';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const DAY = 86_400_000;

describe('web: the meeting page', () => {
  let stack: Stack;
  let p: SeededPartnership;
  const tokens: Record<string, string> = {};
  let groupId: string;
  let packMeeting: string;
  let buildMeeting: string;

  const as = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(stack.api.url, query, variables, { token: tokens[who] });
    if (res.errors) throw new Error(`${query}: ${res.errors[0].message}`);
    return res.data!;
  };
  const schedule = async (title: string, days: number) =>
    (
      await as('coordinator', `mutation($g: ID!, $t: String!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: $t, startsAt: $s, location: "Council House, Committee Room 2", onlineUrl: "https://meet.example.org/steering") { id } }`, {
        g: groupId,
        t: title,
        s: new Date(Date.now() + days * DAY).toISOString(),
      })
    ).scheduleOneOffMeeting.id as string;

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-meetings');
    for (const [who, person] of [['coordinator', p.coordinator], ['member', p.member]] as const) {
      tokens[who] = (await gql(stack.api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    groupId = (await as('coordinator', `mutation { createGroup(input: { name: "Destitution Steering Group", kind: STEERING_GROUP, visibility: PRIVATE, submissionDeadlineDays: 10 }) { id } }`)).createGroup.id;
    await as('coordinator', `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });

    // The member's pack: an item with a presenter and a paper, an included assessment entry,
    // a published agenda, and an open action from an earlier meeting (a matter arising).
    packMeeting = await schedule('Steering group: winter planning', 30);
    await as('coordinator', `mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { id } }`, {
      m: packMeeting,
      i: { title: 'Winter shelter capacity', description: 'How many beds the night shelters can offer from December.', presenterPersonId: p.member.personId, minutesAllotted: 20, papers: [{ title: 'Shelter audit 2026', url: 'https://example.org/shelter-audit.pdf' }] },
    });
    await as('coordinator', `mutation($m: ID!, $i: AssessmentEntryInput!) { contributeAssessmentEntry(meetingId: $m, input: $i) { id } }`, {
      m: packMeeting,
      i: { theme: 'destitution', kind: 'RISK', rating: 'RED', direction: 'WORSENING', summary: 'More people refused asylum support after move-on', evidence: '34 referrals in six weeks', source: 'Casework at the drop-in' },
    });
    await as('coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: packMeeting });
    const [{ id: earlier }] = await stack.api.db.query(
      `INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Steering group: autumn', now() - interval '40 days', now() - interval '40 days' + interval '2 hours') RETURNING id`,
      [groupId],
    );
    await as('coordinator', `mutation($m: ID!, $o: ID!) { addAction(meetingId: $m, input: { title: "Map emergency accommodation", ownerPersonId: $o, dueDate: "2027-01-31" }) { id } }`, { m: earlier, o: p.member.personId });

    // The coordinator's meeting: two proposals from the member, one to accept and one to decline.
    buildMeeting = await schedule('Steering group: spring planning', 60);
    for (const title of ['Hate crime reporting pathways', 'Staff summer outing']) {
      await as('member', `mutation($m: ID!, $t: String!) { proposeAgendaItem(meetingId: $m, input: { title: $t }) { id } }`, { m: buildMeeting, t: title });
    }
  }, 60_000);
  afterAll(() => stack?.close());

  it('converts UK wall-clock time to an instant across the clock changes', () => {
    expect(londonToInstant('2027-01-12', '10:00')).toEqual({ instant: new Date('2027-01-12T10:00:00Z') });
    expect(londonToInstant('2027-07-12', '10:00')).toEqual({ instant: new Date('2027-07-12T09:00:00Z') });
    // 28 March 2027: 01:00 GMT becomes 02:00 BST, so 01:30 never happens.
    expect(londonToInstant('2027-03-28', '01:30')).toEqual({ problem: 'gap' });
    expect(londonToInstant('2027-03-28', '03:00')).toEqual({ instant: new Date('2027-03-28T02:00:00Z') });
    // 31 October 2027: 01:30 happens twice; the first is still summer time.
    expect(londonToInstant('2027-10-31', '01:30')).toEqual({ instant: new Date('2027-10-31T00:30:00Z') });
    expect(londonToInstant('2027-02-30', '10:00')).toEqual({ problem: 'date' });
    expect(londonToInstant('2027-02-03', '25:00')).toEqual({ problem: 'time' });
    expect(londonParts('2027-07-12T09:00:00Z')).toEqual({ date: '2027-07-12', time: '10:00' });
  });

  it('a member reads the pack and sends apologies', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.member);
    await page.goto(`/meetings/${packMeeting}`);
    await page.getByRole('heading', { level: 1, name: /winter planning/ }).waitFor();

    const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    expect(await agenda.locator('.app-agenda > li > h3').allTextContents()).toEqual([
      '1. Welcome and apologies',
      '2. Minutes of the last meeting and matters arising',
      '3. Sector activity assessment',
      '4. Any other business',
      '5. Date of next meeting',
      '6. Winter shelter capacity',
    ]);
    await agenda.getByText('Presented by MEMBER of web-meetings (Charity web-meetings), 20 minutes').waitFor();
    expect(await agenda.getByRole('link', { name: 'Shelter audit 2026' }).getAttribute('href')).toBe('https://example.org/shelter-audit.pdf');
    await agenda.getByText('Version 1').waitFor();

    const assessment = page.getByRole('table').filter({ hasText: 'Theme' });
    expect(await assessment.getByRole('row').nth(1).textContent()).toMatch(/Destitution.*Risk.*Red.*Worsening.*More people refused asylum support/);
    await page.getByRole('region', { name: 'Matters arising', exact: true }).getByRole('rowheader', { name: 'Map emergency accommodation' }).waitFor();
    expect(await page.getByRole('link', { name: 'Destitution Steering Group' }).getAttribute('href')).toBe(`/groups/${groupId}`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'meeting-pack');

    await page.getByLabel('Note with your apologies (optional)').fill('At the Home Office stakeholder day. Sam Patel will come instead.');
    await page.getByRole('button', { name: 'Send apologies' }).click();
    await page.getByText('Your apologies have been sent.').waitFor();
    const row = page.getByRole('region', { name: 'Attendance', exact: true }).getByRole('row', { name: /MEMBER of web-meetings/ });
    expect(await row.textContent()).toMatch(/Apologies.*Sam Patel will come instead/);
    await page.getByText('You have sent your apologies.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Members propose items (with papers) and add to the assessment; both wait for review.
    await page.getByText('Propose an item for the agenda').click();
    await page.getByLabel('Title', { exact: true }).fill('Move-on support for newly recognised refugees');
    await page.getByRole('button', { name: 'Add another paper' }).click();
    await page.getByLabel('Paper 1 title').fill('28-day move-on briefing');
    await page.getByLabel('Paper 1 web address').fill('example.org/briefing');
    await page.getByRole('button', { name: 'Send the proposal' }).click();
    await page.getByRole('alert').getByRole('link', { name: /starting with https/ }).waitFor();
    await page.getByLabel('Paper 1 web address').fill('https://example.org/briefing.pdf');
    await page.getByLabel('Paper 2 title').fill('Council housing options note');
    await page.getByLabel('Paper 2 web address').fill('https://example.org/housing-options.pdf');
    await page.getByText('Add to the assessment').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send the proposal' }).click();
    await page.getByText('“Move-on support for newly recognised refugees” has been sent to the coordinator').waitFor();
    expect(await agenda.getByRole('listitem').filter({ hasText: 'Move-on support' }).textContent()).toMatch(/Waiting for a decision/);

    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Other' });
    await page.getByLabel('Other theme').fill('Digital inclusion');
    await page.getByLabel('Kind').selectOption({ label: 'Trend' });
    await page.getByLabel('Rating').selectOption({ label: 'Amber: some concern' });
    await page.getByLabel('Direction').selectOption({ label: 'Stable' });
    await page.getByLabel('Summary').fill('Many clients cannot get online to manage Universal Credit.');
    await page.getByRole('button', { name: 'Add the entry' }).click();
    await page.getByText('Your entry on Digital inclusion has been sent to the coordinator to review.').waitFor();
    expect(await assessment.getByRole('row', { name: /Digital inclusion/ }).textContent()).toMatch(/Amber.*Waiting for review/);
    expect(await seriousViolations(page)).toEqual([]);

    // The calendar file downloads through the web server with the session cookie.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Add to calendar/ }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toMatch(/BEGIN:VCALENDAR/);
    expect(ics).toMatch(/winter planning/);

    // A meeting that does not exist (or that they may not see) gets a plain answer.
    await page.goto('/meetings/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Meeting not found' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 90_000);

  it('a coordinator builds and publishes an agenda, then drafts and circulates minutes', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/meetings/${buildMeeting}`);
    await page.getByRole('heading', { level: 1, name: /spring planning/ }).waitFor();
    const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    const items = () => agenda.locator('.app-agenda > li > h3').allTextContents();

    await agenda.getByText('Add an item to the agenda').click();
    await agenda.getByRole('textbox', { name: 'Title', exact: true }).fill('ESOL provision for new arrivals');
    await agenda.getByRole('textbox', { name: 'Time needed, in minutes (optional)' }).fill('15');
    await agenda.getByRole('textbox', { name: 'Paper 1 title' }).fill('ESOL waiting lists');
    await agenda.getByRole('textbox', { name: 'Paper 1 web address' }).fill('https://example.org/esol.pdf');
    await agenda.getByRole('button', { name: 'Add the item' }).click();
    await page.getByText('“ESOL provision for new arrivals” has been added to the end of the agenda.').waitFor();
    expect((await items()).at(-1)).toBe('6. ESOL provision for new arrivals');

    await agenda.getByRole('button', { name: 'Move up: ESOL provision for new arrivals' }).click();
    await page.getByText('“ESOL provision for new arrivals” is now number 5 of 6.').waitFor();
    expect((await items()).slice(3)).toEqual(['4. Any other business', '5. ESOL provision for new arrivals', '6. Date of next meeting']);

    await agenda.getByRole('button', { name: 'Accept: Hate crime reporting pathways' }).click();
    await page.getByText('“Hate crime reporting pathways” is now on the agenda.').waitFor();
    // It keeps the place it was proposed in: before the closing items.
    expect((await items()).slice(4)).toEqual(['5. ESOL provision for new arrivals', '6. Hate crime reporting pathways', '7. Date of next meeting']);

    // Declining needs a reason: the error links to the field.
    await agenda.getByRole('button', { name: 'Decline: Staff summer outing' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Give the reason for declining' });
    await alert.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await alert.getByRole('link').click();
    const reason = page.getByLabel('Reason for declining “Staff summer outing”');
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await reason.fill('Not a matter for the steering group.');
    await agenda.getByRole('button', { name: 'Decline: Staff summer outing' }).click();
    await page.getByText('“Staff summer outing” has been declined.').waitFor();

    await agenda.getByRole('button', { name: 'Publish the agenda' }).click();
    await agenda.getByRole('button', { name: 'Yes, publish the agenda' }).click();
    await page.getByText('Version 1 of the agenda has been published.').waitFor();
    await agenda.locator('.govuk-inset-text').getByText('Version 1').waitFor();
    await agenda.getByRole('button', { name: 'Publish version 2' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'meeting-coordinator');

    const minutes = page.getByRole('region', { name: 'Minutes', exact: true });
    await minutes.getByRole('button', { name: 'Start the minutes' }).click();
    await page.getByText('The minutes have been started').waitFor();
    await minutes.getByRole('textbox', { name: '6. Hate crime reporting pathways' }).fill('Third-party reporting centres are open in two libraries.\nThe police will share monthly figures.');
    await minutes.getByLabel('Decisions').fill('Publish the reporting pathway leaflet in six languages.\nInvite the police hate crime lead to the next meeting.');
    await minutes.getByRole('button', { name: 'Save the minutes' }).click();
    await page.getByText('The minutes have been saved (version 2).').waitFor();

    await minutes.getByText('Add an action').click();
    await minutes.getByLabel('What needs to be done').fill('Send the leaflet to the translators');
    await minutes.getByLabel('Owner').selectOption({ label: 'MEMBER of web-meetings' });
    const due = minutes.getByRole('group', { name: 'Due date (optional)' });
    await due.getByLabel('Day').fill('15');
    await due.getByLabel('Month').fill('6');
    await due.getByLabel('Year').fill('2027');
    await minutes.getByRole('button', { name: 'Add the action' }).click();
    await page.getByText('Action added for MEMBER of web-meetings: Send the leaflet to the translators').waitFor();
    expect(await minutes.getByRole('row', { name: /Send the leaflet/ }).textContent()).toMatch(/MEMBER of web-meetings.*15 June 2027.*Open/);

    await minutes.getByRole('button', { name: 'Circulate to members' }).click();
    await minutes.getByRole('button', { name: 'Yes, circulate them' }).click();
    await page.getByText('The minutes have been circulated.').waitFor();
    expect(await minutes.locator('#minutes-status').textContent()).toMatch(/Status: Circulated/);
    await minutes.getByRole('heading', { name: 'Record approval' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'minutes');

    // A member comments on the circulated draft; an empty comment is refused with a linked error.
    const member = await (await newContext(stack)).newPage();
    await signIn(member, p.member);
    await member.goto(`/meetings/${buildMeeting}`);
    const draft = member.getByRole('region', { name: 'Minutes', exact: true });
    await draft.getByRole('button', { name: 'Add your comment' }).click();
    await member.getByRole('alert').filter({ hasText: 'Write your comment on the draft minutes' }).waitFor();
    expect(await seriousViolations(member)).toEqual([]);
    await draft.getByLabel('Comment on the draft minutes').fill('Please add that the leaflet will also be in Tigrinya.');
    await draft.getByRole('button', { name: 'Add your comment' }).click();
    await member.getByText('Thank you. Your comment is with the minutes').waitFor();
    await draft.getByText('Please add that the leaflet will also be in Tigrinya.').waitFor();
    await member.context().close();

    // Moving the meeting: a date and a time in UK summer time.
    await page.getByText('Move or cancel this meeting').click();
    const date = page.getByRole('group', { name: 'New date' });
    await date.getByLabel('Day').fill('6');
    await date.getByLabel('Month').fill('April');
    await date.getByLabel('Year').fill('2027');
    await page.getByLabel('New start time').fill('14:30');
    await page.getByLabel('Why it is moving').fill('The council chamber is needed that day.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Move the meeting' }).click();
    await page.getByRole('button', { name: 'Yes, move it' }).click();
    await page.getByText('The meeting now starts on Tuesday, 6 April 2027, 14:30.').waitFor();
    const [{ starts }] = await stack.api.db.query(`SELECT starts_at AS starts FROM meeting WHERE id = $1`, [buildMeeting]);
    expect(new Date(starts).toISOString()).toBe('2027-04-06T13:30:00.000Z');
    await context.close();
  }, 90_000);

  it('fits a 360 px wide phone screen without sideways scrolling', async () => {
    const context = await newContext(stack, { width: 360, height: 740 });
    const page = await context.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/meetings/${packMeeting}`);
    await page.getByRole('heading', { level: 1, name: /winter planning/ }).waitFor();
    // Every form open, as the widest the page gets.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);
});
