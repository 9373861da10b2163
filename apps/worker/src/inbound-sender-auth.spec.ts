import { generateKeyPairSync } from 'node:crypto';
import { authenticate } from 'mailauth';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { InboundSmtpService, type InboundOptions } from '@convene/inbound';
import { TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { recipientOf, signIn, sleep, until } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const DOMAIN = 'reply.convene.test';
/** The member's address is member@<slug>.test: the domain that signs their mail. */
const SLUG = 'senderauth';
const MEMBER_DOMAIN = `${SLUG}.test`;
const SELECTOR = 'mail2026';
/** The member's own mail server: the only client their domain's SPF lists. */
const LISTED_SERVER = '192.0.2.10';
/** Any other host: a forger's, or a forwarder the domain does not list. */
const OTHER_HOST = '203.0.113.7';
const DAY = 86_400_000;
const WINDOW_MS = 5 * 60_000;

/** A DNS of our own: TXT records by name, anything else not found (no network in tests). */
function localDns(txt: Record<string, string>): NonNullable<InboundOptions['resolver']> {
  return async (name: string, rrtype: string) => {
    const record = rrtype === 'TXT' ? txt[name.toLowerCase()] : undefined;
    if (record === undefined) throw Object.assign(new Error(`query${rrtype} ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    return [[record]];
  };
}

/**
 * Replies through real SMTP to a worker that checks SPF, DKIM and DMARC, as in production: the
 * member's domain publishes a DKIM key, an SPF record and DMARC p=reject in a local resolver, and
 * every message reaches the worker as it would from the relay, with the relay's Received header on
 * top naming the client it came from (the worker reads the client from there: trustReceived).
 */
describe('email replies with sender authentication', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let coordinator: string;
  let meetingId: string;
  let packReplyTo: string;
  let relay: Transporter;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const dns = localDns({
    [MEMBER_DOMAIN]: `v=spf1 ip4:${LISTED_SERVER} -all`,
    [`_dmarc.${MEMBER_DOMAIN}`]: 'v=DMARC1; p=reject',
    [`${SELECTOR}._domainkey.${MEMBER_DOMAIN}`]: `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`,
  });
  /** Composes (and, with `signed`, DKIM-signs) a message as the member's mail program would. */
  const signer = nodemailer.createTransport({ streamTransport: true, buffer: true, dkim: { domainName: MEMBER_DOMAIN, keySelector: SELECTOR, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() } });
  const unsigned = nodemailer.createTransport({ streamTransport: true, buffer: true });

  const as = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token });
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(token, query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res.raw)}`);
    return res.data;
  };
  const attendance = async () => (await api.db.query(`SELECT status, note FROM attendance WHERE meeting_id = $1 AND person_id = $2`, [meetingId, p.member.personId]))[0] as { status: string; note: string | null } | undefined;
  const inboundRow = async (messageId: string) => (await api.db.query(`SELECT outcome, reason, person_id AS "personId" FROM inbound_message WHERE message_id = $1`, [messageId])) as { outcome: string | null; reason: string | null; personId: string | null }[];
  /** What the worker told the member about their replies (confirmations and refusals alike). */
  const toldMember = () => smtp.messages.filter((m) => recipientOf(m) === p.member.email && /^(Your reply was received|We could not act on your reply)/.test(m.subject ?? ''));

  /** The message's bytes as the member's mail program sends them, signed or not. */
  async function compose(mail: SendMailOptions, { signed }: { signed: boolean }): Promise<Buffer> {
    const info = await (signed ? signer : unsigned).sendMail({ from: p.member.email, subject: 'Re: your email', ...mail });
    return info.message as Buffer;
  }
  /** Hands the bytes to the worker as the relay does: its Received header on top, naming the client. */
  async function viaRelay(message: Buffer, to: string, client: string): Promise<void> {
    const received = `Received: from mail.${MEMBER_DOMAIN} (mail.${MEMBER_DOMAIN} [${client}])\r\n\tby mx.${DOMAIN} (Postfix) with ESMTPS id 4QxK2p1Tz7; ${new Date().toUTCString()}\r\n`;
    await relay.sendMail({ envelope: { from: p.member.email, to }, raw: Buffer.concat([Buffer.from(received), message]) });
  }

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: '1000', LOG_LEVEL: 'error' });
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, SLUG);
    expect(p.member.email.endsWith(`@${MEMBER_DOMAIN}`)).toBe(true);
    coordinator = await signIn(api.url, p.coordinator);
    worker = await startWorker(
      { DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url, INBOUND_SMTP_PORT: '0', INBOUND_DOMAIN: DOMAIN, INBOUND_VERIFY_AUTH: 'true', POSTS_PER_MINUTE: '1000' },
      { clock: api.clock, dnsResolver: dns },
    );
    relay = nodemailer.createTransport({ host: '127.0.0.1', port: worker.app.get(InboundSmtpService, { strict: false }).port!, secure: false, ignoreTLS: true });

    // A meeting three days away with a published agenda: the tick sends the pack, with the member's reply address.
    const groupId = (await ok(coordinator, `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input: { name: 'Auth Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', agendaPackDays: 7, submissionDeadlineDays: 1 } })).createGroup.id;
    await ok(coordinator, `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    const startsAt = new Date(Math.ceil((Date.now() + 3 * DAY) / 3600_000) * 3600_000);
    meetingId = (await ok(coordinator, `mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Winter planning", startsAt: $s, location: "Council House") { id } }`, { g: groupId, s: startsAt.toISOString() })).scheduleOneOffMeeting.id;
    await ok(coordinator, `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Shelter beds", description: "", minutesAllotted: 10 }) { id } }`, { m: meetingId });
    await ok(coordinator, `mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: meetingId });
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    await until(() => smtp.messages.some((m) => m.subject?.startsWith('Agenda pack:') && recipientOf(m) === p.member.email), 'the agenda pack');
    packReplyTo = smtp.messages.find((m) => m.subject?.startsWith('Agenda pack:') && recipientOf(m) === p.member.email)!.replyTo!.value[0].address!;
  });

  afterAll(async () => {
    relay?.close();
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('acts on a DKIM-signed reply from the member\'s domain, even through a host its SPF does not list, and confirms once', async () => {
    const messageId = '<signed-apologies@senderauth.test>';
    await viaRelay(await compose({ to: packReplyTo, text: 'Apologies, I am on leave that week.', messageId }, { signed: true }), packReplyTo, OTHER_HOST);
    expect(await attendance()).toEqual({ status: 'APOLOGIES', note: 'Apologies, I am on leave that week.' });
    expect(await inboundRow(messageId)).toEqual([{ outcome: 'APOLOGIES', reason: null, personId: p.member.personId }]);
    await until(() => toldMember().length === 1, 'the confirmation');
    expect(toldMember()[0].subject).toMatch(/^Your reply was received/);
    expect(toldMember()[0].text).toContain('recorded your apologies');
  });

  it('refuses the same reply unsigned from a host the SPF excludes (DMARC p=reject): nothing recorded, nobody told', async () => {
    const messageId = '<forged-attending@senderauth.test>';
    await viaRelay(await compose({ to: packReplyTo, text: 'Attending after all.', messageId }, { signed: false }), packReplyTo, OTHER_HOST);
    expect(await inboundRow(messageId)).toEqual([{ outcome: 'REFUSED', reason: 'DMARC failed', personId: null }]);
    expect(await attendance()).toEqual({ status: 'APOLOGIES', note: 'Apologies, I am on leave that week.' });
    await sleep(1_000);
    expect(toldMember()).toHaveLength(1);
  });

  it('refuses a signed reply whose body was changed after signing (its DKIM signature fails)', async () => {
    const messageId = '<altered-in-transit@senderauth.test>';
    const signed = await compose({ to: packReplyTo, text: 'Apologies again, still on leave.', messageId }, { signed: true });
    expect(signed.toString()).toContain(`d=${MEMBER_DOMAIN}`);
    const altered = Buffer.from(signed.toString().replace('Apologies again, still on leave.', 'Attending after all.'));
    // The premise: the signature no longer verifies (mailauth words a body hash mismatch as "neutral"),
    // so DMARC has no aligned pass, and the host is not in the SPF.
    const check = await authenticate(altered, { ip: OTHER_HOST, sender: p.member.email, resolver: dns, disableArc: true, disableBimi: true } as Parameters<typeof authenticate>[1]);
    expect(check.dkim.results.map((r: { status: { result: string; comment?: string } }) => r.status)).toEqual([expect.objectContaining({ result: 'neutral', comment: 'body hash did not verify' })]);
    await viaRelay(altered, packReplyTo, OTHER_HOST);
    expect(await inboundRow(messageId)).toEqual([{ outcome: 'REFUSED', reason: 'DMARC failed', personId: null }]);
    expect(await attendance()).toEqual({ status: 'APOLOGIES', note: 'Apologies, I am on leave that week.' });
    await sleep(1_000);
    expect(toldMember()).toHaveLength(1);
  });

  it('takes an unsigned reply that came from the server the SPF lists: the client is read from the relay\'s Received header', async () => {
    const messageId = '<spf-listed-attending@senderauth.test>';
    await viaRelay(await compose({ to: packReplyTo, text: 'Attending after all.', messageId }, { signed: false }), packReplyTo, LISTED_SERVER);
    expect(await inboundRow(messageId)).toEqual([{ outcome: 'ACCEPTED', reason: null, personId: p.member.personId }]);
    expect((await attendance())!.status).toBe('ACCEPTED');
    // Two replies acted on, two notes to the member: none for the two refused in between.
    await until(() => toldMember().length === 2, 'the second confirmation');
    expect(toldMember().map((m) => m.subject?.startsWith('Your reply was received'))).toEqual([true, true]);
  });

  it('posts a reply to a real mention email in its thread as the member, once, when the same message is delivered twice', async () => {
    const forumId = (await ok(coordinator, `mutation { createForum(name: "Housing casework", description: "Housing") { id } }`)).createForum.id;
    await ok(coordinator, `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    const threadId = (await ok(coordinator, `mutation($f: ID!) { createThread(forumId: $f, title: "Hotels", body: "Where are we on hotels?", clientId: "auth-t1") { id } }`, { f: forumId })).createThread.id;
    // Another person mentions the member (a picked mention, as the composer writes it).
    const [{ name }] = await api.db.query(`SELECT name FROM account WHERE id = $1`, [p.member.accountId]);
    const postId = (await ok(coordinator, `mutation($t: ID!, $b: String!) { createPost(threadId: $t, body: $b, clientId: "auth-p1") { id } }`, { t: threadId, b: `@[${name}](${p.member.personId}) could you check the hotel list?` })).createPost.id;
    const [{ w }] = await api.db.query(`SELECT floor(extract(epoch FROM created_at) / 300) * 300 AS w FROM post_mention WHERE post_id = $1 AND person_id = $2`, [postId, p.member.personId]);
    // Once the mention's five-minute window has closed, the tick sends the mention email.
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date(Number(w) * 1000 + WINDOW_MS + 60_000).toISOString() });
    await until(() => smtp.messages.some((m) => recipientOf(m) === p.member.email && /mentioned you/.test(m.subject ?? '')), 'the mention email');
    const mention = smtp.messages.find((m) => recipientOf(m) === p.member.email && /mentioned you/.test(m.subject ?? ''))!;
    expect(mention.text).toContain('could you check the hotel list?');
    const address = mention.replyTo?.value[0].address;
    expect(address).toMatch(new RegExp(`^reply\\+[0-9a-f]{40}@${DOMAIN.replace(/\./g, '\\.')}$`));
    expect(address).not.toBe(packReplyTo);
    expect(mention.messageId).toMatch(/^<.+@.+>$/);

    const messageId = '<mention-reply@senderauth.test>';
    const text = `Two hotels closed this week.\n\nOn ${new Date().toUTCString()}, Convene wrote:\n> could you check the hotel list?\n`;
    const reply = await compose({ to: address!, subject: `Re: ${mention.subject}`, text, messageId, inReplyTo: mention.messageId, references: mention.messageId }, { signed: true });
    await viaRelay(reply, address!, OTHER_HOST);
    await viaRelay(reply, address!, OTHER_HOST); // the relay delivers it again
    const posts = async () => (await api.db.query(`SELECT body_markdown AS body FROM post WHERE thread_id = $1 AND author_person_id = $2`, [threadId, p.member.personId])) as { body: string }[];
    expect(await posts()).toEqual([{ body: 'Two hotels closed this week.' }]);
    expect(await inboundRow(messageId)).toEqual([{ outcome: 'FORUM_POST', reason: null, personId: p.member.personId }]);
    await until(() => toldMember().length === 3, 'the confirmation of the post');
    await sleep(1_000);
    expect(toldMember()).toHaveLength(3);
    expect(await posts()).toHaveLength(1);
  }, 60_000);
});
