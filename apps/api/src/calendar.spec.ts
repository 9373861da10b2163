import ICAL from 'ical.js';
import { meetingSummary, renderCalendar } from '@convene/groups';
import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

/** Parses with ical.js, an independent RFC 5545 parser, and returns the events. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return { summary: event.summary, start: event.startDate.toJSDate().toISOString(), status: v.getFirstPropertyValue('status'), location: event.location };
  });
}

/**
 * What RFC 5545 asks of the text itself: CRLF after every line, the last one too; no other
 * control characters; and, parsed by ical.js, one calendar whose every property is one we wrote.
 */
function expectWellFormed(ics: string) {
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const lines = ics.slice(0, -2).split('\r\n');
  for (const line of lines) expect({ line, control: /[\u0000-\u0008\u000a-\u001f\u007f]/.test(line) }).toEqual({ line, control: false });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const propertiesOf = (c: ICAL.Component) => c.getAllProperties().map((prop) => prop.name);
  expect(new Set(propertiesOf(calendar))).toEqual(new Set(['prodid', 'version', 'name', 'x-wr-calname']));
  expect(new Set(calendar.getAllSubcomponents().map((c) => c.name))).toEqual(new Set(['vevent']));
  const ours = ['uid', 'sequence', 'dtstamp', 'dtstart', 'dtend', 'summary', 'location', 'description', 'url', 'status'];
  for (const event of calendar.getAllSubcomponents('vevent')) for (const name of propertiesOf(event)) expect(ours).toContain(name);
  return calendar;
}

