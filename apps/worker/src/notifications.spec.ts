import { DateTime } from 'luxon';
import type { ParsedMail } from 'mailparser';
import { JOBS, JOB_ID, JOB_QUEUE, QUEUES, type JobName, type JobPayloads } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { ActionReminderHandler, DueWork, MentionsEmailHandler, TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { addGroup, addMeeting, recipientOf, signIn, sleep, until } from './testing/mail-world';

const LONDON = 'Europe/London';
const WINDOW_MS = 5 * 60_000;

interface Someone {
  personId: string;
  email: string;
  name: string;
  token: string;
}

/** How the templates print a London date ('2026-12-01' → '1 December 2026'). */
const londonDate = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: LONDON });

describe('minutes, digest, mention and action emails on the tick', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let coordinator: string;
  const people: Record<string, Someone> = {};

  const as = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token });
  /** A GraphQL call that must succeed: its data, or a failure naming the errors. */
  const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(token, query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res.raw)}`);
    return res.data;
  };

  /** Another member of the partnership who can sign in. */
  async function addPerson(key: string, name: string): Promise<Someone> {
    const email = `${key}@notify.test`;
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $2, password_hash FROM account WHERE id = $3 RETURNING id`, [email, name, p.member.accountId]);
    const [{ id: personId }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    const token = await signIn(api.url, { ...p.member, email, personId, accountId });
    return (people[key] = { personId, email, name, token });
  }

  const tick = (at: Date | DateTime) => worker.app.get(TickHandler, { strict: false }).handle({ at: (at instanceof Date ? at : at.toJSDate()).toISOString() });
  const queue = (name: JobName) => worker.app.get(JobQueue, { strict: false }).queue(JOB_QUEUE[name]);
  const mailQueue = () => worker.app.get(JobQueue, { strict: false }).queue(QUEUES.mail);
  const jobOf = <J extends JobName>(name: J, payload: JobPayloads[J]) => queue(name).getJob(JOB_ID[name](payload));
  /** Waits until the worker has finished this job (all its messages answered by SMTP). */
  async function finished<J extends JobName>(name: J, payload: JobPayloads[J]): Promise<void> {
    await until(async () => {
      const job = await jobOf(name, payload);
      if (job && (await job.isFailed())) throw new Error(`${job.id} failed: ${job.failedReason}`);
      return !!job && (await job.isCompleted());
    }, `${name} ${JSON.stringify(payload)}`);
  }
  /**
   * Forgets finished jobs, as Redis does after a while (or when flushed), so the next tick
   * re-enqueues anything the database still calls due: only the ledger stands between it and
   * a second email.
   */
  const forgetJobs = () => mailQueue().clean(0, 10_000, 'completed');
  /** Lets every job a tick enqueued run to the end before counting messages. */
  const drain = async () => {
    await until(async () => Object.values(await mailQueue().getJobCounts('active', 'waiting', 'prioritized')).every((n) => n === 0), 'the mail queue to drain');
    await sleep(300);
  };

  const mails = (prefix: string, to?: Someone) => smtp.messages.filter((m) => m.subject?.startsWith(prefix) && (!to || recipientOf(m) === to.email));
  const header = (mail: ParsedMail, name: string) => mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '');

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'notify');
    coordinator = await signIn(api.url, p.coordinator);
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  // One group for the minutes and the actions; its meetings are in the past, so no agenda mail is due.
  let groupId: string;
  let firstMeeting: string;
  let laterMeeting: string;

  it('circulated minutes go to members who may comment, not observers or outsiders; approved minutes to members and observers, once', async () => {
    const mona = await addPerson('mona', 'Mona Member');
    const oscar = await addPerson('oscar', 'Oscar Observer');
    const nina = await addPerson('nina', 'Nina Nonmember');
    groupId = await addGroup(api.db, p.partnershipId, 'Night Shelter Group');
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER'), ($1, $3, 'OBSERVER')`, [groupId, mona.personId, oscar.personId]);
    firstMeeting = await addMeeting(api.db, groupId, new Date(Date.now() - 8 * 86_400_000), 'Shelter planning');
    laterMeeting = await addMeeting(api.db, groupId, new Date(Date.now() - 86_400_000), 'Shelter review');

    const minutesId: string = (await ok(coordinator, `mutation($m: ID!) { startMinutes(meetingId: $m) { id } }`, { m: firstMeeting })).startMinutes.id;
    const decisions = ['Open the winter night shelter on 1 December.', 'Ask the council for a second site.'];
    await ok(coordinator, `mutation($id: ID!, $input: MinutesInput!) { updateMinutes(minutesId: $id, input: $input) { version } }`, { id: minutesId, input: { items: [], decisions } });
    const due = DateTime.now().setZone(LONDON).plus({ days: 30 }).toISODate()!;
    await ok(coordinator, `mutation($m: ID!, $input: ActionInput!) { addAction(meetingId: $m, input: $input) { id } }`, {
      m: firstMeeting,
      input: { title: 'Draft the shelter funding bid', ownerPersonId: mona.personId, dueDate: due },
    });
    await ok(coordinator, `mutation($id: ID!) { circulateMinutes(minutesId: $id) { status } }`, { id: minutesId });

    await tick(new Date());
    await finished(JOBS.minutesEmail, { minutesId, state: 'CIRCULATED' });
    const drafts = mails('Draft minutes for comment: ');
    expect(drafts.map(recipientOf)).toEqual([mona.email]);
    const [draft] = drafts;
    expect(draft.subject).toMatch(/^Draft minutes for comment: Night Shelter Group, \d{1,2} \w+ \d{4}$/);
    const action = `Draft the shelter funding bid (Mona Member, due ${londonDate(due)}, Open)`;
    for (const part of [draft.text!, draft.html as string]) {
      for (const decision of decisions) expect(part).toContain(decision);
      expect(part).toContain(action);
    }
    expect(header(draft, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:4200\/email\/unsubscribe\/.+>$/);
    const ledger = await api.db.query(`SELECT recipient_key AS who, status FROM delivery WHERE purpose_key = $1`, [`minutes:${minutesId}:CIRCULATED`]);
    expect(ledger).toEqual([{ who: mona.personId, status: 'SENT' }]);

    await ok(coordinator, `mutation($id: ID!, $at: ID!) { approveMinutes(minutesId: $id, atMeetingId: $at) { status } }`, { id: minutesId, at: laterMeeting });
    await tick(new Date());
    await finished(JOBS.minutesEmail, { minutesId, state: 'APPROVED' });
    // A second tick after the jobs are forgotten: the ledger, not Redis, keeps it to one each.
    await forgetJobs();
    await tick(new Date(Date.now() + 60_000));
    await drain();

    const approved = mails('Approved minutes: ');
    expect(approved.map(recipientOf).sort()).toEqual([mona.email, oscar.email].sort());
    expect(approved[0].text).toContain('were approved at the meeting on');
    for (const decision of decisions) expect(approved[0].text).toContain(decision);
    expect(mails('Draft minutes for comment: ')).toHaveLength(1);
    expect(mails('', nina)).toHaveLength(0);
  });

  it('reminds an action’s owner once before it is due and once when overdue; done actions never', async () => {
    const alan = await addPerson('alan', 'Alan Owner');
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [groupId, alan.personId]);
    const today = DateTime.now().setZone(LONDON).startOf('day');
    const add = async (title: string, dueDate: string) =>
      (await ok(coordinator, `mutation($m: ID!, $input: ActionInput!) { addAction(meetingId: $m, input: $input) { id } }`, { m: firstMeeting, input: { title, ownerPersonId: alan.personId, dueDate } })).addAction.id as string;
    const soon = today.plus({ days: 2 }).toISODate()!;
    const late = today.minus({ days: 1 }).toISODate()!;
    const soonId = await add('Collect the hostel figures', soon);
    const lateId = await add('Send the FOI letters', late);
    const doneId = await add('Book the committee room', today.plus({ days: 1 }).toISODate()!);
    await ok(alan.token, `mutation($id: ID!) { updateAction(id: $id, input: { status: DONE, note: "Booked." }) { status } }`, { id: doneId });
    // An owner who turned reminders off hears nothing: the tick does not even enqueue it.
    const uma = await addPerson('uma', 'Uma Unsubscribed');
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [groupId, uma.personId]);
    await ok(uma.token, `mutation { updateEmailPreferences(input: { actionReminders: false }) { actionReminders } }`);
    const quietId = (await ok(coordinator, `mutation($m: ID!, $input: ActionInput!) { addAction(meetingId: $m, input: $input) { id } }`, { m: firstMeeting, input: { title: 'Update the referral map', ownerPersonId: uma.personId, dueDate: soon } })).addAction.id as string;

    const now = DateTime.now();
    await tick(now);
    await finished(JOBS.actionReminder, { actionId: soonId, kind: 'due-soon' });
    await finished(JOBS.actionReminder, { actionId: lateId, kind: 'overdue' });
    expect(await jobOf(JOBS.actionReminder, { actionId: doneId, kind: 'due-soon' })).toBeUndefined();
    expect(await jobOf(JOBS.actionReminder, { actionId: quietId, kind: 'due-soon' })).toBeUndefined();
    expect((await new DueWork(api.db).actionReminders(now.toJSDate())).map((d) => d.actionId)).not.toContain(quietId);
    // Had the job run anyway (enqueued before the change), it settles the reminder unsent.
    await worker.app.get(ActionReminderHandler, { strict: false }).handle({ actionId: quietId, kind: 'due-soon' });
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key LIKE $1`, [`action-reminder:${quietId}:%`])).toEqual([{ status: 'SKIPPED' }]);

    // The next day, and again: the due date is one day nearer, the overdue one a day older.
    await forgetJobs();
    await tick(now.plus({ days: 1 }));
    await drain();
    await forgetJobs();
    await tick(now.plus({ days: 1, hours: 2 }));
    await drain();

    const dueMails = mails('Action due: ', alan);
    expect(dueMails.map((m) => m.subject)).toEqual(['Action due: Collect the hostel figures']);
    expect(dueMails[0].text).toContain(`is due on ${londonDate(soon)}`);
    const overdue = mails('Action overdue: ', alan);
    expect(overdue.map((m) => m.subject)).toEqual(['Action overdue: Send the FOI letters']);
    expect(overdue[0].text).toContain(`was due on ${londonDate(late)}`);
    expect(header(overdue[0], 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:4200\/email\/unsubscribe\/.+>$/);
    expect(mails('Action').filter((m) => m.subject!.includes('Book the committee room'))).toHaveLength(0);
    expect(mails('', uma)).toHaveLength(0);
    expect(mails('Action')).toHaveLength(2);
    expect((await new DueWork(api.db).actionReminders(now.plus({ days: 1 }).toJSDate())).map((a) => a.actionId)).not.toContain(quietId);
  });

  it('stops reminding an owner removed from the private group, and their update is refused unsaved', async () => {
    const rita = await addPerson('rita', 'Rita Removed');
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [groupId, rita.personId]);
    const soon = DateTime.now().setZone(LONDON).plus({ days: 2 }).toISODate()!;
    const actionId = (await ok(coordinator, `mutation($m: ID!, $input: ActionInput!) { addAction(meetingId: $m, input: $input) { id } }`, { m: firstMeeting, input: { title: 'Chase the shelter lease', ownerPersonId: rita.personId, dueDate: soon } })).addAction.id as string;
    await ok(coordinator, `mutation($g: ID!, $p: ID!) { removeGroupMember(groupId: $g, personId: $p) }`, { g: groupId, p: rita.personId });

    const update = await as(rita.token, `mutation($id: ID!) { updateAction(id: $id, input: { status: DONE, note: "Done anyway" }) { status } }`, { id: actionId });
    expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await api.db.query(`SELECT status FROM action_item WHERE id = $1`, [actionId])).toEqual([{ status: 'OPEN' }]);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM action_progress WHERE action_id = $1`, [actionId])).toEqual([{ n: 0 }]);

    await tick(new Date());
    await finished(JOBS.actionReminder, { actionId, kind: 'due-soon' });
    await drain();
    expect(mails('', rita)).toHaveLength(0);
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key LIKE $1`, [`action-reminder:${actionId}:%`])).toEqual([{ status: 'SKIPPED' }]);
    expect((await new DueWork(api.db).actionReminders(new Date())).map((d) => d.actionId)).not.toContain(actionId);
  });

  // Forums: Housing and Advice hold the digest's posts; Legal is one the reader is removed from.
  const forums: Record<string, string> = {};
  const threads: Record<string, string> = {};
  const THREAD = `mutation($f: ID!, $title: String!, $b: String!, $c: String!) { createThread(forumId: $f, title: $title, body: $b, clientId: $c) { id } }`;
  const POST = `mutation($t: ID!, $b: String!, $c: String!) { createPost(threadId: $t, body: $b, clientId: $c) { id } }`;
  const join = (forum: string, who: Someone) => ok(coordinator, `mutation($f: ID!, $p: ID!) { setForumMember(forumId: $f, personId: $p) }`, { f: forums[forum], p: who.personId });

  it('sends a daily digest after the digest hour with unread posts from the reader’s forums only, once; empty digests are skipped', async () => {
    const dora = await addPerson('dora', 'Dora Digest');
    const pete = await addPerson('pete', 'Pete Poster');
    const ned = await addPerson('ned', 'Ned Read');
    const wendy = await addPerson('wendy', 'Wendy Weekly');
    for (const name of ['Housing', 'Advice', 'Legal']) forums[name] = (await ok(coordinator, `mutation($n: String!) { createForum(name: $n) { id } }`, { n: name })).createForum.id;
    for (const [forum, who] of [['Housing', dora], ['Advice', dora], ['Legal', dora], ['Housing', pete], ['Advice', pete], ['Legal', pete], ['Advice', ned], ['Housing', wendy]] as const) await join(forum, who);

    // The digest comes at 07:00 London time: the first 07:00 after now, so the posts fall in its day.
    const londonNow = DateTime.now().setZone(LONDON);
    let scheduled = londonNow.startOf('day').set({ hour: 7 });
    if (scheduled <= londonNow) scheduled = scheduled.plus({ days: 1 });
    const schedule = `mutation($input: EmailPreferencesInput!) { updateEmailPreferences(input: $input) { forumDigest digestHour digestWeekday } }`;
    expect((await ok(dora.token, schedule, { input: { forumDigest: 'DAILY', digestHour: 7 } })).updateEmailPreferences).toMatchObject({ forumDigest: 'DAILY', digestHour: 7 });
    await ok(ned.token, schedule, { input: { forumDigest: 'DAILY', digestHour: 7 } });
    await ok(wendy.token, schedule, { input: { forumDigest: 'WEEKLY', digestHour: 7, digestWeekday: scheduled.weekday } });

    threads.housing = (await ok(pete.token, THREAD, { f: forums.Housing, title: 'Temporary accommodation', b: 'Hotel placements rose again in **Ladywood**.', c: 'housing-1' })).createThread.id;
    await ok(dora.token, POST, { t: threads.housing, b: 'Dora adds her own note on hostels.', c: 'housing-2' });
    threads.advice = (await ok(pete.token, THREAD, { f: forums.Advice, title: 'Drop-in rota', b: 'The drop-in moves to Thursdays from next week.', c: 'advice-1' })).createThread.id;
    // Four unread in one thread: the digest shows the first three and counts the rest.
    for (const n of [2, 3, 4]) await ok(pete.token, POST, { t: threads.advice, b: `Rota update number ${n}.`, c: `advice-${n}` });
    threads.legal = (await ok(pete.token, THREAD, { f: forums.Legal, title: 'Appeals', b: 'Confidential strategy for the appeals.', c: 'legal-1' })).createThread.id;
    expect((await ok(coordinator, `mutation($f: ID!, $p: ID!) { removeForumMember(forumId: $f, personId: $p) }`, { f: forums.Legal, p: dora.personId })).removeForumMember).toBe(true);
    await ok(pete.token, POST, { t: threads.legal, b: 'Appeal lodged after Dora left.', c: 'legal-2' });
    // Ned has read everything in his only forum.
    await ok(ned.token, `mutation($t: ID!) { markThreadRead(threadId: $t) }`, { t: threads.advice });

    const daily = scheduled.toISODate()!;
    const weekly = scheduled.toFormat("kkkk-'W'WW");
    // Before the digest hour: nothing is due.
    await tick(scheduled.minus({ minutes: 30 }));
    expect(await jobOf(JOBS.forumDigest, { personId: dora.personId, period: daily })).toBeUndefined();
    expect(await jobOf(JOBS.forumDigest, { personId: wendy.personId, period: weekly })).toBeUndefined();

    const at = scheduled.plus({ minutes: 30 });
    await tick(at);
    for (const [who, period] of [[dora, daily], [ned, daily], [wendy, weekly]] as const) await finished(JOBS.forumDigest, { personId: who.personId, period });
    await forgetJobs();
    await tick(at);
    await tick(at.plus({ minutes: 20 }));
    await drain();

    const [digest, ...more] = mails('Forum digest: ', dora);
    expect(more).toHaveLength(0);
    expect(digest.subject).toBe('Forum digest: 5 new posts today');
    for (const part of [digest.text!, digest.html as string]) {
      expect(part).toContain('Hotel placements rose again in Ladywood.');
      expect(part).toContain('The drop-in moves to Thursdays from next week.');
      expect(part).toContain('Rota update number 3.');
      expect(part).not.toContain('Rota update number 4.');
      expect(part).toContain('and 1 more post');
      expect(part).toContain('Temporary accommodation');
      expect(part).not.toContain('Legal');
      expect(part).not.toContain('Appeal');
      expect(part).not.toContain('Confidential strategy');
      expect(part).not.toContain('Dora adds her own note');
    }
    expect(header(digest, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:4200\/email\/unsubscribe\/.+>$/);

    expect(mails('', ned)).toHaveLength(0);
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key LIKE $1`, [`forum-digest:${ned.personId}:%`])).toEqual([{ status: 'SKIPPED' }]);

    const [week, ...moreWeeks] = mails('Forum digest: ', wendy);
    expect(moreWeeks).toHaveLength(0);
    expect(week.subject).toBe('Forum digest: 2 new posts this week');
    expect(week.text).toContain('Hotel placements rose again in Ladywood.');
    expect(week.text).toContain('Dora adds her own note on hostels.');
    expect(week.text).not.toContain('Thursdays');
    // Nobody else's digest hour (08:00 by default) had come.
    expect(mails('Forum digest: ')).toHaveLength(2);
  });

  let mentionMail: ParsedMail;
  let mia: Someone;
  /** The five-minute windows (epoch seconds) in which these posts mentioned someone. */
  const windowsOf = async (postIds: string[]): Promise<number[]> => {
    const found: { w: string }[] = await api.db.query(`SELECT floor(extract(epoch FROM created_at) / 300) * 300 AS w FROM post_mention WHERE post_id = ANY($1::uuid[])`, [postIds]);
    return [...new Set(found.map((r) => Number(r.w)))];
  };

  it('batches the mentions of one five-minute window into one email once it closes, leaving out hidden posts', async () => {
    mia = await addPerson('mia', 'Mia Mention');
    const pete = people.pete;
    await join('Housing', mia);
    await join('Advice', mia);
    // All three posts must land in one window; do not start in its last half minute.
    const into = Date.now() % WINDOW_MS;
    if (into > WINDOW_MS - 30_000) await sleep(WINDOW_MS - into + 1_000);
    const mention = `@[Mia Mention](${mia.personId})`;
    const posts = [
      (await ok(pete.token, POST, { t: threads.housing, b: `${mention} could you check the hotel list?`, c: 'mention-1' })).createPost.id as string,
      (await ok(pete.token, POST, { t: threads.advice, b: `Thanks ${mention} for covering the rota.`, c: 'mention-2' })).createPost.id as string,
    ];
    const hidden = (await ok(pete.token, POST, { t: threads.housing, b: `${mention} this names a family at the hotel`, c: 'mention-3' })).createPost.id as string;
    await ok(coordinator, `mutation($id: ID!) { hidePost(id: $id, reason: "Personal details") { hidden } }`, { id: hidden });
    const windows = await windowsOf([...posts, hidden]);
    expect(windows).toHaveLength(1);
    const closes = (windows[0] + 300) * 1000;
    const payload = { personId: mia.personId, window: new Date(windows[0] * 1000).toISOString() };

    // Before the window closes: nothing is due.
    await tick(new Date(closes - 1_000));
    expect(await jobOf(JOBS.mentionsEmail, payload)).toBeUndefined();

    await tick(new Date(closes + 60_000));
    await finished(JOBS.mentionsEmail, payload);
    await forgetJobs();
    await tick(new Date(closes + 120_000));
    await drain();

    const received = smtp.messages.filter((m) => recipientOf(m) === mia.email && !m.subject?.startsWith('Forum digest'));
    expect(received.map((m) => m.subject)).toEqual(['You were mentioned 2 times in the forums']);
    [mentionMail] = received;
    for (const part of [mentionMail.text!, mentionMail.html as string]) {
      expect(part).toContain('could you check the hotel list?');
      expect(part).toContain('for covering the rota.');
      expect(part).toContain('Pete Poster');
      expect(part).not.toContain('names a family');
    }
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key LIKE $1`, [`mentions:${mia.personId}:%`])).toEqual([{ status: 'SENT' }]);
  }, 60_000);

  it('one-click unsubscribe from a mentions email turns mentions off, and later mentions send nothing', async () => {
    expect(mentionMail).toBeDefined();
    expect(header(mentionMail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const listed = /^<([^>]+)>$/.exec(header(mentionMail, 'List-Unsubscribe') ?? '');
    expect(listed).not.toBeNull();
    const url = listed![1].replace(/^http:\/\/localhost:4200/, api.url);
    const preferences = `query { emailPreferences { mentions actionReminders minutes forumDigest } }`;
    expect((await ok(mia.token, preferences)).emailPreferences.mentions).toBe(true);

    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect((await ok(mia.token, preferences)).emailPreferences).toEqual({ mentions: false, actionReminders: true, minutes: true, forumDigest: 'DAILY' });

    // A later window mentions Mia and Ned: Ned hears of it, Mia does not.
    const ned = people.ned;
    const before = smtp.messages.length;
    const post = (await ok(people.pete.token, POST, { t: threads.advice, b: `@[Mia Mention](${mia.personId}) and @[Ned Read](${ned.personId}): new guidance is out.`, c: 'mention-later' })).createPost.id as string;
    // Move it ten minutes on, to a window of its own (real time would take five minutes).
    await api.db.query(`UPDATE post_mention SET created_at = created_at + interval '10 minutes' WHERE post_id = $1`, [post]);
    const [window] = await windowsOf([post]);
    const start = new Date(window * 1000).toISOString();
    expect(await api.db.query(`SELECT 1 FROM delivery WHERE purpose_key = $1`, [`mentions:${mia.personId}:${start}`])).toEqual([]);
    await tick(new Date((window + 300) * 1000 + 60_000));
    await finished(JOBS.mentionsEmail, { personId: ned.personId, window: start });
    expect(await jobOf(JOBS.mentionsEmail, { personId: mia.personId, window: start })).toBeUndefined();
    // Had the job run anyway (enqueued before the change), it settles the window unsent.
    await worker.app.get(MentionsEmailHandler, { strict: false }).handle({ personId: mia.personId, window: start });
    await drain();

    const later = smtp.messages.slice(before).filter((m) => !m.subject?.startsWith('Forum digest'));
    expect(later.map((m) => [recipientOf(m), m.subject])).toEqual([[ned.email, 'Pete Poster mentioned you in Advice']]);
    // Settled, not sent; and the tick never finds Mia's window due.
    expect(await api.db.query(`SELECT status FROM delivery WHERE purpose_key = $1 AND recipient_key = $2`, [`mentions:${mia.personId}:${start}`, mia.personId])).toEqual([{ status: 'SKIPPED' }]);
    const due = await new DueWork(api.db).mentions(new Date((window + 300) * 1000 + 20 * 60_000));
    expect(due.filter((d) => d.personId === mia.personId)).toEqual([]);
  });
});
