import type { EntityManager } from 'typeorm';
import { HORIZON_MONTHS, occurrences } from '@convene/groups';

/**
 * The partnership's groups, as in the seed material: a six-weekly Destitution Steering Group
 * with approved terms of reference, three past meetings with minutes and actions and the next
 * agenda in progress; a health practitioners group; a six-monthly ESOL pathway group; and a
 * public City of Sanctuary board.
 */
const DAY = 86_400_000;

interface Ctx {
  m: EntityManager;
  partnershipId: string;
  person: (email: string) => string;
}

async function group(ctx: Ctx, g: { name: string; slug: string; kind: string; visibility: string; description: string; cadence: string; firstInDays: number; location: string }): Promise<{ id: string; created: boolean }> {
  // The first meeting is anchored to a fixed local time; past occurrences are materialised below.
  const start = new Date(Math.floor((Date.now() + g.firstInDays * DAY) / DAY) * DAY + 10 * 3600_000);
  const [row] = await ctx.m.query(
    `INSERT INTO "group" (partnership_id, name, slug, kind, visibility, description, cadence_rrule, cadence_start, default_location, default_online_url, standing_agenda)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'https://meet.example.org/' || $3, $10)
     ON CONFLICT (partnership_id, slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id, (xmax = 0) AS created`,
    [ctx.partnershipId, g.name, g.slug, g.kind, g.visibility, g.description, g.cadence, start, g.location, JSON.stringify(STANDING)],
  );
  if (row.created) {
    const until = new Date(Date.now() + HORIZON_MONTHS * 30 * DAY);
    for (const o of occurrences(g.cadence, start, new Date(), until)) {
      await ctx.m.query(
        `INSERT INTO meeting (group_id, title, starts_at, ends_at, location, online_url, occurrence_key) VALUES ($1, $2, $3, $3::timestamptz + interval '2 hours', $4, 'https://meet.example.org/' || $5, $6)`,
        [row.id, g.name, o.startsAt, g.location, g.slug, o.key],
      );
    }
  }
  return row;
}

const STANDING = [
  { title: 'Welcome and apologies', standing: 'WELCOME', minutesAllotted: 5 },
  { title: 'Minutes of the last meeting and matters arising', standing: 'PREVIOUS_MINUTES', minutesAllotted: 15 },
  { title: 'Sector activity assessment', standing: 'SECTOR_ASSESSMENT', minutesAllotted: 30 },
  { title: 'Any other business', standing: 'AOB', minutesAllotted: 10 },
  { title: 'Date of next meeting', standing: 'NEXT_MEETING', minutesAllotted: 5 },
];

async function members(ctx: Ctx, groupId: string, list: [string, string][]): Promise<void> {
  for (const [email, role] of list) {
    await ctx.m.query(
      `INSERT INTO group_member (group_id, person_id, role, organisation_id) SELECT $1, p.id, $3, p.organisation_id FROM person p WHERE p.id = $2 ON CONFLICT DO NOTHING`,
      [groupId, ctx.person(email), role],
    );
  }
}

async function terms(ctx: Ctx, groupId: string, t: { purpose: string; membership: string; quorum: number; cadence: string }): Promise<void> {
  await ctx.m.query(
    `INSERT INTO terms_of_reference (group_id, version, status, purpose, membership, quorum, cadence, review_date, body_markdown, approved_at, approved_by_person_id)
     VALUES ($1, 1, 'APPROVED', $2, $3, $4, $5, (now() + interval '10 months')::date, $6, now() - interval '200 days', $7)`,
    [groupId, t.purpose, t.membership, t.quorum, t.cadence, `## Ways of working\n\n- Papers are circulated **seven days** before each meeting.\n- Members may propose items until ten days before.\n- Minutes are circulated for comment and approved at the next meeting.\n\n## Quorum\n\n${t.quorum} members, including the chair or secretary.`, ctx.person('admin@demo.convene.localhost')],
  );
}

