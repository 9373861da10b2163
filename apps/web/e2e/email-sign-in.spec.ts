import { simpleParser } from 'mailparser';
import { BouncesService } from '@convene/inbound';
import { ADMIN, checkScreen, heading, mailsAbout, open, startJourney, tick, type Journey } from './journey-kit';

/** The Postfix report a relay would send back for one of our messages. */
const hardBounce = (recipient: string, originalMessageId: string) =>
  [
    'From: MAILER-DAEMON@mx.example.test (Mail Delivery System)',
    'To: bounces@convene.test',
    'Subject: Undelivered Mail Returned to Sender',
    'Message-Id: <web-dsn-1@mx.example.test>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="R"',
    '',
    '--R',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.test',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    'Status: 5.2.1',
    'Diagnostic-Code: smtp; 550 5.2.1 mailbox disabled',
    '',
    '--R',
    'Content-Type: text/rfc822-headers',
    '',
    `Message-ID: ${originalMessageId}`,
    '',
    '--R--',
    '',
  ].join('\r\n');

describe('web: signing in by an emailed link, and an address that bounces', () => {
  let j: Journey;

  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  it('emails a one-time link from the sign-in page that signs in on the device that presses its button', async () => {
    const context = await open(j);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Email me a sign-in link' }).click();
    await heading(page, 'Sign in with an email link');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Enter your email address' }).waitFor();
    await checkScreen(page, 'sign-in-link-request');
    await page.getByLabel('Email address').fill(ADMIN.email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await heading(page, 'Check your email');
    await checkScreen(page, 'sign-in-link-sent');

    // The request nudges the worker; a tick finds the link too, should the nudge have been lost on a busy machine.
    await tick(j);
    const [mail] = await mailsAbout(j, 'Your Convene sign-in link', 1);
    const link = /https?:\/\/\S+\/sign-in\/link#token=[^\s"<]+/.exec(mail.text!)![0].replace(/^https?:\/\/[^/]+/, '');
    // Another device: opening the link alone signs nobody in (a mail scanner's fetch uses nothing up).
    const phone = await open(j);
    const other = await phone.newPage();
    await other.goto(link);
    await heading(other, 'Sign in to Convene');
    await checkScreen(other, 'sign-in-link-page');
    await other.reload();
    await other.getByRole('button', { name: 'Sign in' }).click();
    await heading(other, `Hello, ${ADMIN.name}`);
    // The first device is still signed out; the link is spent.
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await page.goto(link);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/not valid/);
    await page.getByRole('link', { name: 'Email me a new link' }).waitFor();
    await checkScreen(page, 'sign-in-link-used');
    await phone.close();
    await context.close();
  });

  it('shows an admin the bounce on the person’s page, with the message outcomes, and marks the address working again', async () => {
    const [mail] = await mailsAbout(j, 'Your Convene sign-in link', 1);
    const bounces = j.worker.app.get(BouncesService, { strict: false });
    expect(await bounces.handle(await simpleParser(hardBounce(ADMIN.email, mail.messageId!), { keepDeliveryStatus: true }), { mailFrom: '', rcptTo: ['bounces@convene.test'] })).toBe(true);

    const context = await open(j);
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, `Hello, ${ADMIN.name}`);
    const [{ id }] = await j.stack.api.db.query(`SELECT p.id FROM person p JOIN account a ON a.id = p.account_id WHERE a.email = $1`, [ADMIN.email]);
    await page.goto(`/people/${id}`);
    await page.locator('#email-failing').waitFor();
    expect(await page.locator('#email-failing').textContent()).toMatch(/status 5\.2\.1/);
    expect(await page.locator('#email-messages').textContent()).toMatch(/Sign-in link.*Bounced \(5\.2\.1\)/s);
    await checkScreen(page, 'person-email-failing');
    await page.getByRole('button', { name: 'Mark as working again' }).click();
    await page.locator('#email-failing').waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Mark as working again' }).count()).toBe(0);
    await context.close();
  });
});
