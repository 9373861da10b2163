import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { TickHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { addMembers, perRecipient, rawHeader, recipientOf, signIn, sleep, until, type Member } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const DAY = 86_400_000;

describe('agenda packs', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let workers: WorkerHarness[];
  let p: SeededPartnership;
  let coordinator: string;
  let groupId: string;
  let meetingId: string;
  let threadUrl: string;
  let crowd: Member[];
  let startsAt: Date;
  const outsider = { email: 'outsider@packs.test' };

  const as = (query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: coordinator });
  const tick = (at = new Date()) => workers[0].app.get(TickHandler, { strict: false }).handle({ at: at.toISOString() });
  const packs = () => smtp.messages.filter((m) => m.subject?.startsWith('Agenda pack:'));
  const members = () => [p.member.email, ...crowd.map((c) => c.email)];

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'packs');
    coordinator = await signIn(api.url, p.coordinator);
    const env = { DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url };
    workers = [await startWorker(env), await startWorker(env)];

    groupId = (await as(`mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input: { name: 'Destitution Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', agendaPackDays: 7, submissionDeadlineDays: 1 } })).data!.createGroup.id;
    await as(`mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    crowd = await addMembers(api.db, p.partnershipId, groupId, 4, 'packs');
    // A display name that tries to inject a header.
    await api.db.query(`UPDATE account SET name = $2 WHERE email = $1`, [crowd[0].email, 'Eve\r\nBcc: stolen@evil.test']);
    // In the partnership, not in the group: must never get this private group's pack.
    await api.db.query(
      `WITH a AS (INSERT INTO account (email, name, password_hash) VALUES ($1, 'Outsider', 'x') RETURNING id) INSERT INTO person (partnership_id, account_id, role) SELECT $2, id, 'MEMBER' FROM a`,
      [outsider.email, p.partnershipId],
    );

    startsAt = new Date(Math.ceil((Date.now() + 3 * DAY) / 3600_000) * 3600_000);
    meetingId = (
      await as(`mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Steering group", startsAt: $s, location: "Council House", onlineUrl: "https://meet.example.org/dsg") { id } }`, {
        g: groupId,
        s: startsAt.toISOString(),
      })
    ).data!.scheduleOneOffMeeting.id;
    // An earlier meeting's open action comes back as a matter arising.
    const [{ id: earlier }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Earlier', now() - interval '40 days', now() - interval '40 days' + interval '2 hours') RETURNING id`, [groupId]);
    await as(`mutation($m: ID!, $o: ID!) { addAction(meetingId: $m, input: { title: "Map emergency accommodation", dueDate: "2027-01-15", ownerPersonId: $o }) { id } }`, { m: earlier, o: p.member.personId });

    const item = await as(`mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { id } }`, {
      m: meetingId,
      i: { title: 'Winter shelter capacity', description: 'Beds for people with no recourse to public funds.', minutesAllotted: 20, presenterPersonId: p.member.personId, papers: [{ title: 'Shelter audit', url: 'https://example.org/audit.pdf' }] },
    });
    const itemId = item.data!.addAgendaItem.id;
    const thread = await as(`mutation($i: ID!) { openInputsThread(agendaItemId: $i) { id forum { id } } }`, { i: itemId });
    threadUrl = `/forums/${thread.data!.openInputsThread.forum.id}/threads/${thread.data!.openInputsThread.id}`;
    const entry = await as(`mutation($m: ID!, $i: AssessmentEntryInput!) { contributeAssessmentEntry(meetingId: $m, input: $i) { id } }`, {
      m: meetingId,
      i: { theme: 'HOUSING', kind: 'RISK', rating: 'RED', direction: 'WORSENING', summary: 'Evictions after asylum decisions are rising', evidence: '41 referrals in October', source: 'Asylum support charity' },
    });
    await as(`mutation($id: ID!) { curateAssessmentEntry(id: $id, input: { status: INCLUDED }) { id } }`, { id: entry.data!.contributeAssessmentEntry.id });
    // Curated out: the web shows it to its author and the curators, the pack to nobody.
    const excluded = await as(`mutation($m: ID!, $i: AssessmentEntryInput!) { contributeAssessmentEntry(meetingId: $m, input: $i) { id } }`, {
      m: meetingId,
      i: { theme: 'HEALTH', kind: 'RISK', rating: 'AMBER', direction: 'STABLE', summary: 'Excluded note about GP registration', evidence: '', source: 'Health advocate' },
    });
    await as(`mutation($id: ID!) { curateAssessmentEntry(id: $id, input: { status: EXCLUDED }) { id } }`, { id: excluded.data!.contributeAssessmentEntry.id });
  });

  afterAll(async () => {
    for (const w of workers) await w.close();
    await smtp.close();
    await api.close();
  });

  it('reminds the coordinators once when the pack is due and the agenda is unpublished', async () => {
    await tick();
    await tick();
    await until(() => smtp.messages.length >= 1, 'the reminder');
    await sleep(500);
    expect(smtp.messages.map((m) => [recipientOf(m), m.subject])).toEqual([[p.coordinator.email, expect.stringMatching(/^Agenda not published yet: Destitution Steering Group/)]]);
  });

  it('sends the published pack once to every member, with everything in it', async () => {
    smtp.messages.length = 0;
    expect((await as(`mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: meetingId })).data!.publishAgenda.version).toBe(1);
    // Not due before the window opens (seven days before the meeting).
    await tick(new Date(startsAt.getTime() - 8 * DAY));
    await sleep(500);
    expect(packs()).toHaveLength(0);

    await tick();
    await until(() => packs().length >= members().length, 'every pack');
    // Ticks again, and both workers race the same job by hand: nothing more goes out.
    await tick();
    await Promise.all(workers.map((w) => w.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() })));
    await sleep(1000);
    expect(Object.fromEntries(perRecipient(smtp.messages, 'Agenda pack:'))).toEqual(Object.fromEntries(members().map((e) => [e, 1])));
    expect(smtp.messages.map(recipientOf)).not.toContain(outsider.email);
    expect(smtp.messages.map(recipientOf)).not.toContain(p.admin.email);

    const mail = packs().find((m) => recipientOf(m) === p.member.email)!;
    expect(mail.html).toContain('<html lang="en">');
    for (const part of [mail.html as string, mail.text!]) {
      expect(part).toContain('Winter shelter capacity');
      expect(part).toContain('MEMBER of packs'); // presenter
      expect(part).toContain('https://example.org/audit.pdf');
      expect(part).toContain('Evictions after asylum decisions are rising');
      expect(part).toContain('Map emergency accommodation');
      expect(part).not.toContain('Excluded note about GP registration');
      expect(part).toContain(`http://localhost:4200${threadUrl}`);
      expect(part).toContain('Council House');
    }
    expect(mail.html).toMatch(/<table[^>]*>.*<th scope="col"[^>]*>Theme<\/th>/s);
    expect(rawHeader(mail, 'list-unsubscribe')).toMatch(/^<http:\/\/localhost:4200\/email\/unsubscribe\/cvu_[\w-]{43}>$/);
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@localhost>$/);

    // The calendar attachment, checked by an independent parser.
    const ics = mail.attachments.find((a) => a.filename === 'meeting.ics')!;
    const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Destitution Steering Group: Steering group');
    expect(event.startDate.toJSDate().getTime()).toBe(startsAt.getTime());
    expect(event.location).toBe('Council House');
  });

  it('keeps a hostile display name out of the headers', () => {
    const eve = packs().find((m) => recipientOf(m) === crowd[0].email)!;
    expect(eve.headers.has('bcc')).toBe(false);
    expect((eve.to as { value: { address: string }[] }).value.map((v) => v.address)).toEqual([crowd[0].email]);
    expect(smtp.messages.flatMap((m: ParsedMail) => (m.to as { value: { address: string }[] }).value.map((v) => v.address))).not.toContain('stolen@evil.test');
  });

  it('sends a short note, not a second pack, when the agenda is republished', async () => {
    smtp.messages.length = 0;
    await as(`mutation($m: ID!) { publishAgenda(meetingId: $m, changeNote: "Added an item on hate crime reporting") { version } }`, { m: meetingId });
    await tick();
    await until(() => smtp.messages.length >= members().length, 'every update note');
    await tick();
    await sleep(800);
    expect(Object.fromEntries(perRecipient(smtp.messages, 'Agenda updated:'))).toEqual(Object.fromEntries(members().map((e) => [e, 1])));
    expect(packs()).toHaveLength(0);
    expect(smtp.messages[0].text).toContain('Added an item on hate crime reporting');
  });

  it('one click, with no cookie, unsubscribes a member from agenda emails', async () => {
    const [mail] = smtp.messages.filter((m) => recipientOf(m) === p.member.email);
    const url = /<(.+)>/.exec(rawHeader(mail, 'list-unsubscribe')!)![1].replace('http://localhost:4200', api.url);
    const landing = await fetch(url);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('Stop agenda packs and agenda updates?');
    // A GET never unsubscribes (link scanners prefetch): still subscribed.
    const member = await signIn(api.url, p.member);
    expect((await gql(api.url, `{ emailPreferences { agenda } }`, {}, { token: member })).data!.emailPreferences.agenda).toBe(true);

    const oneClick = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('You will not get agenda packs and agenda updates');
    expect((await gql(api.url, `{ emailPreferences { agenda minutes } }`, {}, { token: member })).data!.emailPreferences).toEqual({ agenda: false, minutes: true });

    smtp.messages.length = 0;
    await as(`mutation($m: ID!) { publishAgenda(meetingId: $m, changeNote: "Moved the shelter item first") { version } }`, { m: meetingId });
    await tick();
    await until(() => smtp.messages.length >= crowd.length, 'the notes to the others');
    await sleep(500);
    expect(smtp.messages.map(recipientOf).sort()).toEqual(crowd.map((c) => c.email).sort());
  });

  it('has a preferences page behind the same link, which refuses bad input and unknown tokens', async () => {
    const [mail] = smtp.messages;
    const token = /unsubscribe\/(cvu_[\w-]+)>/.exec(rawHeader(mail, 'list-unsubscribe')!)![1];
    const page = await fetch(`${api.url}/email/preferences/${token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<label for="digestHour">');
    expect(html).toContain('<html lang="en">');
    const bad = await fetch(`${api.url}/email/preferences/${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'forumDigest=HOURLY&digestHour=99&digestWeekday=1' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('role="alert"');
    const saved = await fetch(`${api.url}/email/preferences/${token}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'agenda=yes&forumDigest=WEEKLY&digestHour=17&digestWeekday=5' });
    expect(saved.status).toBe(200);
    const [row] = await api.db.query(`SELECT agenda, minutes, forum_digest, digest_hour, digest_weekday FROM notification_preference np JOIN person p ON p.id = np.person_id JOIN account a ON a.id = p.account_id WHERE a.email = $1`, [recipientOf(mail)]);
    expect(row).toEqual({ agenda: true, minutes: false, forum_digest: 'WEEKLY', digest_hour: 17, digest_weekday: 5 });
    for (const path of ['/email/preferences/cvu_not-a-token', `/email/unsubscribe/${token.slice(0, -1)}x`]) {
      const refused = await fetch(`${api.url}${path}`, { method: 'POST' });
      expect(refused.status).toBe(404);
    }
  });
});
