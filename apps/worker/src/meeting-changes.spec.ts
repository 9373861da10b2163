import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { addMembers, perRecipient, recipientOf, signIn, sleep, until, type Member } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The calendar attached to a mail, read by an independent parser. */
function calendarOf(mail: ParsedMail) {
  const file = mail.attachments.find((a) => a.filename === 'meeting.ics');
  expect(file).toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(file!.content.toString('utf8')));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  return { method: calendar.getFirstPropertyValue('method'), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate(), status: vevent.getFirstPropertyValue('status'), organizer: vevent.getFirstPropertyValue('organizer') };
}

describe('moving or cancelling a meeting tells its members once, with a calendar update', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let workers: WorkerHarness[];
  let p: SeededPartnership;
  let coordinator: string;
  let groupId: string;
  let meetingId: string;
  let crowd: Member[];
  let pack: ReturnType<typeof calendarOf>;
  let moved: ReturnType<typeof calendarOf>;
  const base = new Date(Math.ceil((Date.now() + 10 * DAY) / HOUR) * HOUR);

  const as = (query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: coordinator });
  // No `at`: the worker reads the same clock as the API.
  const tick = () => workers[0].app.get(TickHandler, { strict: false }).handle({});
  const members = () => [p.member.email, ...crowd.map((c) => c.email)];
  const mailsTo = (prefix: string) => smtp.messages.filter((m) => m.subject?.startsWith(prefix));
  const everyoneOnce = () => Object.fromEntries(members().map((e) => [e, 1]));

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'changes');
    coordinator = await signIn(api.url, p.coordinator);
    const env = { DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url };
    workers = [await startWorker(env, { clock: api.clock }), await startWorker(env, { clock: api.clock })];
    groupId = (await as(`mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input: { name: 'Destitution Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', agendaPackDays: 7 } })).data!.createGroup.id;
    await as(`mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    crowd = await addMembers(api.db, p.partnershipId, groupId, 3, 'changes');
    meetingId = (await as(`mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Steering group", startsAt: $s, location: "Council House") { id } }`, { g: groupId, s: base.toISOString() }))
      .data!.scheduleOneOffMeeting.id;
  });

  afterAll(async () => {
    for (const w of workers) await w.close();
    await smtp.close();
    await api.close();
  });

  it('sends the agenda pack when its window opens on the shared clock', async () => {
    await as(`mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: meetingId });
    await tick();
    await sleep(500);
    expect(mailsTo('Agenda pack:')).toHaveLength(0);
    api.clock.set(new Date(base.getTime() - 5 * DAY));
    await tick();
    await until(() => mailsTo('Agenda pack:').length >= members().length, 'every pack');
    pack = calendarOf(mailsTo('Agenda pack:')[0]);
    expect(pack.uid).toBe(`meeting-${meetingId}@convene`);
  });

  it('emails a move once to each member, with the reason and a REQUEST of the same UID and a higher SEQUENCE', async () => {
    smtp.messages.length = 0;
    const first = new Date(base.getTime() + DAY);
    const later = new Date(base.getTime() + 2 * DAY + 4 * HOUR);
    await as(`mutation($id: ID!, $s: DateTime!) { moveMeeting(id: $id, startsAt: $s, reason: "The room is being repainted") { id } }`, { id: meetingId, s: first.toISOString() });
    // Moved again before any tick: members hear only of where it is now.
    await as(`mutation($id: ID!, $s: DateTime!) { moveMeeting(id: $id, startsAt: $s, reason: "The chair is at the regional board") { id } }`, { id: meetingId, s: later.toISOString() });
    await tick();
    await until(() => mailsTo('Meeting moved:').length >= members().length, 'every move email');
    // Ticks again, and both workers race the same work: nothing more goes out.
    await tick();
    await Promise.all(workers.map((w) => w.app.get(TickHandler, { strict: false }).handle({})));
    await sleep(1000);
    expect(Object.fromEntries(perRecipient(smtp.messages, 'Meeting moved:'))).toEqual(everyoneOnce());
    expect(smtp.messages.map(recipientOf)).not.toContain(p.coordinator.email);

    const mail = mailsTo('Meeting moved:').find((m) => recipientOf(m) === p.member.email)!;
    expect(mail.text).toContain('Why: The chair is at the regional board');
    expect(mail.text).not.toContain('repainted');
    expect(mail.html).toContain('The chair is at the regional board');
    moved = calendarOf(mail);
    expect(moved).toMatchObject({ method: 'REQUEST', uid: pack.uid, status: 'CONFIRMED' });
    expect(moved.sequence).toBeGreaterThan(pack.sequence);
    expect(moved.start.getTime()).toBe(later.getTime());
    expect(String(moved.organizer)).toMatch(/^mailto:/i);
    const ledger = await api.db.query(`SELECT purpose_key AS purpose, count(*)::int AS n FROM delivery WHERE purpose_key LIKE 'meeting-moved:%' AND status = 'SENT' GROUP BY 1`);
    expect(ledger).toEqual([{ purpose: `meeting-moved:${meetingId}:${moved.sequence}`, n: members().length }]);
    // The meeting's own calendar file agrees with what was sent.
    const ics = await (await fetch(`${api.url}/meetings/${meetingId}.ics`, { headers: { authorization: `Bearer ${coordinator}` } })).text();
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!).sequence).toBe(moved.sequence);
  });

  it('emails a cancellation once to each member, with the reason and a CANCEL that calendars apply', async () => {
    smtp.messages.length = 0;
    await as(`mutation($id: ID!) { cancelMeeting(id: $id, reason: "The venue has flooded") { id } }`, { id: meetingId });
    await tick();
    await until(() => mailsTo('Meeting cancelled:').length >= members().length, 'every cancellation');
    await tick();
    await sleep(1000);
    expect(Object.fromEntries(perRecipient(smtp.messages, 'Meeting cancelled:'))).toEqual(everyoneOnce());
    expect(smtp.messages).toHaveLength(members().length);
    const mail = mailsTo('Meeting cancelled:')[0];
    expect(mail.text).toContain('Why: The venue has flooded');
    const cancelled = calendarOf(mail);
    expect(cancelled).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: pack.uid });
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    const [row] = await api.db.query(`SELECT count(*)::int AS n FROM delivery WHERE purpose_key = $1 AND status = 'SENT'`, [`meeting-cancelled:${meetingId}:${cancelled.sequence}`]);
    expect(row.n).toBe(members().length);
  });

  it('tells of a meeting a new cadence drops only if its agenda pack had gone out', async () => {
    api.clock.reset();
    smtp.messages.length = 0;
    const start = new Date(Math.ceil((Date.now() + 3 * DAY) / HOUR) * HOUR);
    const input = { name: 'ESOL Pathway Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', agendaPackDays: 7, cadence: 'FREQ=WEEKLY;INTERVAL=6', cadenceStart: start.toISOString() };
    const esol = (await as(`mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input })).data!.createGroup.id;
    const people = await addMembers(api.db, p.partnershipId, esol, 2, 'esol');
    const [first, second] = await api.db.query(`SELECT id FROM meeting WHERE group_id = $1 ORDER BY starts_at LIMIT 2`, [esol]);
    await as(`mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: first.id });
    await tick();
    await until(() => mailsTo('Agenda pack: ESOL').length >= people.length, 'the ESOL packs');

    const changed = await as(`mutation($id: ID!, $s: DateTime!) { updateGroup(id: $id, input: { cadence: "FREQ=WEEKLY;INTERVAL=4", cadenceStart: $s }) { id } }`, { id: esol, s: new Date(start.getTime() + 2 * DAY).toISOString() });
    expect(changed.errors).toBeUndefined();
    const dropped = await api.db.query(`SELECT id, status, notify_sequence FROM meeting WHERE id = ANY($1::uuid[]) ORDER BY starts_at`, [[first.id, second.id]]);
    expect(dropped.map((m: { status: string }) => m.status)).toEqual(['CANCELLED', 'CANCELLED']);
    await tick();
    await until(() => mailsTo('Meeting cancelled: ESOL').length >= people.length, 'the cancellations');
    await tick();
    await sleep(1000);
    expect(Object.fromEntries(perRecipient(smtp.messages, 'Meeting cancelled: ESOL'))).toEqual(Object.fromEntries(people.map((m) => [m.email, 1])));
    expect(mailsTo('Meeting cancelled: ESOL')[0].text).toContain('Why: The group’s cadence changed.');
    expect(calendarOf(mailsTo('Meeting cancelled: ESOL')[0]).uid).toBe(`meeting-${first.id}@convene`);
    expect(dropped[1].notify_sequence).toBeNull();
  });

  it('sends nothing for a meeting recorded as past, nor for a change to a meeting that is over', async () => {
    smtp.messages.length = 0;
    const held = (await as(`mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Held last week", startsAt: $s, recordPast: true) { id } }`, { g: groupId, s: new Date(api.clock.now().getTime() - 7 * DAY).toISOString() }))
      .data!.scheduleOneOffMeeting.id;
    const res = await as(`mutation($id: ID!, $s: DateTime!) { moveMeeting(id: $id, startsAt: $s, recordPast: true) { id } }`, { id: held, s: new Date(api.clock.now().getTime() - 6 * DAY).toISOString() });
    expect(res.errors).toBeUndefined();
    await tick();
    await sleep(1000);
    expect(smtp.messages).toHaveLength(0);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM delivery WHERE purpose_key LIKE $1`, [`%${held}%`]);
    expect(n).toBe(0);
  });
});
