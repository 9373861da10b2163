import { readFileSync } from 'node:fs';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { pdfBytes, PNG } from '../../../libs/server/papers/src/testing/paper-fixtures';
import { newContext, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

describe('web: papers as files on an agenda item', () => {
  let stack: Stack;
  let p: SeededPartnership;
  let meeting: string;

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
});
