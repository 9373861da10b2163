import nodemailer from 'nodemailer';
import { InboundSmtpService } from '@convene/inbound';
import { TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startWorker, type WorkerHarness } from '../../worker/src/testing/worker-harness';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const DAY = 86_400_000;

/** Replying to the agenda pack by email, and where the reply shows: the meeting page and your own list. */
describe('web: replies by email', () => {
  let stack: Stack;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let meetingId: string;
  const tokens: Record<string, string> = {};

  const as = async (who: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(stack.api.url, query, variables, { token: tokens[who] });
    if (res.errors) throw new Error(`${query}: ${res.errors[0].message}`);
    return res.data!;
  };

  beforeAll(async () => {
    stack = await startStack();
    smtp = await startSmtpSink();
    const { DATABASE_URL, REDIS_URL, REDIS_PREFIX } = stack.api.config;
    worker = await startWorker({ DATABASE_URL, REDIS_URL, REDIS_PREFIX, SMTP_URL: smtp.url, PUBLIC_WEB_URL: stack.url, INBOUND_SMTP_PORT: '0', INBOUND_DOMAIN: 'reply.web.test' }, { clock: stack.api.clock });
    p = await seedPartnership(stack.api.db, 'web-replies');
    for (const [who, person] of [['coordinator', p.coordinator], ['member', p.member]] as const) {
      tokens[who] = (await gql(stack.api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    // A new group: nobody has replied to anything by email yet.
    const groupId = (await as('coordinator', `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input: { name: 'Asylum Housing Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', agendaPackDays: 7, submissionDeadlineDays: 1 } })).createGroup.id;
    await as('coordinator', `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    const startsAt = new Date(Math.ceil((stack.api.clock.now().getTime() + 3 * DAY) / 3600_000) * 3600_000);
    meetingId = (await as('coordinator', `mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "January meeting", startsAt: $s, location: "Council House") { id } }`, { g: groupId, s: startsAt.toISOString() })).scheduleOneOffMeeting.id;
    await as('coordinator', `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Dispersal accommodation", description: "", minutesAllotted: 15 }) { id } }`, { m: meetingId });
    await as('coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: meetingId });
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await stack?.close();
  });

  it('shows the coordinator a comment replied to the agenda pack, and the member what their reply did', async () => {
    const coordinator = await newContext(stack);
    const page = await coordinator.newPage();
    await signIn(page, p.coordinator);
    page.setDefaultTimeout(10_000);
    await page.goto(`/meetings/${meetingId}`);
    await page
      .getByRole('heading', { name: 'Comments by email' })
      .waitFor()
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\nOn screen: ${(await page.locator('main').innerText().catch(() => '')).slice(0, 1500)}`);
      });
    await page.getByText('No one has replied to the agenda pack with a comment.').waitFor();

    await worker.app.get(TickHandler, { strict: false }).handle({ at: stack.api.clock.now().toISOString() });
    const deadline = Date.now() + 20_000;
    while (!smtp.messages.some((m) => m.subject?.startsWith('Agenda pack:')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const pack = smtp.messages.find((m) => m.subject?.startsWith('Agenda pack:'))!;
    const port = worker.app.get(InboundSmtpService, { strict: false }).port!;
    await nodemailer.createTransport({ host: '127.0.0.1', port, ignoreTLS: true }).sendMail({
      from: p.member.email,
      to: pack.replyTo!.value[0].address!,
      subject: `Re: ${pack.subject}`,
      text: 'Can we hear from the council about the new dispersal sites?\n\nOn Monday, Convene wrote:\n> Agenda pack',
    });

    for (let i = 0; i < 50; i++) {
      await page.reload();
      if (await page.getByText('Can we hear from the council about the new dispersal sites?').isVisible()) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await page.getByText('Can we hear from the council about the new dispersal sites?').waitFor();
    expect(await page.locator('section[aria-labelledby="email-comments-heading"]').innerText()).not.toContain('Convene wrote');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'meeting-email-comments');

    const member = await newContext(stack);
    const mine = await member.newPage();
    await signIn(mine, p.member);
    await mine.goto(`/meetings/${meetingId}`);
    await mine.getByRole('heading', { level: 1, name: 'January meeting' }).waitFor();
    expect(await mine.getByRole('heading', { name: 'Comments by email' }).count()).toBe(0);
    await mine.goto('/preferences');
    await mine.getByRole('heading', { name: 'Your replies by email' }).waitFor();
    await mine.getByRole('cell', { name: 'Passed to the coordinators as a comment' }).waitFor();
    expect(await seriousViolations(mine)).toEqual([]);
    await screenshot(mine, 'email-replies-mine');
    await coordinator.close();
    await member.close();
  }, 90_000);
});
