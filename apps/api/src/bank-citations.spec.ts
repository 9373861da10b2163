import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

/** Citations of bank resources from agenda items, assessment entries, decisions and posts, as each reader sees them. */
describe('knowledge bank citations', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  const token: Record<'coordinator' | 'chair' | 'member' | 'bystander', string> = {} as never;
  let item: string;
  let meeting: string;
  let entry: string;
  let minutes: string;
  let post: string;
  let memberPost: string;
  const resource = {} as Record<'PUBLIC' | 'GROUP', string>;

  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const cite = (as: string, input: Record<string, unknown>) => gql(api.url, `mutation($i: CitationInput!) { citeResource(input: $i) { id kind label url asPaper } }`, { i: input }, { token: as });
  const citedIn = async (as: string, id: string) => (await gql(api.url, `query($id: ID!) { resource(id: $id) { citedIn { kind label url asPaper } } }`, { id }, { token: as })).data?.resource.citedIn;

  beforeAll(async () => {
    api = await startApi();
    p = await seedPartnership(api.db, 'bank-cite');
    const extra = async (name: string) => {
      const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $1, password_hash FROM account WHERE id = $2 RETURNING id`, [`${name}@bank-cite.test`, p.member.accountId]);
      return (await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]))[0].id as string;
    };
    const chair = await extra('chair');
    await extra('bystander');
    const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Destitution Steering Group', 'dsg', 'STEERING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR'), ($1, $3, 'MEMBER')`, [group, chair, p.member.personId]);
    [{ id: meeting }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', '2027-01-12T10:00:00Z', '2027-01-12T12:00:00Z') RETURNING id`, [group]);
    [{ id: item }] = await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 1, 'Winter shelter') RETURNING id`, [meeting]);
    [{ id: entry }] = await api.db.query(`INSERT INTO assessment_entry (meeting_id, theme, kind, rating, direction, summary, contributed_by_person_id) VALUES ($1, 'housing', 'RISK', 'RED', 'WORSENING', 'Rough sleeping is rising.', $2) RETURNING id`, [meeting, p.member.personId]);
    [{ id: minutes }] = await api.db.query(`INSERT INTO minutes (meeting_id, content) VALUES ($1, '{"items": [], "decisions": ["Open the shelter.", "Ask for a second site."]}') RETURNING id`, [meeting]);
    const [{ id: forum }] = await api.db.query(`INSERT INTO forum (partnership_id, group_id, name) VALUES ($1, $2, 'DSG forum') RETURNING id`, [p.partnershipId, group]);
    const [{ id: thread }] = await api.db.query(`INSERT INTO thread (forum_id, title) VALUES ($1, 'Shelter evidence') RETURNING id`, [forum]);
    [{ id: post }] = await api.db.query(`INSERT INTO post (thread_id, forum_id, author_person_id, client_id, body_markdown, body_html) VALUES ($1, $2, $3, 'c1', 'See the report.', '<p>See the report.</p>') RETURNING id`, [thread, forum, chair]);
    [{ id: memberPost }] = await api.db.query(`INSERT INTO post (thread_id, forum_id, author_person_id, client_id, body_markdown, body_html) VALUES ($1, $2, $3, 'c2', 'Agreed.', '<p>Agreed.</p>') RETURNING id`, [thread, forum, p.member.personId]);
    [{ id: resource.PUBLIC }] = await api.db.query(`INSERT INTO resource (partnership_id, title, summary, type, year, visibility) VALUES ($1, 'Destitution in the UK', 'Public.', 'REPORT', 2023, 'PUBLIC') RETURNING id`, [p.partnershipId]);
    [{ id: resource.GROUP }] = await api.db.query(`INSERT INTO resource (partnership_id, title, summary, type, year, visibility, group_id) VALUES ($1, 'Shelter costs', 'Group only.', 'BRIEFING', 2024, 'GROUP', $2) RETURNING id`, [p.partnershipId, group]);
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.chair = await signIn('chair@bank-cite.test', p.member.password);
    token.member = await signIn(p.member.email, p.member.password);
    token.bystander = await signIn('bystander@bank-cite.test', p.member.password);
  });
  afterAll(() => api.close());

  it('takes a resource as a paper for an agenda item, once, for the item’s managers only', async () => {
    const first = await cite(token.chair, { resourceId: resource.PUBLIC, agendaItemId: item, asPaper: true });
    expect(first.data!.citeResource).toEqual({ id: expect.any(String), kind: 'AGENDA_ITEM', label: 'Agenda item: Winter shelter (Destitution Steering Group, 12 January 2027)', url: `/meetings/${meeting}`, asPaper: true });
    expect((await cite(token.chair, { resourceId: resource.PUBLIC, agendaItemId: item })).data!.citeResource.id).toBe(first.data!.citeResource.id);
    expect((await cite(token.member, { resourceId: resource.GROUP, agendaItemId: item, asPaper: true })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const papers = await gql(api.url, `query($id: ID!) { meeting(id: $id) { agendaItems { bankPapers { id resourceId resourceTitle resourceUrl } } } }`, { id: meeting }, { token: token.member });
    expect(papers.data!.meeting.agendaItems[0].bankPapers).toEqual([{ id: first.data!.citeResource.id, resourceId: resource.PUBLIC, resourceTitle: 'Destitution in the UK', resourceUrl: `/bank/bank-cite/${resource.PUBLIC}` }]);
    expect(await api.db.query(`SELECT count(*)::int AS n FROM resource_citation`)).toEqual([{ n: 1 }]);
  });

  it('cites from an assessment entry, a decision and a post, each by whoever may change it', async () => {
    expect((await cite(token.chair, { resourceId: resource.GROUP, assessmentEntryId: entry })).data!.citeResource.kind).toBe('ASSESSMENT_ENTRY');
    const decision = await cite(token.chair, { resourceId: resource.GROUP, minutesId: minutes, decisionIndex: 1 });
    expect(decision.data!.citeResource.label).toBe('Decision 2 in the minutes of Destitution Steering Group, 12 January 2027');
    const outOfRange = await cite(token.chair, { resourceId: resource.GROUP, minutesId: minutes, decisionIndex: 2 });
    expect(outOfRange.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisionIndex' });
    expect((await cite(token.member, { resourceId: resource.PUBLIC, minutesId: minutes, decisionIndex: 0 })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await cite(token.member, { resourceId: resource.PUBLIC, postId: memberPost })).data!.citeResource.label).toBe('Forum post in “Shelter evidence”');
    expect((await cite(token.member, { resourceId: resource.PUBLIC, postId: post })).errors![0].extensions!.code).toBe('NOT_FOUND');
    // A bystander may read the public resource but manages nothing here.
    expect((await cite(token.bystander, { resourceId: resource.PUBLIC, agendaItemId: item })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const two = await cite(token.chair, { resourceId: resource.PUBLIC, agendaItemId: item, postId: post });
    expect(two.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resourceId' });
  });

  it('lists where a resource was cited, only where the reader may go', async () => {
    expect((await citedIn(token.member, resource.PUBLIC)).map((c: { kind: string }) => c.kind).sort()).toEqual(['AGENDA_ITEM', 'POST']);
    expect(await citedIn(token.bystander, resource.PUBLIC)).toEqual([]);
    expect((await citedIn(token.coordinator, resource.GROUP)).map((c: { kind: string }) => c.kind).sort()).toEqual(['ASSESSMENT_ENTRY', 'DECISION']);
    const page = async (as?: string) => (await fetch(`${api.url}/bank/bank-cite/${resource.PUBLIC}`, { headers: as ? { authorization: `Bearer ${as}` } : {} })).text();
    const member = await page(token.member);
    expect(member).toContain('Where it was cited');
    expect(member).toContain(`href="/meetings/${meeting}">Agenda item: Winter shelter (Destitution Steering Group, 12 January 2027)</a> (as a paper)`);
    expect(await page(token.bystander)).not.toContain('Where it was cited');
    expect(await page()).not.toContain('Winter shelter');
  });

  it('removes a citation for those who manage what cites it', async () => {
    const [{ id }] = await api.db.query(`SELECT id FROM resource_citation WHERE post_id = $1`, [memberPost]);
    expect((await gql(api.url, `mutation($id: ID!) { removeCitation(id: $id) }`, { id }, { token: token.chair })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await gql(api.url, `mutation($id: ID!) { removeCitation(id: $id) }`, { id }, { token: token.member })).data!.removeCitation).toBe(true);
    expect((await citedIn(token.member, resource.PUBLIC)).map((c: { kind: string }) => c.kind)).toEqual(['AGENDA_ITEM']);
  });
});
