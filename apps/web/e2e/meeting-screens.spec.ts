import type { Page } from 'playwright-core';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership } from '@convene/testing';
import { startWorker } from '../../worker/src/testing/worker-harness';
import { londonParts } from '../src/pages/meetings/london';
import { join } from 'node:path';
import { SCREENSHOTS, isFocused, newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const DAY = 86_400_000;

/** Types a London date into the GOV.UK day, month and year boxes of a fieldset. */
async function fillDate(page: Page, legend: string, iso: string) {
  const [year, month, day] = londonParts(iso).date.split('-');
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(String(Number(day)));
  await group.getByLabel('Month').fill(String(Number(month)));
  await group.getByLabel('Year').fill(year);
}

describe('web: scheduling, agenda building, the check step and the attendance sheet', () => {
  let stack: Stack;
  let p: SeededPartnership;
  const tokens: Record<string, string> = {};
  let groupId: string;
  let meetingId: string;

  const as = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(stack.api.url, query, variables, { token: tokens[who] });
    if (res.errors) throw new Error(`${query}: ${res.errors[0].message}`);
    return res.data!;
  };

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-screens');
    tokens.coordinator = (await gql(stack.api.url, SIGN_IN, { input: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
    groupId = (await as('coordinator', `mutation { createGroup(input: { name: "Destitution Steering Group", kind: STEERING_GROUP, visibility: PRIVATE, submissionDeadlineDays: 10 }) { id } }`)).createGroup.id;
    // The admin chairs the group; with the member, two people get its emails.
    for (const [person, role] of [[p.admin.personId, 'CHAIR'], [p.member.personId, 'MEMBER']]) {
      await as('coordinator', `mutation($g: ID!, $p: ID!, $r: GroupRole!) { setGroupMember(groupId: $g, personId: $p, role: $r) { id } }`, { g: groupId, p: person, r: role });
    }
  }, 60_000);
  afterAll(() => stack?.close());

  it('a coordinator schedules a one-off meeting, builds the agenda against the clock, publishes it by keyboard and opens an inputs thread', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/groups/${groupId}`);
    await page.getByRole('link', { name: 'Schedule a one-off meeting' }).click();
    await page.getByRole('heading', { level: 1, name: /Schedule a one-off meeting/ }).waitFor();

    // Every problem at once, each linked to its field.
    await page.getByLabel('Title').fill('');
    await page.getByRole('button', { name: 'Schedule the meeting' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Enter a title for the meeting', 'Enter the date', 'Enter the start time', 'Enter where the meeting is, or an online link, or both']);
    expect(await seriousViolations(page)).toEqual([]);
    await summary.getByRole('link', { name: 'Enter the date' }).click();
    expect(await isFocused(page.getByRole('group', { name: 'Date' }).getByLabel('Day'))).toBe(true);

    const startsAt = new Date(Date.now() + 30 * DAY).toISOString();
    await page.getByLabel('Title').fill('Extra meeting: winter shelter plans');
    await fillDate(page, 'Date', startsAt);
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel('End time (optional)').fill('12:00');
    await page.getByLabel('Where').fill('Council House, Committee Room 2');
    await page.getByLabel('Online link').fill('https://meet.example.org/winter');
    await screenshot(page, 'meeting-schedule');
    await page.getByRole('button', { name: 'Schedule the meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Extra meeting: winter shelter plans' }).waitFor();
    meetingId = new URL(page.url()).pathname.split('/').pop()!;
    const [{ starts, ends }] = await stack.api.db.query(`SELECT starts_at AS starts, ends_at AS ends FROM meeting WHERE id = $1`, [meetingId]);
    expect(londonParts(starts).time).toBe('10:00');
    expect((new Date(ends).getTime() - new Date(starts).getTime()) / 60_000).toBe(120);

    // The standing items take 65 of the 120 minutes; each item shows when it starts.
    const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    await agenda.getByText('The items take 65 minutes of the meeting’s 120 (10:00 to 12:00).').waitFor();
    await agenda.getByText('From 10:20. 30 minutes').waitFor();
    await agenda.getByText('Add an item to the agenda').click();
    await agenda.getByRole('textbox', { name: 'Title', exact: true }).fill('Winter shelter capacity');
    await agenda.getByRole('textbox', { name: 'Time needed, in minutes (optional)' }).fill('20');
    await agenda.getByRole('button', { name: 'Add the item' }).click();
    await page.getByText('“Winter shelter capacity” has been added to the end of the agenda.').waitFor();
    await agenda.getByText('The items take 85 minutes of the meeting’s 120').waitFor();

    // Edit the item: presenter, time, a paper; too long a time and a bad link are both listed.
    await agenda.getByText('Edit: Winter shelter capacity').click();
    const edit = agenda.locator('details.app-item-edit[open]');
    await edit.getByLabel('Time needed, in minutes (optional)').fill('900');
    await edit.getByLabel('Paper 1 title').fill('Shelter audit');
    await edit.getByLabel('Paper 1 web address').fill('example.org/audit.pdf');
    await edit.getByRole('button', { name: 'Save the item' }).click();
    const editProblems = edit.getByRole('alert');
    await editProblems.waitFor();
    expect(await editProblems.getByRole('link').allTextContents()).toEqual(['Enter the time as a whole number of minutes, from 1 to 600', 'Enter the web address of paper 1, starting with https://']);
    await edit.getByLabel('Time needed, in minutes (optional)').fill('60');
    await edit.getByLabel('Paper 1 web address').fill('https://example.org/audit.pdf');
    await edit.getByLabel('Presenter (optional)').selectOption({ label: 'MEMBER of web-screens' });
    await edit.getByRole('button', { name: 'Save the item' }).click();
    await page.getByText('“Winter shelter capacity” has been updated.').waitFor();
    const over = agenda.locator('.app-over');
    expect(await over.textContent()).toMatch(/The items take 125 minutes, 5 minutes longer than the meeting/);
    await agenda.getByText('Presented by MEMBER of web-screens (Charity web-screens), 60 minutes').waitFor();
    await agenda.getByRole('button', { name: 'Move up: Winter shelter capacity' }).click();
    await page.getByText('“Winter shelter capacity” is now number 5 of 6.').waitFor();
    // Moved before "Date of next meeting", it now starts at 11:00 (5 + 15 + 30 + 10 minutes in).
    expect(await agenda.locator('.app-agenda > li').nth(4).textContent()).toMatch(/Winter shelter capacity.*From 11:00/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'meeting-agenda-total');

    // Publishing, by keyboard only: the check step says who is emailed; Escape goes back.
    const publish = agenda.getByRole('button', { name: 'Publish the agenda' });
    await publish.focus();
    await page.waitForFunction(() => document.activeElement?.id === 'publish-submit');
    await page.keyboard.press('Enter');
    const check = agenda.getByRole('group', { name: /Check before you publish the agenda/ });
    await check.getByText(/This will email 2 people: the agenda pack/).waitFor();
    expect(await isFocused(check.getByRole('heading'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'meeting-check-step');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.id === 'publish-submit');
    expect(await stack.api.db.query(`SELECT 1 FROM agenda_version WHERE meeting_id = $1`, [meetingId])).toEqual([]);
    await page.keyboard.press('Enter');
    await check.getByText(/This will email 2 people/).waitFor();
    await page.keyboard.press('Tab');
    expect(await isFocused(check.getByRole('button', { name: 'Yes, publish the agenda' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Version 1 of the agenda has been published.').waitFor();
    expect(await stack.api.db.query(`SELECT version FROM agenda_version WHERE meeting_id = $1`, [meetingId])).toEqual([{ version: 1 }]);

    // The agenda pack as one PDF: being prepared until a worker has built it, then a download.
    await page.reload();
    await agenda.getByText('The agenda pack PDF is being prepared.').waitFor();
    const smtp = await startSmtpSink();
    const worker = await startWorker({ DATABASE_URL: stack.api.config.DATABASE_URL, REDIS_URL: stack.api.config.REDIS_URL, REDIS_PREFIX: stack.api.config.REDIS_PREFIX, SMTP_URL: smtp.url });
    try {
      const download = agenda.getByRole('link', { name: /^Download the agenda pack \(PDF, \d+ pages, \d+ kB\)$/ });
      for (let tries = 0; !(await download.isVisible()) && tries < 60; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        await page.reload();
      }
      const res = await page.request.get((await download.getAttribute('href'))!);
      expect([res.status(), res.headers()['content-type'], (await res.body()).subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await worker.close();
      await smtp.close();
    }

    // An inputs thread from the item, and back again from the thread.
    await agenda.getByRole('button', { name: 'Ask for inputs in the forum: Winter shelter capacity' }).click();
    await page.getByText('A thread for members’ inputs on “Winter shelter capacity” is open').waitFor();
    await agenda.getByRole('link', { name: 'Send or read inputs in the forum for Winter shelter capacity' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inputs: Winter shelter capacity' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Winter shelter capacity', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Extra meeting: winter shelter plans' }).waitFor();
    expect(new URL(page.url()).hash).toMatch(/^#item-/);
    await context.close();
  }, 180_000);

  it('the chair records everyone’s attendance in one table once the meeting has started, and the minutes survive a reload', async () => {
    const [{ starts }] = await stack.api.db.query(`SELECT starts_at AS starts FROM meeting WHERE id = $1`, [meetingId]);
    stack.api.clock.set(new Date(new Date(starts).getTime() + 10 * 60_000));
    const context = await newContext(stack);
    const page = await context.newPage();
    try {
      await signIn(page, p.admin);
      await page.goto(`/meetings/${meetingId}`);
      const attendance = page.getByRole('region', { name: 'Attendance', exact: true });
      const save = attendance.getByRole('button', { name: 'Save attendance for everyone' });
      await save.waitFor();

      // Nothing chosen: one problem per person, all at once.
      await save.click();
      const problems = attendance.getByRole('alert');
      expect(await problems.getByRole('link').allTextContents()).toEqual(['Choose attended, apologies or absent for ADMIN of web-screens', 'Choose attended, apologies or absent for MEMBER of web-screens']);
      expect(await seriousViolations(page)).toEqual([]);

      // By keyboard: Space picks a radio, arrow keys move along the row, Tab goes on to the note.
      await attendance.getByLabel('ADMIN of web-screens: attended').focus();
      await page.keyboard.press('Space');
      await attendance.getByLabel('MEMBER of web-screens: attended').focus();
      await page.keyboard.press('ArrowRight');
      expect(await attendance.getByLabel('MEMBER of web-screens: apologies').isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.type('At the Home Office stakeholder day');
      expect(await attendance.getByLabel('Note for MEMBER of web-screens').inputValue()).toBe('At the Home Office stakeholder day');
      await screenshot(page, 'meeting-attendance-sheet');
      await save.focus();
      await page.keyboard.press('Enter');
      await page.getByText('Attendance is recorded for 2 people: 1 attended.').waitFor();
      const rows = await stack.api.db.query(`SELECT person_id AS "personId", status, note FROM attendance WHERE meeting_id = $1 ORDER BY status`, [meetingId]);
      expect(rows).toEqual([
        { personId: p.member.personId, status: 'APOLOGIES', note: 'At the Home Office stakeholder day' },
        { personId: p.admin.personId, status: 'ATTENDED', note: null },
      ]);
      await page.getByText(/1 present/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      // Minutes: typed notes are kept in the browser through a reload, and leaving asks first.
      const minutes = page.getByRole('region', { name: 'Minutes', exact: true });
      await minutes.getByRole('button', { name: 'Start the minutes' }).click();
      await page.getByText('The minutes have been started').waitFor();
      await minutes.getByRole('textbox', { name: /Winter shelter capacity/ }).fill('Two shelters can add 12 beds from December.');
      await page.reload();
      await minutes.getByText('Your unsaved changes from earlier have been restored').waitFor();
      expect(await minutes.getByRole('textbox', { name: /Winter shelter capacity/ }).inputValue()).toBe('Two shelters can add 12 beds from December.');
      let asked = '';
      page.once('dialog', (dialog) => {
        asked = dialog.message();
        void dialog.dismiss();
      });
      await page.getByRole('link', { name: 'Destitution Steering Group' }).first().click();
      expect(asked).toMatch(/changes that are not saved/);
      expect(new URL(page.url()).pathname).toBe(`/meetings/${meetingId}`);
      await minutes.getByRole('button', { name: 'Save the minutes' }).click();
      await page.getByText('The minutes have been saved (version 2).').waitFor();

      // Circulating goes through the same check: the chair and the member may comment on the draft.
      await minutes.getByRole('button', { name: 'Circulate to members' }).click();
      const check = minutes.getByRole('group', { name: /Check before you circulate the minutes/ });
      await check.getByText(/This will email 2 people: the draft minutes, for comment/).waitFor();
      await check.getByRole('button', { name: 'Yes, circulate them' }).click();
      await page.getByText('The minutes have been circulated.').waitFor();
      expect(await minutes.locator('#minutes-status').textContent()).toMatch(/^Status: Circulated since /);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      stack.api.clock.reset();
      await context.close();
    }
  }, 120_000);

  it('moving and cancelling a meeting go through the check step, with a reason', async () => {
    const other = (
      await as('coordinator', `mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Spring planning", startsAt: $s, location: "Library") { id } }`, {
        g: groupId,
        s: new Date(Date.now() + 45 * DAY).toISOString(),
      })
    ).scheduleOneOffMeeting.id;
    const context = await newContext(stack);
    const page = await context.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/meetings/${other}`);
    await page.getByText('Move or cancel this meeting').click();

    const dateGroup = page.getByRole('group', { name: 'New date' });
    await dateGroup.getByLabel('Day').fill('');
    await page.getByRole('button', { name: 'Move the meeting' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    expect(await problems.getByRole('link').allTextContents()).toEqual(['The new date must include a day', 'Say why the meeting is moving, for the members']);
    expect(await seriousViolations(page)).toEqual([]);

    const newStart = new Date(Date.now() + 50 * DAY).toISOString();
    await fillDate(page, 'New date', newStart);
    await page.getByLabel('New start time').fill('14:30');
    await page.getByLabel('Why it is moving').fill('The council chamber is needed for a by-election count.');
    await page.getByRole('button', { name: 'Move the meeting' }).click();
    const moveCheck = page.getByRole('group', { name: /Check before you move the meeting/ });
    await moveCheck.getByText(/This will email 2 people: the new time/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'meeting-move-check');
    await moveCheck.getByRole('button', { name: 'Yes, move it' }).click();
    await page.getByText(/The meeting now starts on .*14:30\. Members have been told/).waitFor();
    const [moved] = await stack.api.db.query(`SELECT starts_at AS starts, move_reason AS reason FROM meeting WHERE id = $1`, [other]);
    expect(londonParts(moved.starts)).toEqual({ date: londonParts(newStart).date, time: '14:30' });
    expect(moved.reason).toBe('The council chamber is needed for a by-election count.');

    if (!(await page.getByLabel('Reason for cancelling').isVisible())) await page.getByText('Move or cancel this meeting').click();
    await page.getByLabel('Reason for cancelling').fill('The chair is unwell and the vice-chair is away.');
    await page.getByRole('button', { name: 'Cancel the meeting' }).click();
    const cancelCheck = page.getByRole('group', { name: /Check before you cancel the meeting/ });
    await cancelCheck.getByText(/This will email 2 people: the cancellation/).waitFor();
    // "No, go back" leaves the meeting as it was.
    await cancelCheck.getByRole('button', { name: 'No, go back' }).click();
    expect(await stack.api.db.query(`SELECT status FROM meeting WHERE id = $1`, [other])).toEqual([{ status: 'SCHEDULED' }]);
    await page.getByRole('button', { name: 'Cancel the meeting' }).click();
    await cancelCheck.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
    await page.getByText('The meeting has been cancelled and members have been told.').waitFor();
    expect(await stack.api.db.query(`SELECT status, cancel_reason AS reason FROM meeting WHERE id = $1`, [other])).toEqual([{ status: 'CANCELLED', reason: 'The chair is unwell and the vice-chair is away.' }]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 90_000);

  it('at 360 px the attendance sheet scrolls inside its box, says so, and the page does not', async () => {
    const [{ starts }] = await stack.api.db.query(`SELECT starts_at AS starts FROM meeting WHERE id = $1`, [meetingId]);
    stack.api.clock.set(new Date(new Date(starts).getTime() + 10 * 60_000));
    const context = await newContext(stack, { width: 360, height: 740 });
    const page = await context.newPage();
    try {
      await signIn(page, p.admin);
      await page.goto(`/meetings/${meetingId}`);
      const attendance = page.getByRole('region', { name: 'Attendance', exact: true });
      await attendance.getByRole('button', { name: 'Save attendance for everyone' }).waitFor();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      const sheet = attendance.getByRole('region', { name: 'Record attendance (table)' });
      expect(await sheet.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await attendance.getByText('Scroll the table sideways to see all of it.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await attendance.screenshot({ path: join(SCREENSHOTS, 'meeting-attendance-360.png') });

      await page.goto(`/groups/${groupId}/meetings/new`);
      await page.getByRole('heading', { level: 1, name: /Schedule a one-off meeting/ }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // A half-filled form is still there after a reload.
      await page.getByLabel('Where').fill('Refugee Council offices, Room 4');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Schedule a one-off meeting/ }).waitFor();
      expect(await page.getByLabel('Where').inputValue()).toBe('Refugee Council offices, Room 4');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      stack.api.clock.reset();
      await context.close();
    }
  }, 90_000);
});
