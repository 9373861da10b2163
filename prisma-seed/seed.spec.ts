import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dueLinks } from '@convene/knowledge-bank';
import { DueWork } from '@convene/notifications';
import { gql, useTestDataSource } from '@convene/testing';
import { startApi, type ApiHarness } from '../apps/api/src/testing/api-harness';
import { DEMO_DEFAULT_PASSWORD, DEMO_PEOPLE } from './demo-data';
import { seedDemo } from './seed';

describe('demo data', () => {
  const dataSource = useTestDataSource();

  it('loads once and changes nothing when loaded again', async () => {
    const db = dataSource();
    const first = await seedDemo(db);
    expect(first.created).toBeGreaterThan(DEMO_PEOPLE.length);
    const count = async () => (await db.query(`SELECT (SELECT count(*) FROM account) + (SELECT count(*) FROM person) + (SELECT count(*) FROM organisation) AS n`))[0].n;
    const before = await count();
    const meetingsBefore = (await db.query(`SELECT count(*)::int AS n FROM meeting`))[0].n;
    const second = await seedDemo(db);
    expect(second).toEqual({ partnershipId: first.partnershipId, created: 0 });
    expect(await count()).toBe(before);
    expect((await db.query(`SELECT count(*)::int AS n FROM meeting`))[0].n).toBe(meetingsBefore);
  });

  it('has every partnership role and the kinds of organisation a partnership brings together', async () => {
    const db = dataSource();
    const roles = await db.query(`SELECT role, count(*)::int AS n FROM person GROUP BY role ORDER BY role`);
    expect(roles).toEqual([
      { role: 'ADMIN', n: 1 },
      { role: 'COORDINATOR', n: 2 },
      // The forum guest of the Housing forum (prisma-seed/demo-guests.ts).
      { role: 'GUEST', n: 1 },
      { role: 'MEMBER', n: DEMO_PEOPLE.length - 3 },
    ]);
    const kinds = await db.query(`SELECT DISTINCT kind FROM organisation ORDER BY kind`);
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(expect.arrayContaining(['LOCAL_AUTHORITY', 'CHARITY', 'NHS', 'UNIVERSITY', 'COMMUNITY_GROUP']));
  });

  it('has a reply by email on the next steering group meeting, a comment for its coordinators', async () => {
    const db = dataSource();
    expect(await db.query(`SELECT c.body LIKE 'Could the winter shelter item%' AS comment, im.outcome FROM meeting_email_comment c JOIN inbound_message im ON im.id = c.inbound_message_id`)).toEqual([{ comment: true, outcome: 'MEETING_COMMENT' }]);
  });

  it('keeps past minutes as history: circulated and approved when the meetings were, nothing for the worker to email', async () => {
    const db = dataSource();
    const minutes = await db.query(
      `SELECT mi.status, (mi.circulated_at - m.starts_at) > interval '1 day' AS after_meeting, mi.approved_at IS NOT NULL AS approved FROM minutes mi JOIN meeting m ON m.id = mi.meeting_id JOIN "group" g ON g.id = m.group_id WHERE g.slug = 'destitution-steering-group' ORDER BY m.starts_at`,
    );
    expect(minutes).toEqual([
      { status: 'APPROVED', after_meeting: true, approved: true },
      { status: 'APPROVED', after_meeting: true, approved: true },
      { status: 'CIRCULATED', after_meeting: true, approved: false },
    ]);
    expect(await new DueWork(db).minutes(new Date())).toEqual([]);
  });

  it('has its made-up links counted as checked this week, so the link check emails nobody about them yet', async () => {
    const db = dataSource();
    const [{ links, checked }] = await db.query(`SELECT count(*)::int AS links, count(c.resource_id)::int AS checked FROM resource r LEFT JOIN resource_link_check c ON c.resource_id = r.id AND c.url = r.external_url AND c.broken_since IS NULL WHERE r.external_url IS NOT NULL`);
    expect(links).toBeGreaterThan(0);
    expect(checked).toBe(links);
    const weekAgo = new Date(Date.now() - 7 * 86_400_000);
    expect(await dueLinks(db, weekAgo, 100)).toEqual([]);
  });

  it('has one address that bounces, with the message that bounced', async () => {
    const db = dataSource();
    expect(await db.query(`SELECT email, reason, status_code FROM mail_suppression WHERE cleared_at IS NULL`)).toEqual([{ email: 'helen.price@demo.convene.localhost', reason: 'HARD_BOUNCE', status_code: '5.1.1' }]);
    expect(await db.query(`SELECT outcome FROM delivery WHERE outcome IS NOT NULL`)).toEqual([{ outcome: 'BOUNCED_HARD' }]);
  });
});

