import { readFileSync } from 'node:fs';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { pdfBytes, PNG } from '../../../libs/server/papers/src/testing/paper-fixtures';
import { newContext, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

describe('web: papers as files on an agenda item', () => {
  let stack: Stack;
  let p: SeededPartnership;
  let meeting: string;
  let pastMeeting: string;
  let minutesId: string;
  let bystander: string;
  let memberName: string;

  beforeAll(async () => {
    stack = await startStack();
    p = await seedPartnership(stack.api.db, 'web-papers');
    const token = (await gql(stack.api.url, SIGN_IN, { input: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
    const as = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await gql(stack.api.url, query, variables, { token });
      if (res.errors) throw new Error(res.errors[0].message);
      return res.data!;
    };
    const group = (await as(`mutation { createGroup(input: { name: "Destitution Steering Group", kind: STEERING_GROUP, visibility: PRIVATE }) { id } }`)).createGroup.id;
    await as(`mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: group, p: p.member.personId });
    meeting = (await as(`mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Steering group: winter planning", startsAt: $s) { id } }`, { g: group, s: new Date(Date.now() + 30 * 86_400_000).toISOString() })).scheduleOneOffMeeting.id;
    await as(`mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Winter shelter capacity" }) { id } }`, { m: meeting });
    await as(`mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Exempt: named cases" }) { id } }`, { m: meeting });
    // Another member of the group, who is not named on the restricted paper.
    const [{ id: accountId }] = await stack.api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'bystander@web-papers.test', 'Bea Bystander', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    [{ id: bystander }] = await stack.api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    await as(`mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: group, p: bystander });
    [{ name: memberName }] = await stack.api.db.query(`SELECT name FROM account WHERE id = $1`, [p.member.accountId]);
    // A meeting already held, whose draft minutes get an attachment.
    [{ id: pastMeeting }] = await stack.api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Steering group: autumn review', now() - interval '3 days', now() - interval '3 days' + interval '2 hours') RETURNING id`, [group]);
    [{ id: minutesId }] = await stack.api.db.query(`INSERT INTO minutes (meeting_id) VALUES ($1) RETURNING id`, [pastMeeting]);
  }, 60_000);
  afterAll(() => stack?.close());

  it('a coordinator uploads a PDF to an item, a refused file says why, and a member downloads the PDF', async () => {
    const pdf = await pdfBytes(2, 'Shelter audit');
    const coordinator = await newContext(stack);
    const page = await coordinator.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/meetings/${meeting}`);
    await page.getByText('Edit: Winter shelter capacity').click();
    await page.getByLabel('Add files to Winter shelter capacity').setInputFiles([
      { name: 'Shelter audit.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'photo.pdf', mimeType: 'application/pdf', buffer: PNG },
    ]);
    await page.getByText('A file has been added to “Winter shelter capacity”.').waitFor();
    // The refused file is named in the error summary, with the reason, and nothing of it is kept.
    const summary = page.getByRole('alert').filter({ hasText: 'A file was not added' });
    expect(await summary.getByRole('link').textContent()).toBe('photo.pdf: The file’s name says .pdf but its contents are a .png file.');
    const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    const link = agenda.getByRole('link', { name: 'Shelter audit' });
    expect(await link.evaluate((a) => (a.parentElement as HTMLElement).textContent)).toMatch(/Shelter audit \(PDF, \d+ KB, 2 pages, Group members\)/);
    expect(await stack.api.db.query(`SELECT filename, content_type, page_count FROM paper_version`)).toEqual([{ filename: 'Shelter audit.pdf', content_type: 'application/pdf', page_count: 2 }]);
    expect(await seriousViolations(page)).toEqual([]);
    await coordinator.close();

    const member = await newContext(stack);
    const reader = await member.newPage();
    await signIn(reader, p.member);
    await reader.goto(`/meetings/${meeting}`);
    const download = reader.waitForEvent('download');
    await reader.getByRole('region', { name: 'Agenda', exact: true }).getByRole('link', { name: 'Shelter audit' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Shelter audit.pdf');
    expect(readFileSync((await file.path())!).equals(pdf)).toBe(true);
    await member.close();
  });

  it('a coordinator restricts a paper to named members, picks the reader, and sees the choice again later', async () => {
    const coordinator = await newContext(stack);
    const page = await coordinator.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/meetings/${meeting}`);
    await page.getByText('Edit: Exempt: named cases').click();
    await page.getByLabel('Who may read the files added to Exempt: named cases').selectOption('RESTRICTED');
    await page.getByLabel('Add files to Exempt: named cases').setInputFiles([{ name: 'Case notes.pdf', mimeType: 'application/pdf', buffer: await pdfBytes(1, 'Case notes') }]);
    await page.getByText('A file has been added to “Exempt: named cases”. Choose its readers under “Who may read” beside the file.').waitFor();
    const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    await agenda.getByText('Who may read: Case notes').click();
    await agenda.getByText('No one is named yet: only those who manage the meeting can open it.').waitFor();
    // Saving with no one named says what to do, beside the list of people.
    await agenda.getByRole('button', { name: 'Save who may read it' }).click();
    await agenda.getByRole('alert').filter({ hasText: 'Choose at least one person who may read this file' }).waitFor();
    await agenda.getByRole('checkbox', { name: memberName }).check();
    expect(await agenda.getByRole('checkbox', { name: 'Bea Bystander' }).isChecked()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await agenda.getByRole('button', { name: 'Save who may read it' }).click();
    await page.getByText('Only the person you named, and those who manage the meeting, can now open “Case notes”.').waitFor();
    const [{ id: paperId }] = await stack.api.db.query(`SELECT id FROM paper WHERE title = 'Case notes'`);
    expect(await stack.api.db.query(`SELECT person_id FROM paper_reader WHERE paper_id = $1`, [paperId])).toEqual([{ person_id: p.member.personId }]);
    // Later: the named reader is shown, and the form opens with them ticked.
    await page.reload();
    const again = page.getByRole('region', { name: 'Agenda', exact: true });
    await again.getByText('Who may read: Case notes').click();
    await again.getByText(`Named readers: ${memberName}.`).waitFor();
    expect(await again.getByRole('checkbox', { name: memberName }).isChecked()).toBe(true);
    await coordinator.close();

    // The named member can open it; the other member never sees it.
    const member = await newContext(stack);
    const reader = await member.newPage();
    await signIn(reader, p.member);
    await reader.goto(`/meetings/${meeting}`);
    await reader.getByRole('region', { name: 'Agenda', exact: true }).getByRole('link', { name: 'Case notes' }).waitFor();
    expect(await reader.getByText('Who may read: Case notes').count()).toBe(0);
    await member.close();
    const other = await newContext(stack);
    const outside = await other.newPage();
    await signIn(outside, { ...p.member, personId: bystander, email: 'bystander@web-papers.test' });
    await outside.goto(`/meetings/${meeting}`);
    await outside.getByRole('region', { name: 'Agenda', exact: true }).getByRole('link', { name: 'Shelter audit' }).waitFor();
    expect(await outside.getByText('Case notes').count()).toBe(0);
    await other.close();
  });

  it('a coordinator attaches a file to the minutes, and members open it once the minutes are circulated', async () => {
    const coordinator = await newContext(stack);
    const page = await coordinator.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/meetings/${pastMeeting}`);
    const minutes = page.getByRole('region', { name: 'Minutes', exact: true });
    const attendance = await pdfBytes(1, 'Attendance sheet');
    await minutes.getByLabel('Add files to the minutes').setInputFiles([{ name: 'Attendance sheet.pdf', mimeType: 'application/pdf', buffer: attendance }]);
    await page.getByText('A file has been added to “the minutes”.').waitFor();
    await minutes.getByRole('link', { name: 'Attendance sheet' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await coordinator.close();
    expect(await stack.api.db.query(`SELECT minutes_id FROM paper WHERE title = 'Attendance sheet'`)).toEqual([{ minutes_id: minutesId }]);

    await stack.api.db.query(`UPDATE minutes SET status = 'CIRCULATED', circulated_at = now() WHERE id = $1`, [minutesId]);
    const member = await newContext(stack);
    const reader = await member.newPage();
    await signIn(reader, p.member);
    await reader.goto(`/meetings/${pastMeeting}`);
    const section = reader.getByRole('region', { name: 'Minutes', exact: true });
    const download = reader.waitForEvent('download');
    await section.getByRole('link', { name: 'Attendance sheet' }).click();
    expect(readFileSync((await (await download).path())!).equals(attendance)).toBe(true);
    expect(await section.getByLabel('Add files to the minutes').count()).toBe(0);
    await member.close();
  });

  it('a coordinator replaces a file, a member downloads both versions, and once the coordinator deletes it the member has it no more', async () => {
    const first = await pdfBytes(1, 'Rota, first draft');
    const second = await pdfBytes(2, 'Rota, agreed');
    const [{ id: itemId }] = await stack.api.db.query(`SELECT id FROM agenda_item WHERE meeting_id = $1 AND title = 'Winter shelter capacity'`, [meeting]);
    const token = (await gql(stack.api.url, SIGN_IN, { input: { email: p.coordinator.email, password: p.coordinator.password } })).data!.signIn.token;
    const ticket = await gql(stack.api.url, `mutation($i: ID!) { createPaperUpload(agendaItemId: $i, title: "Volunteer rota", confidentiality: GROUP) { uploadUrl } }`, { i: itemId }, { token });
    const put = await fetch(`${stack.api.url}${ticket.data!.createPaperUpload.uploadUrl}`, { method: 'PUT', body: new Uint8Array(first), headers: { authorization: `Bearer ${token}`, 'x-filename': 'rota-draft.pdf' } });
    expect(put.status).toBe(201);
    const [{ name: coordinatorName }] = await stack.api.db.query(`SELECT name FROM account WHERE id = $1`, [p.coordinator.accountId]);
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date());

    // The coordinator replaces it: a new version, the title and readers kept.
    const coordinator = await newContext(stack);
    const page = await coordinator.newPage();
    await signIn(page, p.coordinator);
    await page.goto(`/meetings/${meeting}`);
    const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    await agenda.getByText('Replace or delete: Volunteer rota').click();
    await agenda.getByLabel('Replace the file Volunteer rota').setInputFiles([{ name: 'rota-agreed.pdf', mimeType: 'application/pdf', buffer: second }]);
    await page.getByText('“Volunteer rota” has been replaced: version 2 is now the one members open.').waitFor();
    await agenda.getByText(`Version 2 — replaced ${today} by ${coordinatorName}`).waitFor();
    expect(await stack.api.db.query(`SELECT v.version, v.filename, p.confidentiality FROM paper_version v JOIN paper p ON p.id = v.paper_id WHERE p.title = 'Volunteer rota' ORDER BY v.version`)).toEqual([
      { version: 1, filename: 'rota-draft.pdf', confidentiality: 'GROUP' },
      { version: 2, filename: 'rota-agreed.pdf', confidentiality: 'GROUP' },
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    // A member downloads the current version and, from the list, the earlier one.
    const member = await newContext(stack);
    const reader = await member.newPage();
    await signIn(reader, p.member);
    await reader.goto(`/meetings/${meeting}`);
    const items = reader.getByRole('region', { name: 'Agenda', exact: true });
    expect(await items.getByText('Replace or delete: Volunteer rota').count()).toBe(0);
    const current = reader.waitForEvent('download');
    await items.getByRole('link', { name: 'Volunteer rota', exact: true }).click();
    const v2 = await current;
    expect(v2.suggestedFilename()).toBe('rota-agreed.pdf');
    expect(readFileSync((await v2.path())!).equals(second)).toBe(true);
    await items.getByText('Earlier versions of Volunteer rota').click();
    const earlier = reader.waitForEvent('download');
    await items.getByRole('link', { name: 'Version 1 of Volunteer rota' }).click();
    const v1 = await earlier;
    expect(v1.suggestedFilename()).toBe('rota-draft.pdf');
    expect(readFileSync((await v1.path())!).equals(first)).toBe(true);
    expect(await seriousViolations(reader)).toEqual([]);

    // The coordinator deletes it, after saying yes.
    await agenda.getByText('Replace or delete: Volunteer rota').click();
    await agenda.getByRole('button', { name: 'Delete Volunteer rota' }).click();
    await agenda.getByText('Are you sure you want to delete “Volunteer rota”?', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await agenda.getByRole('button', { name: 'Yes, delete “Volunteer rota”' }).click();
    await page.getByText('“Volunteer rota” has been deleted, with its earlier versions.').waitFor();
    expect(await agenda.getByRole('link', { name: 'Volunteer rota' }).count()).toBe(0);
    await coordinator.close();

    // Gone for the member: not listed, and neither version downloads.
    await reader.reload();
    await reader.getByRole('region', { name: 'Agenda', exact: true }).getByRole('link', { name: 'Shelter audit' }).waitFor();
    expect(await reader.getByText('Volunteer rota').count()).toBe(0);
    const statuses = await reader.evaluate(async (urls) => Promise.all(urls.map(async (u) => (await fetch(u)).status)), [v2.url(), v1.url()]);
    expect(statuses).toEqual([404, 404]);
    expect(await stack.api.db.query(`SELECT count(*)::int AS n FROM paper WHERE title = 'Volunteer rota'`)).toEqual([{ n: 0 }]);
    await member.close();
  });
});
