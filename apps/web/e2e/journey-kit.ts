import argon2 from 'argon2';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import type { BrowserContext, Page } from 'playwright-core';
import { TickHandler } from '@convene/notifications';
import { startSmtpSink, type SeededPerson, type SmtpSink } from '@convene/testing';
import { startWorker, type WorkerHarness } from '../../worker/src/testing/worker-harness';
import { newContext, screenshot, seriousViolations, signIn, startStack, type Stack } from './stack';

/** The people of the journey: only the admin exists at the start. */
export const ADMIN = { email: 'ada.okafor@journey.test', password: 'Kestrel orchard lantern 9', name: 'Ada Okafor' };
export const COORDINATOR = { email: 'sam.patel@journey.test', password: 'Copper meadow violin 27', name: 'Sam Patel' };
export const NADIA = { email: 'nadia.rahman@refugee-action.test', password: 'Harbour thistle compass 31', name: 'Nadia Rahman' };
export const TOMASZ = { email: 'tomasz.nowak@coventry-council.test', password: 'Granite willow beacon 44', name: 'Tomasz Nowak' };
export type Who = typeof ADMIN;

export interface Journey {
  stack: Stack;
  smtp: SmtpSink;
  worker: WorkerHarness;
  close(): Promise<void>;
}

/** The real stack, an SMTP sink, a worker on the API's clock, and a partnership with only its admin. */
export async function startJourney(): Promise<Journey> {
  const stack = await startStack();
  const smtp = await startSmtpSink();
  const { DATABASE_URL, REDIS_URL, REDIS_PREFIX } = stack.api.config;
  const worker = await startWorker({ DATABASE_URL, REDIS_URL, REDIS_PREFIX, SMTP_URL: smtp.url, PUBLIC_WEB_URL: stack.url }, { clock: stack.api.clock });
  const db = stack.api.db;
  const [{ id: partnership }] = await db.query(`INSERT INTO partnership (name, slug) VALUES ('Coventry Migration Partnership', 'coventry') RETURNING id`);
  const [{ id: team }] = await db.query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, 'Partnership team', 'PARTNERSHIP_STAFF') RETURNING id`, [partnership]);
  const hash = await argon2.hash(ADMIN.password, { type: argon2.argon2id });
  const [{ id: account }] = await db.query(`INSERT INTO account (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [ADMIN.email, ADMIN.name, hash]);
  await db.query(`INSERT INTO person (partnership_id, account_id, organisation_id, role) VALUES ($1, $2, $3, 'ADMIN')`, [partnership, account, team]);
  return {
    stack,
    smtp,
    worker,
    async close() {
      await worker.close();
      await smtp.close();
      await stack.close();
    },
  };
}

/** A fresh browser profile whose waits fail fast. */
export async function open(j: Journey, size?: { width: number; height: number }): Promise<BrowserContext> {
  const context = await newContext(j.stack, size);
  context.setDefaultTimeout(10_000);
  return context;
}

export async function signedIn(j: Journey, who: Who): Promise<{ context: BrowserContext; page: Page }> {
  const context = await open(j);
  const page = await context.newPage();
  await signIn(page, who as unknown as SeededPerson);
  return { context, page };
}

/** Waits for the page's h1; on failure says what was on the screen instead. */
export const heading = (page: Page, name: string | RegExp) =>
  page
    .getByRole('heading', { level: 1, name })
    .waitFor()
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\nOn screen: ${(await page.locator('main').innerText().catch(() => '')).slice(0, 800)}`);
    });

/** Every new screen or state: no serious accessibility problems, and a picture for the docs. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  expect([name, await seriousViolations(page)]).toEqual([name, []]);
  await screenshot(page, name);
}

/** Mails whose subject starts so, once at least `count` of them have arrived. */
export async function mailsAbout(j: Journey, subject: string, count: number, timeout = 15_000): Promise<ParsedMail[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const found = j.smtp.messages.filter((m) => m.subject?.startsWith(subject));
    if (found.length >= count) return found;
    if (Date.now() > until) throw new Error(`${found.length} of ${count} emails “${subject}…”; got: ${j.smtp.messages.map((m) => m.subject).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const recipient = (mail: ParsedMail) => JSON.stringify(mail.to);

/** The invitation link in the latest email to `to`, pointed at this stack. */
export async function invitationLink(j: Journey, to: string): Promise<string> {
  const until = Date.now() + 15_000;
  for (;;) {
    const mail = [...j.smtp.messages].reverse().find((m) => recipient(m).includes(to) && /\/invitation#token=/.test(m.text ?? ''));
    if (mail) return /https?:\/\/\S+\/invitation#token=[^\s"<]+/.exec(mail.text!)![0].replace(/^https?:\/\/[^/]+/, j.stack.url);
    if (Date.now() > until) throw new Error(`no invitation to ${to}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens the emailed link in a fresh profile and signs up from it. */
export async function acceptInvitation(j: Journey, who: Who, shot?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await open(j);
  const page = await context.newPage();
  await page.goto(await invitationLink(j, who.email));
  await page.getByLabel('Your name').waitFor();
  if (shot) await checkScreen(page, shot);
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Accept and continue' }).click();
  await heading(page, `Hello, ${who.name}`);
  return { context, page };
}

/** One run of the worker's periodic tick, on the shared clock unless `at` is given. */
export const tick = (j: Journey, at?: Date) => j.worker.app.get(TickHandler, { strict: false }).handle(at ? { at: at.toISOString() } : {});

/** The calendar attached to a mail, read by an independent parser. */
export function calendarOf(mail: ParsedMail) {
  const file = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
  if (!file) throw new Error(`no calendar in “${mail.subject}”`);
  const calendar = new ICAL.Component(ICAL.parse(file.content.toString('utf8')));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  return { method: calendar.getFirstPropertyValue('method'), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate(), status: vevent.getFirstPropertyValue('status') };
}

/** A London date (YYYY-MM-DD) `days` from now. */
export const londonDate = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