describe('calendars and public pages', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token: Record<string, string> = {};
  let privateGroup: string;
  let winter: string;
  let summer: string;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'calendar');
    other = await seedPartnership(api.db, 'calendar-other');
    for (const [who, person] of [['member', p.member], ['coordinator', p.coordinator], ['outsider', other.admin]] as const) {
      token[who] = (await gql(api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'bystander@calendar.test', 'Bystander', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER')`, [p.partnershipId, accountId]);
    token.bystander = (await gql(api.url, SIGN_IN, { input: { email: 'bystander@calendar.test', password: p.member.password } })).data!.signIn.token;

    [{ id: privateGroup }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Destitution Steering Group', 'destitution', 'STEERING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [privateGroup, p.member.personId]);
    const meeting = async (at: string, extra = '') =>
      (await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at, location, online_url ${extra ? ', status, cancel_reason' : ''}) VALUES ($1, 'Steering group', $2, $2::timestamptz + interval '2 hours', 'Council House, Birmingham', 'https://meet.example.org/dsg' ${extra}) RETURNING id`, [privateGroup, at]))[0].id as string;
    // 10:00 London time on either side of the March clock change.
    winter = await meeting(new Date(Date.now() + 10 * 86400_000).toISOString().slice(0, 10) + 'T10:00:00Z');
    summer = await meeting('2027-04-06T09:00:00Z', `, 'CANCELLED', 'Easter'`);
  });
  afterAll(() => api.close());

  const ics = (path: string, bearer?: string) => fetch(`${api.url}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

  it('serves one meeting as a valid calendar file to readers only', async () => {
    const res = await ics(`/meetings/${winter}.ics`, token.member);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const [event] = events(await res.text());
    expect(event).toMatchObject({ summary: 'Destitution Steering Group: Steering group', location: 'Council House, Birmingham', status: 'CONFIRMED' });
    expect((await ics(`/meetings/${winter}.ics`, token.bystander)).status).toBe(404);
    expect((await ics(`/meetings/${winter}.ics`, token.outsider)).status).toBe(404);
    expect((await ics(`/meetings/${winter}.ics`)).status).toBe(401);
    expect((await ics(`/meetings/not-a-meeting.ics`, token.member)).status).toBe(404);
  });

  it('gives each person a private feed URL that can be rotated and revoked', async () => {
    const create = `mutation { createCalendarFeed }`;
    // The link is the configured web address, whatever Host the request claimed.
    const spoofed = { host: 'convene.attacker.example', 'x-forwarded-host': 'convene.attacker.example', 'x-forwarded-proto': 'http' };
    const issued: string = (await gql(api.url, create, {}, { token: token.member, headers: spoofed })).data!.createCalendarFeed;
    expect(issued).toMatch(new RegExp(`^${api.config.PUBLIC_WEB_URL}/calendar/cvc_[\\w-]{43}\\.ics$`));
    // The web address proxies /calendar/ to the API; here the API is asked directly.
    const direct = (link: string) => `${api.url}${new URL(link).pathname}`;
    const url = direct(issued);
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    const found = events(await feed.text());
    expect(found).toHaveLength(2);
    const cancelled = found.find((e) => e.status === 'CANCELLED')!;
    expect(cancelled.start).toBe('2027-04-06T09:00:00.000Z'); // 10:00 BST
    const [{ token_hash }] = await api.db.query(`SELECT token_hash FROM calendar_feed WHERE person_id = $1`, [p.member.personId]);
    expect(url).not.toContain(token_hash);

    const rotated = direct((await gql(api.url, create, {}, { token: token.member })).data!.createCalendarFeed);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(rotated)).status).toBe(200);
    await gql(api.url, `mutation { revokeCalendarFeed }`, {}, { token: token.member });
    expect((await fetch(rotated)).status).toBe(404);
    expect((await ics(`/calendar/cvc_${'x'.repeat(43)}.ics`)).status).toBe(404);
  });

  it('a bystander’s feed leaves out private groups they are not in', async () => {
    const url: string = (await gql(api.url, `mutation { createCalendarFeed }`, {}, { token: token.bystander })).data!.createCalendarFeed;
    expect(events(await (await fetch(`${api.url}${new URL(url).pathname}`)).text())).toEqual([]);
  });

  it('shows a PUBLIC group’s published minutes and current terms, and nothing else', async () => {
    const [{ id: board }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility, description) VALUES ($1, 'City of Sanctuary Partnership Board', 'sanctuary-board', 'BOARD', 'PUBLIC', 'Making the city a place of welcome.') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR')`, [board, p.member.personId]);
    await api.db.query(`INSERT INTO terms_of_reference (group_id, version, status, purpose, quorum) VALUES ($1, 1, 'SUPERSEDED', 'Old purpose', 3), ($1, 2, 'APPROVED', 'Welcome and safety for sanctuary seekers', 4), ($1, 3, 'DRAFT', 'Secret draft', 5)`, [board]);
    await api.db.query(`UPDATE terms_of_reference SET body_markdown = $2 WHERE group_id = $1 AND version = 2`, [board, '## Ways of working\n\nWe meet **quarterly**.\n\n<img src=x onerror=alert(1)>[bad](javascript:alert(1))']);
    const m = async (title: string) => (await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, $2, now() - interval '30 days', now() - interval '30 days' + interval '1 hour') RETURNING id`, [board, title]))[0].id;
    const content = JSON.stringify({ items: [{ title: 'Welcome', notes: 'Twelve partners attended.', redacted: false }, { title: 'Safeguarding case', notes: 'Named family <script>', redacted: true }], decisions: ['Adopt the welcome charter'] });
    await api.db.query(`INSERT INTO minutes (meeting_id, status, content, published_at) VALUES ($1, 'PUBLISHED', $3, now()), ($2, 'APPROVED', $3, NULL)`, [await m('Board meeting'), await m('Unpublished meeting'), content]);

    const res = await gql(api.url, `{ publicGroup(partnershipSlug: "calendar", groupSlug: "sanctuary-board") { name currentTerms { version purpose quorum } publishedMinutes { meetingTitle items { title notes } decisions } } }`);
    expect(res.data!.publicGroup).toEqual({
      name: 'City of Sanctuary Partnership Board',
      currentTerms: { version: 2, purpose: 'Welcome and safety for sanctuary seekers', quorum: 4 },
      publishedMinutes: [{ meetingTitle: 'Board meeting', items: [{ title: 'Welcome', notes: 'Twelve partners attended.' }], decisions: ['Adopt the welcome charter'] }],
    });
    expect(codeOf(await gql(api.url, `{ publicGroup(partnershipSlug: "calendar", groupSlug: "destitution") { name } }`))).toBe('NOT_FOUND');
    expect(codeOf(await gql(api.url, `{ publicGroup(partnershipSlug: "calendar", groupSlug: "no-such-group") { name } }`))).toBe('NOT_FOUND');

    const page = await fetch(`${api.url}/public/calendar/sanctuary-board`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Adopt the welcome charter');
    expect(html).not.toMatch(/Named family|Secret draft|Old purpose|Unpublished meeting|<script>|onerror|javascript:/);
    expect(html).toContain('<h3>Ways of working</h3>');
    expect(html).toContain('<strong>quarterly</strong>');
    expect((await fetch(`${api.url}/public/calendar/destitution`)).status).toBe(404);
  });

  it('ends every line of the file and the feed with CRLF, and names a series meeting once', async () => {
    const [{ id: series }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at, occurrence_key) VALUES ($1, 'Destitution Steering Group', now() + interval '20 days', now() + interval '20 days 2 hours', 'series-1') RETURNING id`, [privateGroup]);
    const file = await (await ics(`/meetings/${series}.ics`, token.member)).text();
    const calendar = expectWellFormed(file);
    expect(events(file)[0].summary).toBe('Destitution Steering Group');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Destitution Steering Group');
    const url: string = (await gql(api.url, `mutation { createCalendarFeed }`, {}, { token: token.member })).data!.createCalendarFeed;
    const feed = await (await fetch(`${api.url}${new URL(url).pathname}`)).text();
    expectWellFormed(feed);
    const summaries = events(feed).map((e) => e.summary);
    expect(summaries).toEqual(expect.arrayContaining(['Destitution Steering Group: Steering group', 'Destitution Steering Group']));
    expect(summaries.filter((summary) => /^(.+): \1$/.test(summary))).toEqual([]);
    // The agenda pack email attaches the same calendar, named by the same rule as its summary.
    const attachment = renderCalendar(meetingSummary({ title: 'Destitution Steering Group', groupName: 'Destitution Steering Group' }), [{ id: series, title: 'Destitution Steering Group', groupName: 'Destitution Steering Group', startsAt: new Date(), endsAt: new Date(Date.now() + 3600_000), location: null, onlineUrl: null, status: 'SCHEDULED', cancelReason: null, sequence: 0 }], 'https://convene.example.org');
    expect(expectWellFormed(attachment).getFirstPropertyValue('name')).toBe('Destitution Steering Group');
  });

  it('keeps stored line breaks and control characters from adding lines to a calendar', async () => {
    const hostile = 'Evil\r\nATTENDEE:mailto:spy@evil.test\r\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:Injected\u0007;, \\';
    const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, $2, 'hostile', 'BOARD', 'PRIVATE') RETURNING id`, [p.partnershipId, hostile]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, p.member.personId]);
    const [{ id: meeting }] = await api.db.query(
      `INSERT INTO meeting (group_id, title, starts_at, ends_at, location, online_url, status, cancel_reason) VALUES ($1, $2, now() + interval '30 days', now() + interval '30 days 1 hour', $2, $2, 'CANCELLED', $2) RETURNING id`,
      [group, `Title ${hostile}`],
    );
    const file = await (await ics(`/meetings/${meeting}.ics`, token.member)).text();
    const calendar = expectWellFormed(file);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    const flat = 'Evil ATTENDEE:mailto:spy@evil.test END:VEVENT BEGIN:VEVENT SUMMARY:Injected ;, \\';
    // ical.js does not know NAME and X-WR-CALNAME as TEXT, so it shows them as written: escaped.
    const escaped = flat.replace(/[\\;,]/g, (c) => `\\${c}`);
    expect(calendar.getFirstPropertyValue('name')).toBe(`${escaped}: Title ${escaped}`);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${escaped}: Title ${escaped}`);
    const [event] = events(file);
    expect(event).toMatchObject({ summary: `${flat}: Title ${flat}`, location: `Title ${flat}`, status: 'CANCELLED' });
    const url: string = (await gql(api.url, `mutation { createCalendarFeed }`, {}, { token: token.member })).data!.createCalendarFeed;
    const feed = expectWellFormed(await (await fetch(`${api.url}${new URL(url).pathname}`)).text());
    expect(feed.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary'))).toContain(`${flat}: Title ${flat}`);
  });
});
