import type { BrowserContext, Page } from 'playwright-core';
import type { SeededPerson } from '@convene/testing';
import { isFocused, signIn } from './stack';
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
  // Each person keeps the browser they signed up in, as people do.
  const browsers: Record<string, { context: BrowserContext; page: Page }> = {};

  const meetingPage = async (page: Page, id: string) => {
    await page.goto(`/meetings/${id}`);
    await heading(page, new RegExp(GROUP));
  };

  beforeAll(async () => {
    j = await startJourney();
  }, 60_000);
  afterAll(async () => {
    for (const b of Object.values(browsers)) await b.context.close();
    j?.stack.api.clock.reset();
    await j?.close();
  });

  it('1. the admin invites a coordinator from the admin screens, who accepts from the email and signs in', async () => {
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

    browsers.sam = await acceptInvitation(j, COORDINATOR, 'journey-02-accept-invitation');
    // Accepting signs her in; she signs out and back in with the password she chose.
    const sam = browsers.sam.page;
    await sam.getByRole('button', { name: 'Sign out' }).click();
    await sam.getByText('You have signed out.').waitFor();
    await signIn(sam, COORDINATOR as unknown as SeededPerson);
    await heading(sam, `Hello, ${COORDINATOR.name}`);
    await checkScreen(sam, 'journey-03-coordinator-home');
  });

  it('2. the coordinator creates a six-weekly group and invites two members straight into it', async () => {
    const { page } = browsers.sam;
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

    for (const who of [NADIA, TOMASZ]) {
      const theirs = await acceptInvitation(j, who);
      browsers[who.name] = theirs;
      const groups = theirs.page.getByRole('heading', { name: 'Your groups' }).locator('xpath=following-sibling::ul[1]');
      await groups.getByRole('link', { name: GROUP }).waitFor();
      if (who === NADIA) await checkScreen(theirs.page, 'journey-06-member-home');
    }
    meetings = (await j.stack.api.db.query(`SELECT id, starts_at AS "startsAt" FROM meeting WHERE group_id = $1 ORDER BY starts_at LIMIT 3`, [groupId])).map((m: { id: string; startsAt: Date }) => ({ id: m.id, startsAt: new Date(m.startsAt) }));
    expect(meetings).toHaveLength(3);
    expect((meetings[1].startsAt.getTime() - meetings[0].startsAt.getTime()) / DAY).toBeCloseTo(42, 0);
  });
  it('3. the coordinator builds the next agenda against the clock, publishes it by keyboard through the check step, and opens an inputs thread', async () => {
    const { page } = browsers.sam;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
    await page.getByRole('link', { name: GROUP }).first().click();
    await heading(page, new RegExp(GROUP));
    await page.locator('section[aria-labelledby="meetings"] li a[href^="/meetings/"]').first().click();
    await heading(page, new RegExp(GROUP));
    expect(new URL(page.url()).pathname).toBe(`/meetings/${meetings[0].id}`);

    const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    const total = agenda.locator('#agenda-total');
    const minutesOf = async () => Number(/The items take (\d+) minute/.exec((await total.textContent().catch(() => '')) ?? '')?.[1] ?? 0);
    const before = await minutesOf();
    for (const [title, minutes] of [['Move-on accommodation for newly recognised refugees', '20'], ['Hotel closures and dispersal', '15']]) {
      // The form stays open after an item is added, ready for the next.
      const titleBox = agenda.getByRole('textbox', { name: 'Title', exact: true });
      if (!(await titleBox.isVisible())) await agenda.getByText('Add an item to the agenda').click();
      await titleBox.fill(title);
      await agenda.getByRole('textbox', { name: 'Time needed, in minutes (optional)' }).fill(minutes);
      await agenda.getByRole('button', { name: 'Add the item' }).click();
      await page.getByText(`“${title}” has been added to the end of the agenda.`).waitFor();
    }
    await total.getByText(`The items take ${before + 35} minutes`).waitFor();

    await agenda.getByText('Edit: Hotel closures and dispersal').click();
    const edit = agenda.locator('details.app-item-edit[open]');
    await edit.getByLabel('Time needed, in minutes (optional)').fill('25');
    await edit.getByLabel('Presenter (optional)').selectOption({ label: TOMASZ.name });
    await edit.getByRole('button', { name: 'Save the item' }).click();
    await page.getByText('“Hotel closures and dispersal” has been updated.').waitFor();
    await total.getByText(`The items take ${before + 45} minutes`).waitFor();
    await agenda.getByText(`Presented by ${TOMASZ.name}`).waitFor();
    await checkScreen(page, 'journey-07-agenda-built');

    // Keyboard only: the check step says who is emailed, Tab reaches the confirm button.
    await agenda.getByRole('button', { name: 'Publish the agenda' }).focus();
    await page.keyboard.press('Enter');
    const check = agenda.getByRole('group', { name: /Check before you publish the agenda/ });
    await check.getByText(/This will email \d+ (people|person)/).waitFor();
    // The two members who joined; the coordinator who made the group is not one of them.
    expect(await check.locator('p').textContent()).toMatch(/^This will email 2 people: the agenda pack/);
    expect(await isFocused(check.getByRole('heading'))).toBe(true);
    await checkScreen(page, 'journey-08-publish-check');
    await page.keyboard.press('Tab');
    expect(await isFocused(check.getByRole('button', { name: 'Yes, publish the agenda' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Version 1 of the agenda has been published.').waitFor();

    await agenda.getByRole('button', { name: 'Ask for inputs in the forum: Move-on accommodation for newly recognised refugees' }).click();
    await page.getByText('A thread for members’ inputs on “Move-on accommodation for newly recognised refugees” is open').waitFor();
    await checkScreen(page, 'journey-09-agenda-published');
    inputsThread = (await agenda.getByRole('link', { name: /Send or read inputs in the forum/ }).getAttribute('href'))!;
  });

  it('4. members reply and propose an item, and a mention picked in the inputs thread is emailed', async () => {
    const nadia = browsers[NADIA.name];
    await meetingPage(nadia.page, meetings[0].id);
    await nadia.page.getByRole('button', { name: 'I will attend' }).click();
    await nadia.page.getByText('Thank you. You are down as attending.').waitFor();
    await nadia.page.getByText('You have said you will attend.').waitFor();

    await nadia.page.getByText('Propose an item for the agenda').click();
    await nadia.page.getByLabel('Title', { exact: true }).fill('Destitution among refused asylum seekers');
    await nadia.page.getByRole('button', { name: 'Send the proposal' }).click();
    await nadia.page.getByText('“Destitution among refused asylum seekers” has been sent to the coordinator').waitFor();
    await checkScreen(nadia.page, 'journey-10-member-replied-proposed');

    // The inputs thread, from the item's link; Tomasz is picked from the @ list by keyboard.
    await nadia.page.getByRole('link', { name: /Send or read inputs in the forum/ }).click();
    await heading(nadia.page, 'Inputs: Move-on accommodation for newly recognised refugees');
    expect(new URL(nadia.page.url()).pathname).toBe(inputsThread);
    const box = nadia.page.getByLabel('Your post');
    await box.focus();
    await nadia.page.keyboard.type('The 28-day move-on period is leaving people homeless. @Tom');
    const list = nadia.page.getByRole('listbox', { name: 'People to mention' });
    await list.getByRole('option', { name: new RegExp(TOMASZ.name) }).waitFor();
    await checkScreen(nadia.page, 'journey-11-inputs-mention-picker');
    await nadia.page.keyboard.press('Enter');
    await list.waitFor({ state: 'detached' });
    await nadia.page.keyboard.type('can the council share its figures?');
    await nadia.page.getByRole('button', { name: 'Post', exact: true }).click();
    await nadia.page.locator('.app-post .mention', { hasText: `@${TOMASZ.name}` }).waitFor();
    await checkScreen(nadia.page, 'journey-12-inputs-posted');

    const tomasz = browsers[TOMASZ.name];
    await meetingPage(tomasz.page, meetings[0].id);
    await tomasz.page.getByLabel('Note with your apologies (optional)').fill('At the regional housing board. A colleague will send figures.');
    await tomasz.page.getByRole('button', { name: 'Send apologies' }).click();
    await tomasz.page.getByText('Your apologies have been sent.').waitFor();
    await checkScreen(tomasz.page, 'journey-13-member-apologies');

    // Mentions go out in five-minute batches: tick once the batch has closed.
    const [{ w }] = await j.stack.api.db.query(`SELECT floor(extract(epoch FROM max(created_at)) / 300) * 300 AS w FROM post_mention`);
    await tick(j, new Date((Number(w) + 360) * 1000));
    const [mail] = await mailsAbout(j, `${NADIA.name} mentioned you`, 1);
    expect(recipient(mail)).toContain(TOMASZ.email);
    expect(mail.text).toContain('can the council share its figures?');
  });
  it('5. once the meeting has started the coordinator records everyone’s attendance in one go, and takes the minutes to approval at the next meeting', async () => {
    // A week before, the worker's tick sends the published pack to the two members the check step counted.
    j.stack.api.clock.set(new Date(meetings[0].startsAt.getTime() - 6 * DAY));
    await tick(j);
    const packs = await mailsAbout(j, 'Agenda pack:', 2);
    expect(packs.map(recipient).join()).toContain(NADIA.email);
    expect(packs.map(recipient).join()).toContain(TOMASZ.email);
    expect(packs[0].text).toContain('Hotel closures and dispersal');
    expect(packs[0].text).toContain(inputsThread);
    expect(calendarOf(packs[0]).uid).toBe(`meeting-${meetings[0].id}@convene`);

    j.stack.api.clock.set(new Date(meetings[0].startsAt.getTime() + 10 * 60_000));
    const { page } = browsers.sam;
    await meetingPage(page, meetings[0].id);
    // The submission deadline has passed on the same clock: the inputs thread is closed.
    await page.getByRole('link', { name: /Read the inputs sent in the forum/ }).waitFor();
    const nadia = browsers[NADIA.name].page;
    await nadia.goto(inputsThread);
    await nadia.getByText('This thread is locked. No one can add or change posts.').waitFor();
    expect(await nadia.getByRole('button', { name: 'Post', exact: true }).count()).toBe(0);
    await checkScreen(nadia, 'journey-14-inputs-closed');
    const attendance = page.getByRole('region', { name: 'Attendance', exact: true });
    await attendance.getByRole('button', { name: 'Save attendance for everyone' }).waitFor();
    // What each said is shown; apologies are already chosen.
    expect(await attendance.getByLabel(`${TOMASZ.name}: apologies`).isChecked()).toBe(true);
    await attendance.getByLabel(`${NADIA.name}: attended`).check();
    await checkScreen(page, 'journey-15-attendance-sheet');
    await attendance.getByRole('button', { name: 'Save attendance for everyone' }).click();
    await page.getByText('Attendance is recorded for 2 people: 1 attended.').waitFor();

    const minutes = page.getByRole('region', { name: 'Minutes', exact: true });
    await minutes.getByRole('button', { name: 'Start the minutes' }).click();
    await page.getByText('The minutes have been started').waitFor();
    await minutes.getByRole('textbox', { name: /Move-on accommodation for newly recognised refugees/ }).fill('Move-on periods are leaving people homeless within a month of a grant.');
    await minutes.getByLabel('Decisions').fill('Write to the Home Office asking for 56-day move-on periods.');
    await minutes.getByRole('button', { name: 'Save the minutes' }).click();
    await page.getByText(/The minutes have been saved \(version \d+\)\./).waitFor();
    await checkScreen(page, 'journey-16-minutes-draft');

    await minutes.getByRole('button', { name: 'Circulate to members' }).click();
    const circulate = minutes.getByRole('group', { name: /Check before you circulate the minutes/ });
    await circulate.getByText('This will email 2 people: the draft minutes, for comment.').waitFor();
    await circulate.getByRole('button', { name: 'Yes, circulate them' }).click();
    await page.getByText('The minutes have been circulated.').waitFor();
    // Circulated on the day the clock says, which is also what decides the email is news.
    const today = meetings[0].startsAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
    expect(await minutes.locator('#minutes-status').textContent()).toMatch(new RegExp(`^Status: Circulated since .*${today}`));
    await checkScreen(page, 'journey-17-minutes-circulated');
    // The two the check step counted get the draft.
    await tick(j);
    const drafts = (await mailsAbout(j, 'Draft minutes for comment:', 2)).map(recipient).join();
    expect(drafts).toContain(NADIA.email);
    expect(drafts).toContain(TOMASZ.email);

    // Six weeks on, the next meeting has started and approves them.
    j.stack.api.clock.set(new Date(meetings[1].startsAt.getTime() + 10 * 60_000));
    await page.reload();
    await minutes.getByLabel('Which meeting approved them?').selectOption(meetings[1].id);
    await minutes.getByRole('button', { name: 'Record approval' }).click();
    const approve = minutes.getByRole('group', { name: /Check before you record approval/ });
    await approve.getByText(/This will email 2 people: the approved minutes/).waitFor();
    await checkScreen(page, 'journey-18-minutes-approve-check');
    await approve.getByRole('button', { name: 'Yes, record approval' }).click();
    await page.getByText(/The minutes are recorded as approved at the meeting on /).waitFor();
    expect(await minutes.locator('#minutes-status').textContent()).toMatch(/^Status: Approved/);
    await checkScreen(page, 'journey-19-minutes-approved');
    await tick(j);
    const approved = await mailsAbout(j, 'Approved minutes:', 2);
    expect(approved[0].text).toContain('Write to the Home Office asking for 56-day move-on periods.');
  });

  it('6. a later meeting moved and then cancelled reaches members’ calendars: same UID, higher SEQUENCE, then CANCEL', async () => {
    const later = meetings[2];
    const { page } = browsers.sam;
    await page.goto(`/groups/${groupId}`);
    await heading(page, new RegExp(GROUP));
    await page.locator(`section[aria-labelledby="meetings"] a[href="/meetings/${later.id}"]`).click();
    await heading(page, new RegExp(GROUP));

    const newStart = new Date(later.startsAt.getTime() + 7 * DAY);
    const [year, month, day] = newStart.toLocaleDateString('en-CA', { timeZone: 'Europe/London' }).split('-');
    await page.getByText('Move or cancel this meeting').click();
    const date = page.getByRole('group', { name: 'New date' });
    await date.getByLabel('Day').fill(String(Number(day)));
    await date.getByLabel('Month').fill(String(Number(month)));
    await date.getByLabel('Year').fill(year);
    await page.getByLabel('New start time').fill('14:00');
    await page.getByLabel('Why it is moving').fill('The council chamber is needed for the budget meeting.');
    await page.getByRole('button', { name: 'Move the meeting' }).click();
    const moveCheck = page.getByRole('group', { name: /Check before you move the meeting/ });
    await moveCheck.getByText(/This will email 2 people: the new time/).waitFor();
    await checkScreen(page, 'journey-20-move-check');
    await moveCheck.getByRole('button', { name: 'Yes, move it' }).click();
    await page.getByText(/The meeting now starts on .*14:00\./).waitFor();

    await tick(j);
    const moves = await mailsAbout(j, 'Meeting moved:', 2);
    expect(moves.map(recipient).join()).toContain(NADIA.email);
    expect(moves.map(recipient).join()).toContain(TOMASZ.email);
    const moved = calendarOf(moves[0]);
    expect(moved).toMatchObject({ method: 'REQUEST', uid: `meeting-${later.id}@convene` });
    expect(moved.start.toLocaleString('en-GB', { timeZone: 'Europe/London' })).toMatch(/14:00:00$/);

    if (!(await page.getByLabel('Reason for cancelling').isVisible())) await page.getByText('Move or cancel this meeting').click();
    await page.getByLabel('Reason for cancelling').fill('The chair is unwell and the vice-chair is away.');
    await page.getByRole('button', { name: 'Cancel the meeting' }).click();
    const cancelCheck = page.getByRole('group', { name: /Check before you cancel the meeting/ });
    await cancelCheck.getByText(/This will email 2 people: the cancellation/).waitFor();
    await cancelCheck.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
    await page.getByText('The meeting has been cancelled and members have been told.').waitFor();
    await checkScreen(page, 'journey-21-meeting-cancelled');

    await tick(j);
    const cancels = await mailsAbout(j, 'Meeting cancelled:', 2);
    const cancelled = calendarOf(cancels[0]);
    expect(cancelled).toMatchObject({ method: 'CANCEL', uid: moved.uid, status: 'CANCELLED' });
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    expect(cancels[0].text).toContain('The chair is unwell and the vice-chair is away.');

    // The member sees it too, with the reason, and is not asked to reply.
    const nadia = browsers[NADIA.name];
    await meetingPage(nadia.page, later.id);
    await nadia.page.getByText('This meeting has been cancelled. Reason: The chair is unwell and the vice-chair is away.').waitFor();
    await nadia.page.getByText('The meeting is cancelled, so there is nothing to reply to.').waitFor();
    expect(await nadia.page.getByRole('button', { name: 'I will attend' }).count()).toBe(0);
    await checkScreen(nadia.page, 'journey-22-member-sees-cancelled');
  });
});