describe('demo knowledge bank', () => {
  const dataSource = useTestDataSource();

  it('spans every type, the themes and a decade, with the steering group’s own briefings kept from the rest', async () => {
    const db = dataSource();
    await seedDemo(db);
    const [bank] = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT type)::int AS types, count(DISTINCT year)::int AS years, count(*) FILTER (WHERE visibility = 'GROUP')::int AS group_only,
              count(DISTINCT language)::int AS languages, count(*) FILTER (WHERE search = ''::tsvector)::int AS unindexed FROM resource`,
    );
    expect(bank).toEqual({ n: expect.any(Number), types: 8, years: expect.any(Number), group_only: 2, languages: 4, unindexed: 0 });
    expect(bank.n).toBeGreaterThanOrEqual(30);
    expect(bank.years).toBeGreaterThanOrEqual(8);
    const [{ themes }] = await db.query(`SELECT count(DISTINCT t)::int AS themes FROM resource, unnest(themes) t`);
    expect(themes).toBe(9);
  });
});

describe('demo directory', () => {
  const dataSource = useTestDataSource();

  it('has partners’ services with schedules, ESOL levels and contacts at every visibility', async () => {
    const db = dataSource();
    await seedDemo(db);
    const [services] = await db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE service_type = 'ESOL')::int AS esol, count(*) FILTER (WHERE visibility = 'PARTNERSHIP')::int AS internal,
              count(DISTINCT organisation_id)::int AS organisations FROM directory_service`,
    );
    expect(services).toEqual({ n: 8, esol: 3, internal: 1, organisations: 6 });
    const slotless = await db.query(`SELECT name FROM directory_service s WHERE schedule IS NOT NULL AND NOT EXISTS (SELECT 1 FROM directory_service_slot WHERE service_id = s.id)`);
    expect(slotless).toEqual([]);
    const visibilities = await db.query(`SELECT DISTINCT visibility FROM directory_contact ORDER BY visibility`);
    expect(visibilities.map((v: { visibility: string }) => v.visibility)).toEqual(['COORDINATORS', 'PARTNERSHIP', 'PUBLIC']);
    const [{ identified }] = await db.query(`SELECT count(*)::int AS identified FROM organisation WHERE charity_number IS NOT NULL OR gss_code IS NOT NULL OR ods_code IS NOT NULL`);
    expect(identified).toBeGreaterThanOrEqual(8);
    const seats = await db.query(`SELECT g.slug, r.seat, (r.deputy_person_id IS NOT NULL) AS deputy FROM representation r JOIN "group" g ON g.id = r.group_id WHERE r.ends_on IS NULL ORDER BY g.slug, r.seat`);
    expect(seats).toHaveLength(7);
    expect(seats.filter((r: { deputy: boolean }) => r.deputy)).toHaveLength(2);
  });
});

