import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { QUEUES } from '@convene/contracts';
import { BouncesService, InboundSmtpService, SOFT_BOUNCE_LIMIT } from '@convene/inbound';
import { JobQueue } from '@convene/jobs';
import { TickHandler } from '@convene/notifications';
import { codeOf, envelopeOf, gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { recipientOf, signIn, sleep, until } from './testing/mail-world';

const LONDON = 'Europe/London';
const DOMAIN = 'mail.bounces.test';
const HEALTH = `query($p: ID!) { personEmail(personId: $p) { failure { reason statusCode } messages { kind outcome statusCode } } }`;

/** A Postfix-style DSN for one message, as a relay would return it to the envelope sender. */
function postfixDsn(o: { to: string; recipient: string; status: string; action?: string; reportId: string; originalMessageId: string }): string {
  return [
    'From: MAILER-DAEMON@mx.bounces-remote.test (Mail Delivery System)',
    `To: ${o.to}`,
    'Subject: Undelivered Mail Returned to Sender',
    `Message-Id: ${o.reportId}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="R1"',
    '',
    '--R1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Your message could not be delivered.',
    '',
    '--R1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.bounces-remote.test',
    '',
    `Final-Recipient: rfc822; ${o.recipient}`,
    `Action: ${o.action ?? 'failed'}`,
    `Status: ${o.status}`,
    `Diagnostic-Code: smtp; ${o.status.startsWith('5') ? '550' : '451'} ${o.status} mailbox problem`,
    '',
    '--R1',
    'Content-Type: text/rfc822-headers',
    '',
    `To: ${o.recipient}`,
    `Message-ID: ${o.originalMessageId}`,
    '',
    '--R1--',
    '',
  ].join('\r\n');
}

describe('bounces and complaints', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let coordinator: string;
  let member: string;
  let forumId: string;
  let threadId: string;
  let inboundPort: number;

  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(api.url, query, variables, { token });
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res.raw)}`);
    return res.data;
  };
  const tick = (at: DateTime) => worker.app.get(TickHandler, { strict: false }).handle({ at: at.toJSDate().toISOString() });
  const mailQueue = () => worker.app.get(JobQueue, { strict: false }).queue(QUEUES.mail);
  const drain = async () => {
    await until(async () => Object.values(await mailQueue().getJobCounts('active', 'waiting', 'prioritized', 'delayed')).every((n) => n === 0), 'the mail queue to drain');
    await sleep(300);
  };
  const digestsTo = (email: string) => smtp.messages.filter((m) => m.subject?.startsWith('Forum digest') && recipientOf(m) === email);
  /** A real SMTP client hands the report to the inbound service, from the null sender, as relays do. */
  async function deliverReport(raw: string, to: string): Promise<void> {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inboundPort, secure: false, ignoreTLS: true });
    try {
      await transport.sendMail({ envelope: { from: '', to: [to] }, raw });
    } finally {
      transport.close();
    }
  }
  const post = (body: string, clientId: string) => ok(coordinator, `mutation($t: ID!, $b: String!, $c: String!) { createPost(threadId: $t, body: $b, clientId: $c) { id } }`, { t: threadId, b: body, c: clientId });

  // The digest comes at 07:00 London time: the first 07:00 after now.
  const londonNow = DateTime.now().setZone(LONDON);
  let scheduled = londonNow.startOf('day').set({ hour: 7 });
  if (scheduled <= londonNow) scheduled = scheduled.plus({ days: 1 });

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'bounces');
    coordinator = await signIn(api.url, p.coordinator);
    member = await signIn(api.url, p.member);
    worker = await startWorker(
      { DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url, INBOUND_DOMAIN: DOMAIN, INBOUND_SMTP_PORT: '0' },
      { clock: api.clock },
    );
    inboundPort = worker.app.get(InboundSmtpService, { strict: false }).port!;
    forumId = (await ok(coordinator, `mutation { createForum(name: "Destitution practitioners") { id } }`)).createForum.id;
    await ok(coordinator, `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    await ok(member, `mutation($input: EmailPreferencesInput!) { updateEmailPreferences(input: $input) { forumDigest } }`, { input: { forumDigest: 'DAILY', digestHour: 7 } });
    threadId = (await ok(coordinator, `mutation($f: ID!) { createThread(forumId: $f, title: "Night shelter places", body: "Twelve places this winter.", clientId: "b-1") { id } }`, { f: forumId })).createThread.id;
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  let digest: ParsedMail;

  it('sends each message from its own bounce address, bound to its ledger row by a hashed token', async () => {
    await tick(scheduled.plus({ minutes: 30 }));
    await until(() => digestsTo(p.member.email).length === 1, 'the first digest');
    [digest] = digestsTo(p.member.email);
    const { mailFrom } = envelopeOf(digest)!;
    const token = /^bounce\+([0-9a-f]{32})@mail\.bounces\.test$/.exec(mailFrom)?.[1];
    expect(token).toBeDefined();
    // The address carries nothing personal: the token, hashed, is all the ledger row keeps.
    expect(mailFrom).not.toContain(p.member.personId);
    const [row] = await api.db.query(`SELECT bounce_token_hash, message_id, outcome FROM delivery WHERE purpose_key LIKE $1`, [`forum-digest:${p.member.personId}:%`]);
    expect(row).toEqual({ bounce_token_hash: createHash('sha256').update(token!).digest('hex'), message_id: digest.messageId, outcome: null });
  });

  it('a hard bounce over SMTP marks the message and the address, once, and tells coordinators', async () => {
    const bounceTo = envelopeOf(digest)!.mailFrom;
    const dsn = postfixDsn({ to: bounceTo, recipient: p.member.email, status: '5.1.1', reportId: '<dsn-hard-1@mx.bounces-remote.test>', originalMessageId: digest.messageId! });
    await deliverReport(dsn, bounceTo);
    // The relay retries: the same report again acts on nothing more.
    await deliverReport(dsn, bounceTo);

    const [row] = await api.db.query(`SELECT outcome, outcome_status FROM delivery WHERE purpose_key LIKE $1`, [`forum-digest:${p.member.personId}:%`]);
    expect(row).toEqual({ outcome: 'BOUNCED_HARD', outcome_status: '5.1.1' });
    expect(await api.db.query(`SELECT kind, status_code FROM mail_report WHERE email = $1`, [p.member.email])).toEqual([{ kind: 'HARD', status_code: '5.1.1' }]);
    // Nothing of it was posted anywhere as a reply.
    expect(await api.db.query(`SELECT count(*)::int AS n FROM post WHERE thread_id = $1`, [threadId])).toEqual([{ n: 1 }]);

    const health = (await ok(coordinator, HEALTH, { p: p.member.personId })).personEmail;
    expect(health.failure).toEqual({ reason: 'HARD_BOUNCE', statusCode: '5.1.1' });
    expect(health.messages).toContainEqual({ kind: 'forum-digest', outcome: 'BOUNCED_HARD', statusCode: '5.1.1' });
    // Members see nobody's email health, their own included; forbidden answers as not found.
    expect(codeOf(await gql(api.url, HEALTH, { p: p.member.personId }, { token: member }))).toBe('NOT_FOUND');
  });

  it('stops the next digest to a failing address, while essential mail still tries', async () => {
    const { createPost } = await post('Two more places from Monday.', 'b-2');
    const nextDay = scheduled.plus({ days: 1, minutes: 30 });
    // Written during the next digest's day, so that digest has something to say.
    await api.db.query(`UPDATE post SET created_at = $2 WHERE id = $1`, [createPost.id, scheduled.plus({ hours: 2 }).toJSDate()]);
    await tick(nextDay);
    await drain();
    expect(digestsTo(p.member.email)).toHaveLength(1);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM delivery WHERE purpose_key = $1`, [`forum-digest:${p.member.personId}:${nextDay.toISODate()}`])).toEqual([{ n: 0 }]);

    await gql(api.url, `mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: p.member.email });
    // The request nudges the worker; a tick now finds the reset too, should the nudge have been lost.
    await worker.app.get(TickHandler, { strict: false }).handle({});
    await until(() => smtp.messages.some((m) => m.subject === 'Reset your Convene password' && recipientOf(m) === p.member.email), 'the password reset');
  });

  it('a coordinator marks the address working again: audited, and the digest resumes', async () => {
    const cleared = (await ok(coordinator, `mutation($p: ID!) { markEmailWorking(personId: $p) { failure { reason } } }`, { p: p.member.personId })).markEmailWorking;
    expect(cleared.failure).toBeNull();
    expect(codeOf(await gql(api.url, `mutation($p: ID!) { markEmailWorking(personId: $p) { personId } }`, { p: p.member.personId }, { token: member }))).toBe('NOT_FOUND');
    expect(await api.db.query(`SELECT actor_person_id FROM audit_event WHERE action = 'person.email-working' AND subject_id = $1`, [p.member.personId])).toEqual([{ actor_person_id: p.coordinator.personId }]);

    await mailQueue().clean(0, 10_000, 'completed');
    const nextDay = scheduled.plus({ days: 1, minutes: 40 });
    await tick(nextDay);
    await until(() => digestsTo(p.member.email).length === 2, 'the digest after the address works again');
  });

  it('soft bounces count: the address fails only after the third in the window', async () => {
    const bounces = worker.app.get(BouncesService, { strict: false });
    const [row] = await api.db.query(`SELECT message_id FROM delivery WHERE purpose_key = $1`, [`forum-digest:${p.member.personId}:${scheduled.plus({ days: 1 }).toISODate()}`]);
    for (let n = 1; n <= SOFT_BOUNCE_LIMIT; n++) {
      const raw = postfixDsn({ to: `bounces@${DOMAIN}`, recipient: p.member.email, status: '4.2.2', reportId: `<dsn-soft-${n}@mx.bounces-remote.test>`, originalMessageId: row.message_id });
      expect(await bounces.handle(await simpleParser(raw, { keepDeliveryStatus: true }), { mailFrom: '', rcptTo: [`bounces@${DOMAIN}`] })).toBe(true);
      const { failure } = (await ok(coordinator, HEALTH, { p: p.member.personId })).personEmail;
      expect(failure).toEqual(n < SOFT_BOUNCE_LIMIT ? null : { reason: 'SOFT_BOUNCES', statusCode: '4.2.2' });
    }
    // A "delayed" notice is the relay still retrying: handled, counted nowhere.
    const delayed = postfixDsn({ to: `bounces@${DOMAIN}`, recipient: p.member.email, status: '4.4.1', action: 'delayed', reportId: '<dsn-delayed@mx.bounces-remote.test>', originalMessageId: row.message_id });
    expect(await bounces.handle(await simpleParser(delayed, { keepDeliveryStatus: true }), { mailFrom: '', rcptTo: [`bounces@${DOMAIN}`] })).toBe(true);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM mail_report WHERE email = $1 AND kind = 'SOFT'`, [p.member.email])).toEqual([{ n: SOFT_BOUNCE_LIMIT }]);
  });

  it('a complaint marks the message and stops optional email; an ordinary message is not a report', async () => {
    await ok(coordinator, `mutation($p: ID!) { markEmailWorking(personId: $p) { personId } }`, { p: p.member.personId });
    const bounces = worker.app.get(BouncesService, { strict: false });
    const complaint = [
      'From: feedback@arf.bounces-remote.test',
      `To: ${envelopeOf(digest)!.mailFrom}`,
      'Subject: FW: Forum digest',
      'Message-ID: <arf-1@arf.bounces-remote.test>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=feedback-report; boundary="A1"',
      '',
      '--A1',
      'Content-Type: text/plain',
      '',
      'An abuse report.',
      '--A1',
      'Content-Type: message/feedback-report',
      '',
      'Feedback-Type: abuse',
      'Version: 1',
      `Original-Rcpt-To: <${p.member.email}>`,
      '',
      '--A1',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${digest.messageId}`,
      '',
      '--A1--',
      '',
    ].join('\r\n');
    expect(await bounces.handle(await simpleParser(complaint), { mailFrom: '', rcptTo: [envelopeOf(digest)!.mailFrom] })).toBe(true);
    const health = (await ok(coordinator, HEALTH, { p: p.member.personId })).personEmail;
    expect(health.failure).toEqual({ reason: 'COMPLAINT', statusCode: null });
    expect(health.messages).toContainEqual({ kind: 'forum-digest', outcome: 'COMPLAINED', statusCode: null });

    const reply = await simpleParser(`From: ${p.member.email}\r\nTo: reply+x@${DOMAIN}\r\nSubject: Re: digest\r\nMessage-ID: <r-1@x.test>\r\n\r\nThanks, see you there.\r\n`);
    expect(await bounces.handle(reply, { mailFrom: p.member.email, rcptTo: [`reply+x@${DOMAIN}`] })).toBe(false);
  });
});
