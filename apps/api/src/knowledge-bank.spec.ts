import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { pdfBytes } from '../../../libs/server/papers/src/testing/paper-fixtures';
import { startApi, type ApiHarness } from './testing/api-harness';

/**
 * The knowledge bank over HTTP and GraphQL, as each role and signed out: what the finder lists
 * and counts, what the resource pages show, and what View and Download serve.
 */
describe('knowledge bank', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token = {} as Record<'coordinator' | 'member' | 'groupMember' | 'outsider', string>;
  const ids = {} as Record<'public' | 'partnership' | 'group', string>;
  let pdf: Buffer;

  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const page = (path: string, as?: string) => fetch(`${api.url}${path}`, { headers: as ? { authorization: `Bearer ${as}` } : {}, redirect: 'manual' });
  const html = async (path: string, as?: string) => {
    const res = await page(path, as);
    return { status: res.status, body: await res.text(), headers: res.headers };
  };
  const count = (body: string) => Number(/<span id="result-count">(\d+)<\/span>/.exec(body)?.[1]);
  const create = (input: Record<string, unknown>) =>
    gql(api.url, `mutation($i: ResourceInput!) { createResource(input: $i) { id pageUrl } }`, { i: { summary: 'A summary.', type: 'REPORT', year: 2024, ...input } }, { token: token.coordinator });

  beforeAll(async () => {
    api = await startApi({ PUBLIC_WEB_URL: 'http://web.convene.test' });
    p = await seedPartnership(api.db, 'kb');
    other = await seedPartnership(api.db, 'kb-other');
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'group@kb.test', 'Group member', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    const [{ id: groupMember }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Steering group', 'sg', 'STEERING_GROUP', 'PRIVATE') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, groupMember]);
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.member = await signIn(p.member.email, p.member.password);
    token.groupMember = await signIn('group@kb.test', p.member.password);
    token.outsider = await signIn(other.member.email, other.member.password);
    ids.public = (await create({ title: 'Refugee housing review', visibility: 'PUBLIC', themes: ['housing'] })).data!.createResource.id;
    ids.partnership = (await create({ title: 'Partnership housing plan', visibility: 'PARTNERSHIP', themes: ['housing'] })).data!.createResource.id;
    ids.group = (await create({ title: 'Steering group housing audit', visibility: 'GROUP', groupId: group, themes: ['housing'], type: 'BRIEFING' })).data!.createResource.id;
    pdf = await pdfBytes(3, 'Refugee housing review');
    const ticket = await gql(api.url, `mutation($r: ID!) { createResourceUpload(resourceId: $r) { uploadUrl maxBytes } }`, { r: ids.public }, { token: token.coordinator });
    const put = await fetch(`${api.url}${ticket.data!.createResourceUpload.uploadUrl}`, { method: 'PUT', body: new Uint8Array(pdf), headers: { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'review.pdf' } });
    expect(put.status).toBe(201);
    expect((await put.json()).resource).toMatchObject({ fileName: 'review.pdf', fileContentType: 'application/pdf', filePages: 3, version: 2 });
  });
  afterAll(() => api.close());

  it('lists and counts on the finder only what each reader may open', async () => {
    const expected: [string, string | undefined, number, string[]][] = [
      ['signed out', undefined, 1, ['Refugee housing review']],
      ['another partnership', token.outsider, 1, ['Refugee housing review']],
      ['member', token.member, 2, ['Refugee housing review', 'Partnership housing plan']],
      ['group member', token.groupMember, 3, ['Refugee housing review', 'Partnership housing plan', 'Steering group housing audit']],
      ['coordinator', token.coordinator, 3, ['Refugee housing review', 'Partnership housing plan', 'Steering group housing audit']],
    ];
    for (const [who, as, n, titles] of expected) {
      const { status, body, headers } = await html('/bank/kb?q=housing', as);
      expect({ who, status, n: count(body) }).toEqual({ who, status: 200, n });
      for (const title of ['Refugee housing review', 'Partnership housing plan', 'Steering group housing audit']) expect({ who, title, shown: body.includes(title) }).toEqual({ who, title, shown: titles.includes(title) });
      // The theme tile and the type checkbox count the same readable set.
      expect(body).toContain(`Housing <span class="bank-count">(${n})</span></a>`);
      expect(body).toContain(`Briefing <span class="bank-count">(${titles.includes('Steering group housing audit') ? 1 : 0})</span>`);
      expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    }
  });

  it('keeps the search in the URL, refuses bad values with the field named, and redirects /bank', async () => {
    const narrowed = await html('/bank/kb?type=BRIEFING&type=REPORT&theme=housing&from=2020&to=2030&sort=title', token.coordinator);
    expect(count(narrowed.body)).toBe(3);
    expect(narrowed.body).toMatch(/name="type" type="checkbox" value="BRIEFING" checked/);
    const bad = await html('/bank/kb?from=2030&to=2020');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('<a href="#to">The “to” year must be the same as or after the “from” year.</a>');
    expect((await html('/bank/kb?q=%27%29%3B%20DROP%20TABLE%20resource%3B%20--')).status).toBe(200);
    const typo = await html('/bank/kb?q=refugee%20housng%20reviw');
    expect(count(typo.body)).toBe(1);
    const none = await html('/bank/kb?q=reveiws%20zzzz');
    expect(count(none.body)).toBe(0);
    expect(none.body).toMatch(/Did you mean <a class="govuk-link" href="\/bank\/kb\?q=reviews?\+zzzz">/);
    const home = await page('/bank', token.member);
    expect([home.status, home.headers.get('location')]).toEqual([302, '/bank/kb']);
    expect((await html('/bank/no-such-partnership')).status).toBe(404);
  });

  it('shows a resource page with its actions, and serves View inline and Download as an attachment, counted', async () => {
    const info = await html(`/bank/kb/${ids.public}`);
    expect(info.status).toBe(200);
    expect(info.body).toContain('<h1 class="govuk-heading-l">Refugee housing review</h1>');
    expect(info.body).toContain(`href="/bank/kb/${ids.public}/view"`);
    expect(info.body).toContain(`href="/bank/kb/${ids.public}/download"`);
    const view = await page(`/bank/kb/${ids.public}/view`);
    expect([view.status, view.headers.get('content-type'), view.headers.get('content-disposition')?.split(';')[0]]).toEqual([200, 'application/pdf', 'inline']);
    expect(view.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(Buffer.from(await view.arrayBuffer()).equals(pdf)).toBe(true);
    const download = await page(`/bank/kb/${ids.public}/download`);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="review.pdf"; filename*=UTF-8''review.pdf`);
    await download.arrayBuffer();
    const read = await gql(api.url, `query($id: ID!) { resource(id: $id) { views downloads } }`, { id: ids.public }, { token: token.member });
    expect(read.data!.resource).toEqual({ views: 1, downloads: 1 });
  });

  it('answers a hidden resource exactly like a missing one, on every route and in GraphQL', async () => {
    for (const as of [undefined, token.member, token.outsider]) {
      for (const suffix of ['', '/view', '/download', '/thumbnail']) {
        const hidden = await page(`/bank/kb/${ids.group}${suffix}`, as);
        const missing = await page(`/bank/kb/00000000-0000-4000-8000-000000000000${suffix}`, as);
        expect([suffix, hidden.status, await hidden.text()]).toEqual([suffix, 404, await missing.text()]);
      }
      if (as) expect((await gql(api.url, `query($id: ID!) { resource(id: $id) { id } }`, { id: ids.group }, { token: as })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await page(`/bank/kb/${ids.group}`, token.groupMember)).status).toBe(200);
    // The other partnership's bank never shows this one's resources, even its public ones.
    expect(count((await html('/bank/kb-other', token.outsider)).body)).toBe(0);
  });

  it('names the field of a refused resource in a coded GraphQL error', async () => {
    const res = await create({ title: 'Too long a summary', summary: 'x'.repeat(601), visibility: 'PUBLIC' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
    const link = await create({ title: 'A bad link', externalUrl: 'javascript:alert(1)', visibility: 'PUBLIC' });
    expect(link.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'externalUrl' });
    const member = await gql(api.url, `mutation { createResource(input: { title: "Mine", summary: "x", type: REPORT, year: 2024, visibility: PUBLIC }) { id } }`, {}, { token: token.member });
    expect(member.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