describe('demo sign-ins', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
    await seedDemo(api.db);
  });
  afterAll(() => api.close());

  it('every account in demo-accounts.json signs in with its listed role', async () => {
    const accounts: { role: string; email: string; password: string }[] = JSON.parse(readFileSync(join(__dirname, 'demo-accounts.json'), 'utf8'));
    for (const account of accounts) {
      const res = await gql(api.url, `mutation($input: SignInInput!) { signIn(input: $input) { me { role partnership { slug } } } }`, {
        input: { email: account.email, password: account.password },
      });
      expect(res.data!.signIn.me).toEqual({ role: account.role, partnership: { slug: 'west-midlands-smp' } });
    }
  });

  it('has the groups of the seed material, with a six-weekly steering group’s history and next agenda', async () => {
    const member = await gql(api.url, `mutation { signIn(input: { email: "member@demo.convene.localhost", password: "demo-member-2026" }) { token } }`);
    const token = member.data!.signIn.token;
    const groups = await gql(api.url, `{ groups { name cadence visibility currentTerms { quorum } } }`, {}, { token });
    expect(groups.data!.groups).toEqual(
      expect.arrayContaining([
        { name: 'Destitution Steering Group', cadence: 'FREQ=WEEKLY;INTERVAL=6', visibility: 'PRIVATE', currentTerms: { quorum: 4 } },
        expect.objectContaining({ name: 'Regional Health Practitioners Group' }),
        expect.objectContaining({ name: 'ESOL Pathway Steering Group', cadence: 'FREQ=MONTHLY;INTERVAL=6' }),
        expect.objectContaining({ name: 'City of Sanctuary Partnership Board', visibility: 'PUBLIC' }),
      ]),
    );
    const [dsg] = await api.db.query(`SELECT id FROM "group" WHERE slug = 'destitution-steering-group'`);
    const past = await api.db.query(`SELECT m.id FROM meeting m JOIN minutes mi ON mi.meeting_id = m.id WHERE m.group_id = $1 AND m.starts_at < now()`, [dsg.id]);
    expect(past).toHaveLength(3);
    const next = await gql(api.url, `{ upcomingMeetings(first: 10) { title agendaItems { title status } mattersArising { title } assessment { theme } } }`, {}, { token });
    const meeting = next.data!.upcomingMeetings.find((m: { title: string }) => m.title === 'Destitution Steering Group');
    expect(meeting.agendaItems.map((i: { status: string }) => i.status)).toContain('PROPOSED');
    expect(meeting.mattersArising.length).toBeGreaterThanOrEqual(2);
    const board = await gql(api.url, `{ publicGroup(partnershipSlug: "west-midlands-smp", groupSlug: "city-of-sanctuary-board") { publishedMinutes { decisions } } }`);
    expect(board.data!.publicGroup.publishedMinutes[0].decisions).toEqual(['Adopt the welcome charter for public services.']);
  });

  it('has private forums with unread posts, a watched thread and a muted forum, and an inputs thread on the next steering group agenda', async () => {
    const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
    const member = await signIn('member@demo.convene.localhost', 'demo-member-2026');
    const forums = (await gql(api.url, `{ forums { name unreadCount } }`, {}, { token: member })).data!.forums as { name: string; unreadCount: number }[];
    expect(forums.map((f) => f.name).sort()).toEqual(['Destitution Steering Group', 'EU Settled Status', 'Housing']);
    // The member muted EU Settled Status, and has read the start of the move-on thread: one reply is new.
    expect(forums.find((f) => f.name === 'EU Settled Status')!.unreadCount).toBe(0);
    const housing = await gql(api.url, `{ forums { name threads { nodes { title unreadCount firstUnreadPostId effectiveFollowLevel } } } }`, {}, { token: member });
    const threads = housing.data!.forums.find((f: { name: string }) => f.name === 'Housing').threads.nodes as { title: string; unreadCount: number; firstUnreadPostId: string | null; effectiveFollowLevel: string | null }[];
    const moveOn = threads.find((t) => t.title.startsWith('28-day'))!;
    expect(moveOn).toMatchObject({ unreadCount: 1, effectiveFollowLevel: 'WATCHING' });
    expect(moveOn.firstUnreadPostId).not.toBeNull();
    expect(forums.find((f) => f.name === 'Housing')!.unreadCount).toBe(threads.reduce((n, t) => n + t.unreadCount, 0));
    const next = await gql(api.url, `{ upcomingMeetings(first: 5) { title agendaItems { standing inputsThread { kind locked posts(first: 10) { nodes { bodyHtml } } } } } }`, {}, { token: member });
    const dsg = next.data!.upcomingMeetings.find((m: { title: string }) => m.title === 'Destitution Steering Group');
    const sector = dsg.agendaItems.find((i: { standing: string }) => i.standing === 'SECTOR_ASSESSMENT');
    expect(sector.inputsThread).toMatchObject({ kind: 'INPUTS', locked: false });
    expect(sector.inputsThread.posts.nodes).toHaveLength(1);
    // Someone in no forum sees none of them.
    const outsider = await signIn('oliver.grant@demo.convene.localhost', DEMO_DEFAULT_PASSWORD);
    expect((await gql(api.url, `{ forums { name } }`, {}, { token: outsider })).data).toEqual({ forums: [] });
  });

  it('has a post held for a moderator by the personal-data guard, and a thread title hidden', async () => {
    const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
    const coordinator = await signIn('coordinator@demo.convene.localhost', 'demo-coordinator-2026');
    const held = (await gql(api.url, `{ heldPosts { reason kinds forumId } forums { id name personalDataMode } }`, {}, { token: coordinator })).data!;
    const settled = held.forums.find((f: { name: string }) => f.name === 'EU Settled Status');
    expect(settled.personalDataMode).toBe('HOLD');
    expect(held.heldPosts).toEqual([{ reason: 'PERSONAL_DATA', kinds: ['HOME_OFFICE_REFERENCE'], forumId: settled.id }]);
    const lina = await signIn('lina.haddad@demo.convene.localhost', DEMO_DEFAULT_PASSWORD);
    const titles = (await gql(api.url, `query($f: ID!) { forum(id: $f) { threads { nodes { title titleModeration { hidden } } } } }`, { f: settled.id }, { token: lina })).data!.forum.threads.nodes;
    expect(titles).toContainEqual({ title: 'Title hidden by a moderator', titleModeration: { hidden: true } });
    // A member who moderates nothing has an empty queue.
    expect((await gql(api.url, `{ heldPosts { reason } }`, {}, { token: lina })).data!.heldPosts).toEqual([]);
  });
});
