import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

/** Upload tickets count against one hourly allowance per person: papers on items, on minutes, and bank files together. */
describe('the upload ticket limit', () => {
  const LIMIT = 3;
  let api: ApiHarness;
  let p: SeededPartnership;
  let item: string;
  let minutesId: string;
  let resourceId: string;
  const token: Record<'coordinator' | 'second' | 'member', string> = {} as never;

  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const itemTicket = (as: string) => gql(api.url, `mutation($i: ID!) { createPaperUpload(agendaItemId: $i, title: "Report", confidentiality: GROUP) { uploadUrl } }`, { i: item }, { token: as });
  const minutesTicket = (as: string) => gql(api.url, `mutation($m: ID!) { createMinutesPaperUpload(minutesId: $m, title: "Sheet", confidentiality: GROUP) { uploadUrl } }`, { m: minutesId }, { token: as });
  const bankTicket = (as: string) => gql(api.url, `mutation($r: ID!) { createResourceUpload(resourceId: $r) { uploadUrl } }`, { r: resourceId }, { token: as });
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code ?? null;

  beforeAll(async () => {
    api = await startApi({ PAPER_UPLOADS_PER_HOUR: String(LIMIT) });
    p = await seedPartnership(api.db, 'limits');
    const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Steering Group', 'sg', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, p.member.personId]);
    const [{ id: meeting }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', now() + interval '30 days', now() + interval '30 days 2 hours') RETURNING id`, [group]);
    [{ id: item }] = await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 1, 'Finance') RETURNING id`, [meeting]);
    [{ id: minutesId }] = await api.db.query(`INSERT INTO minutes (meeting_id) VALUES ($1) RETURNING id`, [meeting]);
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.member = await signIn(p.member.email, p.member.password);
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'second@limits.test', 'Second', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'COORDINATOR')`, [p.partnershipId, accountId]);
    token.second = await signIn('second@limits.test', p.member.password);
    const made = await gql(api.url, `mutation { createResource(input: { title: "Annual review", summary: "x", type: REPORT, year: 2024, visibility: PUBLIC }) { id } }`, {}, { token: token.coordinator });
    resourceId = made.data!.createResource.id;
  });
  afterAll(() => api.close());

  it('answers TOO_MANY_REQUESTS past the configured number, across papers, minutes and the bank, and only for that person', async () => {
    // Refused for want of rights: not counted, so someone who may not upload learns nothing and spends nothing.
    expect(codeOf(await itemTicket(token.member))).toBe('NOT_FOUND');
    expect(codeOf(await itemTicket(token.coordinator))).toBeNull();
    expect(codeOf(await minutesTicket(token.coordinator))).toBeNull();
    expect(codeOf(await bankTicket(token.coordinator))).toBeNull();
    for (const next of [itemTicket, minutesTicket, bankTicket]) {
      const over = await next(token.coordinator);
      expect(codeOf(over)).toBe('TOO_MANY_REQUESTS');
      expect(over.errors![0].extensions!.retryAfterSeconds).toEqual(expect.any(Number));
      expect(over.errors![0].extensions!.retryAfterSeconds as number).toBeGreaterThan(3000);
    }
    const [{ tickets }] = await api.db.query(`SELECT (SELECT count(*) FROM paper_upload)::int + (SELECT count(*) FROM resource_upload)::int AS tickets`);
    expect(tickets).toBe(LIMIT);
    // Another coordinator has an allowance of their own.
    expect(codeOf(await itemTicket(token.second))).toBeNull();
  });
});
