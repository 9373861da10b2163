import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import pino from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import { forumConfigSchema, loadConfig } from '@convene/config';
import type { Ack, ForumPostPayload } from '@convene/contracts';
import { CLAIM_LEASE_MS, InboundSmtpService, ReplyAddresses, ReplyPurpose } from '@convene/inbound';
import { logger } from '@convene/logging';
import { TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { createForumApp } from '../../forum/src/bootstrap';
import { recipientOf, signIn, until } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const DOMAIN = 'reply.convene.test';
const DAY = 86_400_000;

/** Replies over real SMTP (nodemailer) to the worker's inbound service, with the API and a forum instance. */
describe('email replies', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let forum: INestApplication;
  let forumUrl: string;
  let p: SeededPartnership;
  let coordinator: string;
  let member: string;
  let meetingId: string;
  let packReplyTo: string;
  let send: (mail: SendMailOptions) => Promise<unknown>;
  const sockets: Socket[] = [];
  const lines: string[] = [];

  const as = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token });
  const attendance = async () => (await api.db.query(`SELECT status, note FROM attendance WHERE meeting_id = $1 AND person_id = $2`, [meetingId, p.member.personId]))[0] as { status: string; note: string | null } | undefined;
  const inboundRows = async () => (await api.db.query(`SELECT outcome, reason FROM inbound_message ORDER BY received_at`)) as { outcome: string; reason: string | null }[];
  const outcomes = (prefix: string) => smtp.messages.filter((m) => m.subject?.startsWith(prefix));
  const replies = () => worker.app.get(ReplyAddresses, { strict: false });
  let sequence = 0;
  const reply = (to: string, text: string, extra: SendMailOptions = {}) =>
    send({ from: p.member.email, to, subject: 'Re: your email', text, messageId: `<reply-${++sequence}@member.test>`, ...extra });

  beforeAll(async () => {
    api = await startApi({ POSTS_PER_MINUTE: '1000', LOG_LEVEL: 'error' });
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'replies');
    coordinator = await signIn(api.url, p.coordinator);
    member = await signIn(api.url, p.member);
    worker = await startWorker(
      { DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url, INBOUND_SMTP_PORT: '0', INBOUND_DOMAIN: DOMAIN, INBOUND_MAX_BYTES: '200000', POSTS_PER_MINUTE: '1000' },
      { clock: api.clock },
    );
    const port = worker.app.get(InboundSmtpService, { strict: false }).port!;
    const client = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    send = (mail) => client.sendMail(mail);

    const config = loadConfig(forumConfigSchema, { NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, POSTS_PER_MINUTE: '1000' });
    forum = (await createForumApp(config)).app;
    await forum.listen(0, '127.0.0.1');
    forumUrl = `http://127.0.0.1:${(forum.getHttpServer().address() as AddressInfo).port}`;

    logger.level = 'info';
    const stream = (logger as unknown as Record<symbol, { write(line: string): boolean }>)[pino.symbols.streamSym];
    jest.spyOn(stream, 'write').mockImplementation((line: string) => (lines.push(line), true));

    // A meeting three days away with a published agenda: the tick sends the pack, with a reply address.
    const groupId = (await as(coordinator, `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input: { name: 'Replies Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', agendaPackDays: 7, submissionDeadlineDays: 1 } })).data!.createGroup.id;
    await as(coordinator, `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    const startsAt = new Date(Math.ceil((Date.now() + 3 * DAY) / 3600_000) * 3600_000);
    meetingId = (await as(coordinator, `mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Winter planning", startsAt: $s, location: "Council House") { id } }`, { g: groupId, s: startsAt.toISOString() })).data!.scheduleOneOffMeeting.id;
    await as(coordinator, `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Shelter beds", description: "", minutesAllotted: 10 }) { id } }`, { m: meetingId });
    const published = await as(coordinator, `mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: meetingId });
    expect(published.errors).toBeUndefined();
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    const [pack] = await smtp.waitFor(1, 20_000).then(() => until(() => outcomes('Agenda pack:').length > 0, 'the agenda pack')).then(() => outcomes('Agenda pack:'));
    packReplyTo = pack.replyTo!.value[0].address!;
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    sockets.forEach((s) => s.close());
    await forum?.close();
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('puts a per-recipient reply address on the agenda pack, its key stored only as a hash', async () => {
    expect(packReplyTo).toMatch(new RegExp(`^reply\\+[0-9a-f]{40}@${DOMAIN.replace(/\./g, '\\.')}$`));
    const key = packReplyTo.slice('reply+'.length, packReplyTo.indexOf('@'));
    const [stored] = await api.db.query(`SELECT key_hash, purpose, subject_id, address FROM reply_address WHERE person_id = $1`, [p.member.personId]);
    expect(stored).toMatchObject({ purpose: 'AGENDA_PACK', subject_id: meetingId, address: p.member.email });
    expect(stored.key_hash).not.toContain(key);
  });

  it('records apologies with the new text as the note, quoted text stripped, and tells the sender once even when delivered twice', async () => {
    const text = `Apologies — I'm on leave that week.\n\nOn Mon, 7 Dec 2026 at 09:00, Convene <no-reply@convene.localhost> wrote:\n> Agenda pack: Winter planning\n> Shelter beds\n`;
    const messageId = '<apologies-once@member.test>';
    await reply(packReplyTo, text, { messageId });
    await reply(packReplyTo, text, { messageId }); // the relay retries
    await until(async () => (await attendance())?.status === 'APOLOGIES', 'apologies recorded');
    expect((await attendance())!.note).toBe("Apologies — I'm on leave that week.");
    await until(() => outcomes('Your reply was received').length === 1, 'the confirmation');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM inbound_message WHERE message_id = $1`, [messageId]);
    expect(n).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(outcomes('Your reply was received')).toHaveLength(1);
    expect(outcomes('Your reply was received')[0].text).toContain('recorded your apologies');
  });

  it('ignores an out-of-office reply, then records "attending"', async () => {
    await reply(packReplyTo, 'Attending', { headers: { 'Auto-Submitted': 'auto-replied' }, subject: 'Automatic reply: Agenda pack' });
    await until(async () => (await inboundRows()).some((r) => r.outcome === 'AUTO_REPLY'), 'the auto-reply recorded');
    expect((await attendance())!.status).toBe('APOLOGIES');
    await reply(packReplyTo, 'Attending — see you there.');
    await until(async () => (await attendance())?.status === 'ACCEPTED', 'acceptance recorded');
  });

  it('makes anything else a comment the coordinators see on the meeting, and members cannot read', async () => {
    await reply(packReplyTo, 'Could the shelter item include the November figures?\n\n-- \nMember of replies\nA charity');
    const query = `query($m: ID!) { meetingEmailComments(meetingId: $m) { body authorName } }`;
    await until(async () => ((await as(coordinator, query, { m: meetingId })).data?.meetingEmailComments ?? []).length === 1, 'the comment');
    expect((await as(coordinator, query, { m: meetingId })).data!.meetingEmailComments).toEqual([{ body: 'Could the shelter item include the November figures?', authorName: expect.any(String) }]);
    expect((await as(member, query, { m: meetingId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('takes over a message whose first delivery died before acting, and makes a retry that races it wait', async () => {
    const messageId = '<first-delivery-died@member.test>';
    const text = 'Could we add the night shelter rota to the agenda?';
    // A claim left by a delivery still within its lease: the retry is told to come back later.
    await api.db.query(`INSERT INTO inbound_message (message_id, received_at) VALUES ($1, $2)`, [messageId, api.clock.now()]);
    await expect(reply(packReplyTo, text, { messageId })).rejects.toMatchObject({ responseCode: 451 });
    // Past the lease its process is taken to have died: the relay's next retry acts on it, once.
    await api.db.query(`UPDATE inbound_message SET received_at = $2 WHERE message_id = $1`, [messageId, new Date(api.clock.now().getTime() - CLAIM_LEASE_MS - 1000)]);
    await reply(packReplyTo, text, { messageId });
    await reply(packReplyTo, text, { messageId });
    const query = `query($m: ID!) { meetingEmailComments(meetingId: $m) { body } }`;
    const bodies = async () => ((await as(coordinator, query, { m: meetingId })).data?.meetingEmailComments ?? []).map((c: { body: string }) => c.body);
    await until(async () => (await bodies()).includes(text), 'the comment');
    expect((await bodies()).filter((b: string) => b === text)).toHaveLength(1);
    expect(await api.db.query(`SELECT outcome FROM inbound_message WHERE message_id = $1`, [messageId])).toEqual([{ outcome: 'MEETING_COMMENT' }]);
  });

  it('acts once on a message delivered in several sessions at once, and keeps nothing of one the database failed, so the retry acts', async () => {
    const port = worker.app.get(InboundSmtpService, { strict: false }).port!;
    const sessions = Array.from({ length: 4 }, () => nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }));
    const atOnce = (mail: SendMailOptions) => Promise.all(sessions.map((s) => s.sendMail({ from: p.member.email, to: packReplyTo, subject: 'Re: your email', ...mail })));
    const rowsOf = async (messageId: string) => (await api.db.query(`SELECT outcome FROM inbound_message WHERE message_id = $1`, [messageId])) as { outcome: string }[];
    const comments = async (body: string) => (await api.db.query(`SELECT count(*)::int AS n FROM meeting_email_comment WHERE body = $1`, [body]))[0].n as number;

    await atOnce({ text: 'Could the rota item come first?', messageId: '<comment-at-once@member.test>' });
    expect(await comments('Could the rota item come first?')).toBe(1);
    expect(await rowsOf('<comment-at-once@member.test>')).toEqual([{ outcome: 'MEETING_COMMENT' }]);
    // Every write of an answer counted, so a second one (an upsert of the same answer) shows.
    await api.db.query(`CREATE TABLE attendance_write (at timestamptz NOT NULL DEFAULT clock_timestamp())`);
    await api.db.query(`CREATE FUNCTION count_attendance_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO attendance_write DEFAULT VALUES; RETURN NEW; END $$`);
    await api.db.query(`CREATE TRIGGER count_attendance_write AFTER INSERT OR UPDATE ON attendance FOR EACH ROW EXECUTE FUNCTION count_attendance_write()`);
    try {
      await atOnce({ text: 'Apologies, a funeral that day.', messageId: '<apologies-at-once@member.test>' });
      expect(await rowsOf('<apologies-at-once@member.test>')).toEqual([{ outcome: 'APOLOGIES' }]);
      expect(await attendance()).toEqual({ status: 'APOLOGIES', note: 'Apologies, a funeral that day.' });
      expect((await api.db.query(`SELECT count(*)::int AS n FROM attendance_write`))[0].n).toBe(1);
    } finally {
      await api.db.query(`DROP TRIGGER count_attendance_write ON attendance`);
      await api.db.query(`DROP FUNCTION count_attendance_write()`);
      await api.db.query(`DROP TABLE attendance_write`);
      sessions.forEach((s) => s.close());
    }

    // The database fails as the comment is written: nothing is kept and the relay is told to retry.
    await api.db.query(`CREATE FUNCTION refuse_comment() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'storage unavailable'; END $$`);
    await api.db.query(`CREATE TRIGGER refuse_comment BEFORE INSERT ON meeting_email_comment FOR EACH ROW EXECUTE FUNCTION refuse_comment()`);
    const messageId = '<database-failed@member.test>';
    try {
      await expect(reply(packReplyTo, 'Can we hear from the outreach team?', { messageId })).rejects.toMatchObject({ responseCode: 451 });
      expect(await rowsOf(messageId)).toEqual([]);
    } finally {
      await api.db.query(`DROP TRIGGER refuse_comment ON meeting_email_comment`);
      await api.db.query(`DROP FUNCTION refuse_comment()`);
    }
    await reply(packReplyTo, 'Can we hear from the outreach team?', { messageId });
    expect(await comments('Can we hear from the outreach team?')).toBe(1);
    expect(await rowsOf(messageId)).toEqual([{ outcome: 'MEETING_COMMENT' }]);
  });

  it('makes a reply to minutes circulated for comment a comment on the minutes', async () => {
    const minutesId = (await as(coordinator, `mutation($m: ID!) { startMinutes(meetingId: $m) { id } }`, { m: meetingId })).data!.startMinutes.id;
    expect((await as(coordinator, `mutation($id: ID!) { circulateMinutes(minutesId: $id) { id } }`, { id: minutesId })).errors).toBeUndefined();
    // The email circulating them (sent on the tick) carries the member's own reply address for these minutes.
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    await until(() => outcomes('Draft minutes for comment').length > 0, 'the minutes email');
    const address = outcomes('Draft minutes for comment')[0].replyTo!.value[0].address!;
    expect(address).not.toBe(packReplyTo);
    expect((await api.db.query(`SELECT purpose, subject_id FROM reply_address WHERE key_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [address.slice(6, 46)]))[0]).toEqual({ purpose: 'MINUTES', subject_id: minutesId });
    await reply(address, 'Item 2 should say the council agreed, not noted.\n\n> Draft minutes');
    await until(async () => (await api.db.query(`SELECT 1 FROM minutes_comment WHERE minutes_id = $1`, [minutesId])).length === 1, 'the minutes comment');
    expect(await api.db.query(`SELECT body, person_id AS "personId" FROM minutes_comment WHERE minutes_id = $1`, [minutesId])).toEqual([{ body: 'Item 2 should say the council agreed, not noted.', personId: p.member.personId }]);
  });

  it('does nothing for a forged sender and logs the reason without the body; refuses an oversized message and a wrong key', async () => {
    const before = await attendance();
    const secret = 'Apologies from someone pretending to be the member';
    await send({ from: 'intruder@evil.test', to: packReplyTo, subject: 'Re: pack', text: secret, messageId: '<forged@evil.test>' });
    await until(async () => (await inboundRows()).some((r) => r.reason === 'sender does not match the reply address'), 'the refusal');
    expect(await attendance()).toEqual(before);
    const refusals = lines.filter((l) => l.includes('inbound message refused'));
    expect(refusals.some((l) => l.includes('sender does not match the reply address'))).toBe(true);
    expect(lines.join('\n')).not.toContain('pretending');

    // Over INBOUND_MAX_BYTES (200 kB here): refused at DATA, nothing recorded.
    const rows = (await inboundRows()).length;
    await expect(reply(packReplyTo, 'Apologies', { attachments: [{ filename: 'big.bin', content: Buffer.alloc(300_000, 1) }] })).rejects.toThrow(/552/);
    expect((await inboundRows()).length).toBe(rows);

    const wrongKey = `reply+${'0'.repeat(40)}@${DOMAIN}`;
    await expect(reply(wrongKey, 'Apologies')).rejects.toThrow(/550/);
    expect(lines.join('\n')).not.toContain('0'.repeat(40));
  });

  it('posts a forum reply in the thread as the sender, live on another socket; refuses once they are removed from the forum, and once deactivated', async () => {
    const forumId = (await as(coordinator, `mutation { createForum(name: "Housing replies", description: "Housing") { id } }`)).data!.createForum.id;
    await as(coordinator, `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    const threadId = (await as(coordinator, `mutation($f: ID!) { createThread(forumId: $f, title: "Hotels", body: "Where are we on hotels?", clientId: "replies-t1") { id } }`, { f: forumId })).data!.createThread.id;
    const address = (await replies().issue({ personId: p.member.personId, address: p.member.email, purpose: ReplyPurpose.FORUM_THREAD, subjectId: threadId }))!;

    const socket = connect(forumUrl, { auth: { token: coordinator }, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(socket);
    await new Promise((resolve) => socket.on('ready', resolve));
    expect(((await socket.timeout(5000).emitWithAck('forum:join', { forumId })) as Ack<unknown>).ok).toBe(true);
    const live = new Promise<ForumPostPayload>((resolve) => socket.on('post:created', (post: ForumPostPayload) => post.threadId === threadId && resolve(post)));
    await reply(address, 'Two hotels closed this week.\n\n> Where are we on hotels?');
    const post = await live;
    expect(post.author?.id).toBe(p.member.personId);
    expect(JSON.stringify(post)).toContain('Two hotels closed this week.');
    expect(JSON.stringify(post)).not.toContain('Where are we on hotels?');

    // The personal-data guard stands on this path too: not posted, and the sender told what kind, never the value.
    await reply(address, 'Her Home Office reference is B1234567, can anyone help?');
    await until(() => outcomes('We could not act on your reply').length === 1, 'the guard refusal');
    const guarded = outcomes('We could not act on your reply')[0].text!;
    expect(guarded).toContain('Home Office reference');
    expect(guarded).toContain("thread's page");
    expect(guarded).not.toContain('B1234567');

    await as(coordinator, `mutation($f: ID!, $p: ID!) { removeForumMember(forumId: $f, personId: $p) }`, { f: forumId, p: p.member.personId });
    await reply(address, 'One more thing about hotels.');
    await until(() => outcomes('We could not act on your reply').length === 2, 'the polite refusal');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM post WHERE thread_id = $1 AND author_person_id = $2`, [threadId, p.member.personId]);
    expect(n).toBe(1);
    expect(outcomes('We could not act on your reply')[1].text).toContain('no longer');

    // Deactivated: the agenda pack's reply address no longer records anything for them.
    const before = await attendance();
    await api.db.query(`UPDATE person SET deactivated_at = now() WHERE id = $1`, [p.member.personId]);
    await reply(packReplyTo, 'Attending after all');
    await until(() => outcomes('We could not act on your reply').length === 3, 'the third refusal');
    expect(outcomes('We could not act on your reply')[2].text).toContain('no longer active');
    expect(await attendance()).toEqual(before);
  });

  it('refuses a comment from someone who may no longer contribute to the meeting, in the statement that records it', async () => {
    await api.db.query(`UPDATE person SET deactivated_at = NULL WHERE id = $1`, [p.member.personId]);
    const [{ groupId }] = await api.db.query(`SELECT group_id AS "groupId" FROM meeting WHERE id = $1`, [meetingId]);
    const set = `mutation($g: ID!, $p: ID!, $r: GroupRole!) { setGroupMember(groupId: $g, personId: $p, role: $r) { id } }`;
    expect((await as(coordinator, set, { g: groupId, p: p.member.personId, r: 'OBSERVER' })).errors).toBeUndefined();
    const refusedBefore = outcomes('We could not act on your reply').length;
    await reply(packReplyTo, 'As an observer: could we see the bed figures?', { messageId: '<observer-comment@member.test>' });
    await until(() => outcomes('We could not act on your reply').length === refusedBefore + 1, 'the refusal');
    expect(outcomes('We could not act on your reply').at(-1)!.text).toContain('no longer');
    const [row] = await api.db.query(`SELECT outcome, reason, result_id AS "resultId", settled_at IS NOT NULL AS settled FROM inbound_message WHERE message_id = '<observer-comment@member.test>'`);
    expect(row).toMatchObject({ outcome: 'REFUSED', resultId: null, settled: true });
    expect(row.reason).toContain('no longer');
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM meeting_email_comment WHERE body LIKE 'As an observer%'`);
    expect(n).toBe(0);
    // A member again: the next comment is taken.
    await as(coordinator, set, { g: groupId, p: p.member.personId, r: 'MEMBER' });
    await reply(packReplyTo, 'Back as a member: the bed figures, please.', { messageId: '<member-again@member.test>' });
    await until(async () => (await api.db.query(`SELECT 1 FROM meeting_email_comment WHERE body LIKE 'Back as a member%'`)).length === 1, 'the comment');
  });

  it('tells the sender of a reply whose confirmation never reached the queue at the next tick, once', async () => {
    // As if Redis had not answered the nudge: the reply is settled, with nothing in the ledger.
    const [{ id }] = await api.db.query(
      `INSERT INTO inbound_message (message_id, person_id, purpose, subject_id, outcome, received_at, settled_at)
       VALUES ('<nudge-lost@member.test>', $1, 'AGENDA_PACK', $2, 'MEETING_COMMENT', now() - interval '2 minutes', now() - interval '2 minutes') RETURNING id`,
      [p.member.personId, meetingId],
    );
    const sent = async () => (await api.db.query(`SELECT count(*)::int AS n FROM delivery WHERE purpose_key = $1 AND status = 'SENT'`, [`reply-outcome:${id}`]))[0].n as number;
    const told = smtp.messages.length;
    const tick = worker.app.get(TickHandler, { strict: false });
    await tick.handle({ at: new Date().toISOString() });
    await until(async () => (await sent()) === 1, 'the confirmation');
    await until(() => smtp.messages.length > told, 'the email');
    await tick.handle({ at: new Date().toISOString() });
    await new Promise((r) => setTimeout(r, 500));
    expect(await sent()).toBe(1);
    // The ledger's row names the email it sent: in the sink once, to the sender.
    const [{ messageId }] = await api.db.query(`SELECT message_id AS "messageId" FROM delivery WHERE purpose_key = $1`, [`reply-outcome:${id}`]);
    const emails = smtp.messages.slice(told).filter((m) => m.messageId === messageId);
    expect(emails.map((m) => [recipientOf(m), m.subject])).toEqual([[p.member.email, 'Your reply was received: Winter planning']]);
  });
});