async function pastMeeting(ctx: Ctx, groupId: string, daysAgo: number, n: number): Promise<string> {
  const startsAt = new Date(Math.floor((Date.now() - daysAgo * DAY) / DAY) * DAY + 10 * 3600_000);
  const [{ id }] = await ctx.m.query(
    `INSERT INTO meeting (group_id, title, starts_at, ends_at, location) VALUES ($1, 'Destitution Steering Group', $2, $2::timestamptz + interval '2 hours', 'Council House, Birmingham') RETURNING id`,
    [groupId, startsAt],
  );
  for (const [i, item] of STANDING.entries()) {
    await ctx.m.query(`INSERT INTO agenda_item (meeting_id, position, title, standing, minutes_allotted) VALUES ($1, $2, $3, $4, $5)`, [id, i + 1, item.title, item.standing, item.minutesAllotted]);
  }
  const assessment = [
    ['destitution', 'RISK', n === 3 ? 'RED' : 'AMBER', 'WORSENING', 'More people refused asylum support are sleeping rough after the 28-day move-on period.', 'Night shelter referrals', 'Asylum support charity casework'],
    ['housing', 'TREND', 'AMBER', 'STABLE', 'Hotel closures moving families across the region at short notice.', 'Local authority notifications', 'City council refugee and migration team'],
    ['health', 'RISK', n === 1 ? 'GREEN' : 'AMBER', 'WORSENING', 'Pregnant women in initial accommodation missing antenatal appointments.', 'Maternity project records', 'Doula project'],
    ['esol', 'RECOMMENDATION', 'GREEN', 'IMPROVING', 'Pre-entry ESOL waiting lists falling since the new college places.', 'College enrolment figures', 'Further education college'],
  ];
  for (const [theme, kind, rating, direction, summary, evidence, source] of assessment) {
    await ctx.m.query(
      `INSERT INTO assessment_entry (meeting_id, theme, kind, rating, direction, summary, evidence, source, status, contributed_by_person_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'INCLUDED', $9)`,
      [id, theme, kind, rating, direction, summary, evidence, source, ctx.person('coordinator@demo.convene.localhost')],
    );
  }
  const content = {
    items: [
      { agendaItemId: null, title: 'Welcome and apologies', notes: 'Apologies from public health.', redacted: false },
      { agendaItemId: null, title: 'Sector activity assessment', notes: 'Partners reported rising destitution after move-on; see the assessment.', redacted: false },
    ],
    decisions: [`Send FOI requests to all regional local authorities on move-on support (meeting ${n}).`],
  };
  // The history as it happened: circulated a week after the meeting, approved at the next one (six
  // weeks on). Stamped "now", the worker would take them for news and email everyone about
  // minutes of meetings long past the moment the demo starts.
  const approved = n !== 3;
  await ctx.m.query(
    `INSERT INTO minutes (meeting_id, status, version, content, circulated_at, approved_at, approved_by_person_id, published_at) VALUES ($1, $2, 3, $3, $4, $5, $6, NULL)`,
    [id, approved ? 'APPROVED' : 'CIRCULATED', JSON.stringify(content), new Date(startsAt.getTime() + 7 * DAY), approved ? new Date(startsAt.getTime() + 42 * DAY) : null, approved ? ctx.person('admin@demo.convene.localhost') : null],
  );
  await ctx.m.query(
    `INSERT INTO action_item (group_id, meeting_id, title, owner_person_id, due_date, status) VALUES ($1, $2, $3, $4, $5::date, $6)`,
    [groupId, id, n === 1 ? 'Map emergency accommodation for women with no recourse to public funds' : n === 2 ? 'Collate FOI responses from the 11 local authorities' : 'Draft a letter on the 28-day move-on period', ctx.person(n === 2 ? 'member@demo.convene.localhost' : 'declan.byrne@demo.convene.localhost'), new Date(Date.now() + (n - 2) * 20 * DAY).toISOString().slice(0, 10), n === 1 ? 'DONE' : 'OPEN'],
  );
  return id;
}

