import type { Logger as SqlLogger } from 'typeorm';
import { codeOf, gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

/** Counts SQL statements, to prove the agenda pack costs the same whatever its size. */
class CountingLogger implements SqlLogger {
  count = 0;
  logQuery() {
    this.count++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const PACK = `query($id: ID!) { meeting(id: $id) { title startsAt location group { name }
  agendaItems { position title standing status minutesAllotted papers { title url } presenter { name organisation { name } } proposedBy { name } }
  mattersArising { title owner { name } dueDate }
  assessment { theme kind rating direction summary contributedBy { name } }
  attendance { status note person { name } }
  quorum { required present }
  agendaVersions { version } } }`;

describe('agendas', () => {
  const sql = new CountingLogger();
  let api: ApiHarness;
  let p: SeededPartnership;
  const token: Record<string, string> = {};
  let groupId: string;
  let next: string;
  let past: string;

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });

  beforeAll(async () => {
    api = await startApi({}, { sqlLogger: sql });
    p = await seedPartnership(api.db, 'agendas');
    for (const [who, person] of [['admin', p.admin], ['coordinator', p.coordinator], ['member', p.member]] as const) {
      token[who] = (await gql(api.url, SIGN_IN, { input: { email: person.email, password: person.password } })).data!.signIn.token;
    }
    const created = await as('coordinator', `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, {
      input: { name: 'Destitution Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', cadence: 'FREQ=WEEKLY;INTERVAL=6', cadenceStart: new Date(Date.now() + 30 * 86400_000).toISOString(), submissionDeadlineDays: 10 },
    });
    groupId = created.data!.createGroup.id;
    await as('coordinator', `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    [{ id: next }] = await api.db.query(`SELECT id FROM meeting WHERE group_id = $1 ORDER BY starts_at LIMIT 1`, [groupId]);
    // A past meeting with an open action, which must come back as a matter arising.
    [{ id: past }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Earlier', now() - interval '40 days', now() - interval '40 days' + interval '2 hours') RETURNING id`, [groupId]);
    await as('coordinator', `mutation($m: ID!) { addAction(meetingId: $m, input: { title: "Map emergency accommodation", dueDate: "2026-12-01" }) { id } }`, { m: past });
  });
  afterAll(() => api.close());

  it('starts every agenda from the group’s standing template, once', async () => {
    const first = await as('member', `query($id: ID!) { meeting(id: $id) { agendaItems { title standing } } }`, { id: next });
    expect(first.data!.meeting.agendaItems.map((i: { standing: string }) => i.standing)).toEqual(['WELCOME', 'PREVIOUS_MINUTES', 'SECTOR_ASSESSMENT', 'AOB', 'NEXT_MEETING']);
    await as('member', `query($id: ID!) { meeting(id: $id) { agendaItems { id } } }`, { id: next });
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1`, [next]);
    expect(n).toBe(5);
  });

  it('members propose before the deadline; coordinators accept or decline with a reason', async () => {
    const propose = `mutation($m: ID!, $i: AgendaItemInput!) { proposeAgendaItem(meetingId: $m, input: $i) { id status proposedBy { name } } }`;
    const a = await as('member', propose, { m: next, i: { title: 'No recourse to public funds: winter shelter capacity', papers: [{ title: 'Shelter audit', url: 'https://example.org/audit.pdf' }] } });
    expect(a.data!.proposeAgendaItem).toMatchObject({ status: 'PROPOSED', proposedBy: { name: 'MEMBER of agendas' } });
    const b = await as('member', propose, { m: next, i: { title: 'Something off-topic' } });
    expect(codeOf(await as('member', propose, { m: next, i: { title: 'Bad paper', papers: [{ title: 'x', url: 'javascript:alert(1)' }] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('member', `mutation($id: ID!) { acceptAgendaItem(id: $id) { id } }`, { id: a.data!.proposeAgendaItem.id }))).toBe('NOT_FOUND');
    expect((await as('coordinator', `mutation($id: ID!) { acceptAgendaItem(id: $id) { status } }`, { id: a.data!.proposeAgendaItem.id })).data!.acceptAgendaItem.status).toBe('ACCEPTED');
    expect(codeOf(await as('coordinator', `mutation($id: ID!) { declineAgendaItem(id: $id, reason: " ") { id } }`, { id: b.data!.proposeAgendaItem.id }))).toBe('BAD_USER_INPUT');
    const declined = await as('coordinator', `mutation($id: ID!) { declineAgendaItem(id: $id, reason: "Better for the cohesion group") { status declineReason } }`, { id: b.data!.proposeAgendaItem.id });
    expect(declined.data!.declineAgendaItem).toEqual({ status: 'DECLINED', declineReason: 'Better for the cohesion group' });
    // The proposer sees their declined item and why; the agenda itself does not list it.
    const mine = await as('member', `query($id: ID!) { meeting(id: $id) { agendaItems { title status } } }`, { id: next });
    expect(mine.data!.meeting.agendaItems).toContainEqual({ title: 'Something off-topic', status: 'DECLINED' });
  });

  it('closes proposals at the submission deadline', async () => {
    const [{ id: soon }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Soon', now() + interval '3 days', now() + interval '3 days 2 hours') RETURNING id`, [groupId]);
    const late = await as('member', `mutation($m: ID!) { proposeAgendaItem(meetingId: $m, input: { title: "Too late" }) { id } }`, { m: soon });
    expect(codeOf(late)).toBe('BAD_USER_INPUT');
    expect(late.errors![0].message).toMatch(/closed on/);
  });

  it('orders items, and publishing freezes numbered versions with change notes', async () => {
    const items = (await as('coordinator', `query($id: ID!) { meeting(id: $id) { agendaItems { id title status } } }`, { id: next })).data!.meeting.agendaItems;
    const ids = items.map((i: { id: string }) => i.id);
    expect(codeOf(await as('coordinator', `mutation($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) }`, { m: next, ids: ids.slice(1) }))).toBe('BAD_USER_INPUT');
    const reordered = [ids[0], ids[5], ...ids.slice(1, 5), ...ids.slice(6)];
    await as('coordinator', `mutation($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, itemIds: $ids) }`, { m: next, ids: reordered });
    const v1 = await as('coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { version items { title } } }`, { m: next });
    expect(v1.data!.publishAgenda.version).toBe(1);
    expect(v1.data!.publishAgenda.items[1].title).toBe('No recourse to public funds: winter shelter capacity');
    expect(v1.data!.publishAgenda.items.map((i: { title: string }) => i.title)).not.toContain('Something off-topic');
    expect(codeOf(await as('coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: next }))).toBe('BAD_USER_INPUT');
    const v2 = await as('coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m, changeNote: "Added the shelter audit paper") { version changeNote } }`, { m: next });
    expect(v2.data!.publishAgenda).toEqual({ version: 2, changeNote: 'Added the shelter audit paper' });
    expect(codeOf(await as('member', `mutation($m: ID!) { publishAgenda(meetingId: $m, changeNote: "x") { version } }`, { m: next }))).toBe('NOT_FOUND');
  });

  it('lists open actions from earlier meetings as matters arising', async () => {
    const res = await as('member', `query($id: ID!) { meeting(id: $id) { mattersArising { title status } } }`, { id: next });
    expect(res.data!.meeting.mattersArising).toEqual([{ title: 'Map emergency accommodation', status: 'OPEN' }]);
  });

  it('serves the agenda pack in a constant number of SQL statements: 5 items cost the same as 50', async () => {
    const measure = async (meetingId: string) => {
      await as('member', PACK, { id: meetingId }); // the first read builds the agenda from the template
      sql.count = 0;
      const res = await as('member', PACK, { id: meetingId });
      expect(res.errors).toBeUndefined();
      return { statements: sql.count, items: res.data!.meeting.agendaItems.length };
    };
    const [{ id: small }, { id: large }] = await api.db.query(`SELECT id FROM meeting WHERE group_id = $1 AND starts_at > now() + interval '20 days' ORDER BY starts_at OFFSET 1 LIMIT 2`, [groupId]);
    // Same shape of data in both packs (presenters, proposers, papers); only the size differs.
    const smallItems = (await as('coordinator', `query($id: ID!) { meeting(id: $id) { agendaItems { id } } }`, { id: small })).data!.meeting.agendaItems;
    await as('coordinator', `mutation($id: ID!, $i: AgendaItemUpdateInput!) { updateAgendaItem(id: $id, input: $i) { id } }`, {
      id: smallItems[2].id,
      i: { presenterPersonId: p.member.personId, papers: [{ title: 'Paper', url: 'https://example.org/p.pdf' }] },
    });
    await api.db.query(`UPDATE agenda_item SET proposed_by_person_id = $2 WHERE id = $1`, [smallItems[2].id, p.coordinator.personId]);
    for (let i = 0; i < 45; i++) {
      await as('coordinator', `mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { id } }`, {
        m: large,
        i: { title: `Item ${i}`, presenterPersonId: i % 2 ? p.member.personId : p.admin.personId, papers: [{ title: 'Paper', url: 'https://example.org/p.pdf' }] },
      });
    }
    const five = await measure(small);
    const fifty = await measure(large);
    expect(five.items).toBe(5);
    expect(fifty.items).toBe(50);
    // People are batched per wave of loaders; whether the items', attendance's and matters
    // arising's people land in one batch or two depends on which rows arrive first, so the
    // count may differ by one between runs, never with the size of the pack.
    expect(fifty.statements).toBe(five.statements);
    expect(fifty.statements).toBeLessThan(10);
  });

  it('reads the pack in one statement after the access check, showing each reader what the per-field loaders show', async () => {
    // Something only managers and its contributor see: a proposal by the coordinator, and a
    // member's submitted (not yet included) assessment entry.
    await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title, status, proposed_by_person_id) VALUES ($1, 90, 'Coordinator proposal', 'PROPOSED', $2)`, [next, p.coordinator.personId]);
    const entry = await as('member', `mutation($m: ID!) { contributeAssessmentEntry(meetingId: $m, input: { theme: "housing", kind: RISK, rating: RED, direction: WORSENING, summary: "Evictions after asylum decisions" }) { status } }`, { m: next });
    expect(entry.data!.contributeAssessmentEntry.status).toBe('SUBMITTED');
    const fields = `id title agendaItems { id title status presenter { name organisation { name } } proposedBy { name } papers { url } }
      assessment { id status summary contributedBy { name } } mattersArising { id title owner { name } } attendance { status note person { name } }`;
    const seen: Record<string, string[]> = {};
    for (const who of ['coordinator', 'member']) {
      sql.count = 0;
      const pack = await as(who, `query($id: ID!) { meeting(id: $id) { ${fields} } }`, { id: next });
      // The session, the access check, and the pack with everyone it mentions.
      expect({ who, statements: sql.count }).toEqual({ who, statements: 3 });
      // The same meeting reached through a list goes through each field's own loader.
      const listed = await as(who, `query($g: ID!) { group(id: $g) { meetings { ${fields} } } }`, { g: groupId });
      expect(pack.errors).toBeUndefined();
      expect(listed.data!.group.meetings.find((m: { id: string }) => m.id === next)).toEqual(pack.data!.meeting);
      seen[who] = pack.data!.meeting.agendaItems.map((i: { title: string }) => i.title);
      expect(pack.data!.meeting.assessment.map((e: { summary: string }) => e.summary)).toContain('Evictions after asylum decisions');
    }
    // The two readers really do see different packs, so the comparison above means something.
    expect(seen.coordinator).toContain('Coordinator proposal');
    expect(seen.member).not.toContain('Coordinator proposal');
    expect(seen.member).toContain('Something off-topic'); // their own declined proposal
  });

  it('numbers the agenda 1, 2, 3 … among accepted items, with no gap for declined or removed items, in published versions too', async () => {
    const read = async (who: string) => {
      const res = await as(who, `query($id: ID!) { meeting(id: $id) { agendaItems { id title position status } agendaVersions { version items { title position } } } }`, { id: next });
      expect(res.errors).toBeUndefined();
      return res.data!.meeting as { agendaItems: { id: string; title: string; position: number; status: string }[]; agendaVersions: { version: number; items: { position: number }[] }[] };
    };
    const numbers = (items: { position: number }[]) => items.map((i) => i.position);
    const count = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    // A version frozen before numbering counted accepted items only, with a gap in its numbers.
    await api.db.query(
      `UPDATE agenda_version SET snapshot = (SELECT jsonb_agg(jsonb_set(e, '{position}', to_jsonb(o * 2)) ORDER BY o) FROM jsonb_array_elements(snapshot) WITH ORDINALITY AS x(e, o)) WHERE meeting_id = $1 AND version = 1`,
      [next],
    );
    // The agenda holds a declined item and a pending proposal stored far down (position 90).
    const added = (await as('coordinator', `mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { title: "Asylum hotel closures" }) { id position } }`, { m: next })).data!.addAgendaItem;
    let working = await read('coordinator');
    let accepted = working.agendaItems.filter((i) => i.status === 'ACCEPTED');
    expect(working.agendaItems.map((i) => i.status)).toEqual(expect.arrayContaining(['DECLINED', 'PROPOSED']));
    expect(numbers(accepted)).toEqual(count(accepted.length));
    expect(accepted.at(-1)).toMatchObject({ id: added.id, position: accepted.length });
    expect(added.position).toBe(accepted.length);
    // A proposal shows the number it would take where it stands: just before the added item.
    expect(working.agendaItems.find((i) => i.title === 'Coordinator proposal')!.position).toBe(added.position);
    // Every reader sees the same numbers.
    const member = (await read('member')).agendaItems.filter((i) => i.status === 'ACCEPTED');
    expect(member.map((i) => [i.id, i.position])).toEqual(accepted.map((i) => [i.id, i.position]));

    await as('coordinator', `mutation($id: ID!) { removeAgendaItem(id: $id) }`, { id: accepted[2].id });
    const v3 = await as('coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m, changeNote: "Added asylum hotel closures") { version items { title position } } }`, { m: next });
    expect(v3.data!.publishAgenda.version).toBe(3);
    expect(numbers(v3.data!.publishAgenda.items)).toEqual(count(accepted.length - 1));
    expect(v3.data!.publishAgenda.items.at(-1)).toEqual({ title: 'Asylum hotel closures', position: accepted.length - 1 });
    working = await read('coordinator');
    accepted = working.agendaItems.filter((i) => i.status === 'ACCEPTED');
    expect(numbers(accepted)).toEqual(count(accepted.length));
    for (const version of working.agendaVersions) expect({ version: version.version, numbers: numbers(version.items) }).toEqual({ version: version.version, numbers: count(version.items.length) });
  });
});
