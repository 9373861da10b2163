import { parse } from 'csv-parse/sync';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { startApi, type ApiHarness } from './testing/api-harness';

/** Exports of the knowledge bank's search as CSV, RIS and BibTeX, as each role and signed out. */
describe('knowledge bank exports', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token: Record<'coordinator' | 'member' | 'groupMember' | 'outsider', string> = {} as never;

  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const get = (path: string, as?: string) => fetch(`${api.url}${path}`, { headers: as ? { authorization: `Bearer ${as}` } : {} });
  const titlesIn = async (path: string, as?: string) => {
    const res = await get(path, as);
    expect(res.status).toBe(200);
    const body = await res.text();
    return ['Public destitution report', 'Partnership housing briefing', 'Group-only ESOL notes', '=HYPERLINK("http://evil.test","Click")'].filter((t) => body.includes(t.replace(/"/g, '""')) || body.includes(t));
  };

  beforeAll(async () => {
    api = await startApi({ PUBLIC_WEB_URL: 'http://web.convene.test' });
    p = await seedPartnership(api.db, 'bank-export');
    other = await seedPartnership(api.db, 'bank-export-other');
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT 'grouped@bank-export.test', 'Grouped', password_hash FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    const [{ id: grouped }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'ESOL Forum', 'esol', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, grouped]);
    const add = async (title: string, visibility: string, extra: { group?: string; summary?: string; year?: number; type?: string; themes?: string[] } = {}) => {
      const [{ id }] = await api.db.query(
        `INSERT INTO resource (partnership_id, title, summary, type, year, visibility, group_id, themes, external_url, outside_authors) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'https://example.org/r?a=1&b_c=2', '{"Refugee Action"}') RETURNING id`,
        [p.partnershipId, title, extra.summary ?? 'Findings, with commas; and "quotes".', extra.type ?? 'REPORT', extra.year ?? 2023, visibility, extra.group ?? null, extra.themes ?? ['housing']],
      );
      await api.db.query(`INSERT INTO resource_organisation (resource_id, organisation_id) VALUES ($1, $2)`, [id, p.organisationId]);
      await api.db.query(`SELECT resource_reindex($1)`, [id]);
      return id as string;
    };
    await add('Public destitution report', 'PUBLIC', { themes: ['destitution'] });
    await add('Partnership housing briefing', 'PARTNERSHIP', { type: 'BRIEFING', year: 2024 });
    await add('Group-only ESOL notes', 'GROUP', { group, type: 'TOOLKIT', themes: ['esol'] });
    await add('=HYPERLINK("http://evil.test","Click")', 'PUBLIC', { summary: '@SUM(1+1) {braces} 100% & #1_x' });
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.member = await signIn(p.member.email, p.member.password);
    token.groupMember = await signIn('grouped@bank-export.test', p.member.password);
    token.outsider = await signIn(other.member.email, other.member.password);
  });
  afterAll(() => api.close());

  it('exports only what each reader may see, in every format', async () => {
    const hostile = '=HYPERLINK("http://evil.test","Click")';
    for (const format of ['csv', 'ris', 'bib']) {
      const path = `/bank/bank-export/export.${format}`;
      expect(await titlesIn(path)).toEqual(['Public destitution report', hostile]);
      expect(await titlesIn(path, token.outsider)).toEqual(['Public destitution report', hostile]);
      expect(await titlesIn(path, token.member)).toEqual(['Public destitution report', 'Partnership housing briefing', hostile]);
      expect(await titlesIn(path, token.groupMember)).toEqual(['Public destitution report', 'Partnership housing briefing', 'Group-only ESOL notes', hostile]);
      expect(await titlesIn(path, token.coordinator)).toEqual(['Public destitution report', 'Partnership housing briefing', 'Group-only ESOL notes', hostile]);
    }
  });

  it('exports the current search: text and facets as the finder reads them from the URL', async () => {
    expect(await titlesIn('/bank/bank-export/export.csv?q=destitution', token.coordinator)).toEqual(['Public destitution report']);
    expect(await titlesIn('/bank/bank-export/export.csv?type=BRIEFING&type=TOOLKIT', token.coordinator)).toEqual(['Partnership housing briefing', 'Group-only ESOL notes']);
    expect(await titlesIn('/bank/bank-export/export.ris?theme=esol&from=2023&to=2023', token.member)).toEqual([]);
    const refused = await get('/bank/bank-export/export.csv?from=2024&to=2020');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as any).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'yearTo' });
    const finder = await (await get('/bank/bank-export?q=destitution&page=1', token.member)).text();
    expect(finder).toContain('href="/bank/bank-export/export.csv?q=destitution" download>CSV');
    expect(finder).toContain('href="/bank/bank-export/export.bib?q=destitution" download>BibTeX');
    expect((await get('/bank/bank-export/export.xls')).status).toBe(404);
    expect((await get('/bank/no-such-bank/export.csv')).status).toBe(404);
  });

  it('writes a CSV that spreadsheets open as text, with the import’s columns', async () => {
    const res = await get('/bank/bank-export/export.csv?sort=title', token.member);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="knowledge-bank-bank-export.csv"; filename*=UTF-8''knowledge-bank-bank-export.csv`);
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('"title","organisations","year","type","summary","link","themes","policy areas","language","published","page"');
    // Cells that a spreadsheet would run as formulas start with an apostrophe instead.
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.test"",""Click""\)","Charity bank-export; Refugee Action","2023","Report","'@SUM\(1\+1\) \{braces\} 100% & #1_x",/);
    expect(lines[2]).toMatch(/^"Partnership housing briefing","Charity bank-export; Refugee Action","2024","Briefing","Findings, with commas; and ""quotes"".","https:\/\/example.org\/r\?a=1&b_c=2","housing",,"en",,"http:\/\/web\.convene\.test\/bank\/bank-export\/[0-9a-f-]{36}"$/);
    const cells = (parse(text, { bom: true }) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells.filter((c) => c.startsWith("'"))).toEqual([`'=HYPERLINK("http://evil.test","Click")`, "'@SUM(1+1) {braces} 100% & #1_x"]);
  });

  it('writes RIS and BibTeX that reference managers read', async () => {
    const ris = await (await get('/bank/bank-export/export.ris?q=destitution')).text();
    expect(ris).toMatch(/^TY  - RPRT\r\nTI  - Public destitution report\r\nAU  - Charity bank-export\r\nAU  - Refugee Action\r\nPY  - 2023\r\nAB  - Findings, with commas; and "quotes".\r\nKW  - Destitution\r\nLA  - en\r\nUR  - https:\/\/example.org\/r\?a=1&b_c=2\r\nM3  - Report\r\nID  - [0-9a-f-]{36}\r\nER  - \r\n$/);
    const bib = await (await get('/bank/bank-export/export.bib?sort=title')).text();
    expect(bib).toContain('title = {{=HYPERLINK("http://evil.test","Click")}}');
    expect(bib).toContain('abstract = {@SUM(1+1) \\{braces\\} 100\\% \\& \\#1\\_x}');
    expect(bib).toMatch(/@techreport\{charity2023[0-9a-f]{4},\n  title = \{\{Public destitution report\}\},\n  author = \{\{Charity bank-export\} and \{Refugee Action\}\},\n  institution = \{Charity bank-export\},/);
    expect(bib).toContain('url = {https://example.org/r?a=1&b_c=2}');
    expect((bib.match(/^@/gm) ?? []).length).toBe(2);
  });
});