export async function seedGroups(m: EntityManager, partnershipId: string, personIds: Map<string, string>): Promise<number> {
  const ctx: Ctx = { m, partnershipId, person: (email) => personIds.get(email)! };
  let created = 0;

  const dsg = await group(ctx, { name: 'Destitution Steering Group', slug: 'destitution-steering-group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', description: 'Coordinates the region’s response to destitution among people seeking asylum and refused asylum seekers.', cadence: 'FREQ=WEEKLY;INTERVAL=6', firstInDays: 14, location: 'Council House, Birmingham' });
  if (dsg.created) {
    created++;
    await members(ctx, dsg.id, [['admin@demo.convene.localhost', 'CHAIR'], ['coordinator@demo.convene.localhost', 'SECRETARY'], ['member@demo.convene.localhost', 'MEMBER'], ['declan.byrne@demo.convene.localhost', 'MEMBER'], ['rachel.adeyemi@demo.convene.localhost', 'MEMBER'], ['fatima.rahimi@demo.convene.localhost', 'MEMBER'], ['helen.price@demo.convene.localhost', 'OBSERVER']]);
    await terms(ctx, dsg.id, { purpose: 'To understand and reduce destitution among migrants in the West Midlands, sharing evidence between statutory and voluntary partners.', membership: 'Local authorities, asylum support charities, health partners and community organisations nominated by the partnership.', quorum: 4, cadence: 'Every six weeks, with an agenda and sector activity assessment circulated in advance.' });
    for (const [n, days] of [[1, 126], [2, 84], [3, 42]] as const) await pastMeeting(ctx, dsg.id, days, n);
    // The next meeting's agenda is in progress: the standing items and a member's proposal.
    const [next] = await m.query(`SELECT id FROM meeting WHERE group_id = $1 AND starts_at > now() ORDER BY starts_at LIMIT 1`, [dsg.id]);
    for (const [i, item] of STANDING.entries()) {
      await m.query(`INSERT INTO agenda_item (meeting_id, position, title, standing, minutes_allotted) VALUES ($1, $2, $3, $4, $5)`, [next.id, i + 1, item.title, item.standing, item.minutesAllotted]);
    }
    await m.query(
      `INSERT INTO agenda_item (meeting_id, position, title, description, status, proposed_by_person_id, presenter_person_id, minutes_allotted, papers) VALUES ($1, 6, $2, $3, 'PROPOSED', $4, $4, 15, $5)`,
      [next.id, 'Winter night shelter capacity for women with no recourse to public funds', 'Evidence from the maternity and doula projects on women turned away.', ctx.person('member@demo.convene.localhost'), JSON.stringify([{ title: 'Shelter capacity briefing', url: 'https://example.org/briefings/shelter-capacity.pdf' }])],
    );
  }

  const health = await group(ctx, { name: 'Regional Health Practitioners Group', slug: 'regional-health-practitioners', kind: 'WORKING_GROUP', visibility: 'PARTNERSHIP', description: 'Health access for migrants: maternity, mental health and GP registration.', cadence: 'FREQ=MONTHLY;BYDAY=2TU', firstInDays: 5, location: 'Online' });
  if (health.created) {
    created++;
    await members(ctx, health.id, [['samuel.okoye@demo.convene.localhost', 'CHAIR'], ['aisha.begum@demo.convene.localhost', 'SECRETARY'], ['rachel.adeyemi@demo.convene.localhost', 'MEMBER'], ['member@demo.convene.localhost', 'MEMBER']]);
  }

  const esol = await group(ctx, { name: 'ESOL Pathway Steering Group', slug: 'esol-pathway', kind: 'STEERING_GROUP', visibility: 'PARTNERSHIP', description: 'English for speakers of other languages: from pre-entry to employment.', cadence: 'FREQ=MONTHLY;INTERVAL=6', firstInDays: 40, location: 'Stoke-on-Trent Further Education College' });
  if (esol.created) {
    created++;
    await members(ctx, esol.id, [['priya.natarajan@demo.convene.localhost', 'CHAIR'], ['lina.haddad@demo.convene.localhost', 'MEMBER'], ['kwame.asante@demo.convene.localhost', 'MEMBER'], ['oliver.grant@demo.convene.localhost', 'OBSERVER']]);
  }

  const board = await group(ctx, { name: 'City of Sanctuary Partnership Board', slug: 'city-of-sanctuary-board', kind: 'BOARD', visibility: 'PUBLIC', description: 'Making the city a place of welcome and safety for people seeking sanctuary.', cadence: 'FREQ=MONTHLY;INTERVAL=3', firstInDays: 25, location: 'Birmingham Council House' });
  if (board.created) {
    created++;
    await members(ctx, board.id, [['fatima.rahimi@demo.convene.localhost', 'CHAIR'], ['yusuf.demir@demo.convene.localhost', 'MEMBER'], ['admin@demo.convene.localhost', 'MEMBER']]);
    await terms(ctx, board.id, { purpose: 'To oversee the city’s sanctuary strategy and publish its progress.', membership: 'Community organisations, the council and faith groups.', quorum: 3, cadence: 'Quarterly; minutes published on this page.' });
    const [{ id: meetingId }] = await m.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at, location) VALUES ($1, 'Partnership board', now() - interval '60 days', now() - interval '60 days' + interval '90 minutes', 'Birmingham Council House') RETURNING id`, [board.id]);
    await m.query(`INSERT INTO minutes (meeting_id, status, version, content, approved_at, published_at) VALUES ($1, 'PUBLISHED', 2, $2, now() - interval '20 days', now() - interval '19 days')`, [
      meetingId,
      JSON.stringify({ items: [{ title: 'Welcome', notes: 'Fourteen partners attended.', redacted: false }, { title: 'Sanctuary awards', notes: 'Three schools and a library received awards.', redacted: false }], decisions: ['Adopt the welcome charter for public services.'] }),
    ]);
  }
  return created;
}
