import { apiConfigSchema, loadConfig } from '@convene/config';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { docxBytes, exeBytes, pdfBytes, PNG, zipBomb } from '../../../libs/server/papers/src/testing/paper-fixtures';
import { startApi, type ApiHarness } from './testing/api-harness';

/** Papers as files over HTTP: the ticket, the PUT, the checks, the download, as each role. */
describe('papers on agenda items', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token: Record<'coordinator' | 'chair' | 'member' | 'bystander' | 'outsider', string> = {} as never;
  let item: string;
  let readerPerson: string;

  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;

  const ticket = async (as: string, vars: { item?: string; title?: string; confidentiality?: string; replace?: string } = {}) =>
    gql(
      api.url,
      `mutation($i: ID!, $t: String!, $c: PaperConfidentiality!, $r: ID) { createPaperUpload(agendaItemId: $i, title: $t, confidentiality: $c, replacePaperId: $r) { uploadUrl expiresAt maxBytes } }`,
      { i: vars.item ?? item, t: vars.title ?? 'Sector assessment', c: vars.confidentiality ?? 'PARTNERSHIP', r: vars.replace ?? null },
      { token: as },
    );

  const put = (path: string, bytes: Buffer, headers: Record<string, string>) => fetch(`${api.url}${path}`, { method: 'PUT', body: new Uint8Array(bytes), headers: { 'content-type': 'application/octet-stream', ...headers } });

  async function upload(bytes: Buffer, filename: string, opts: { as?: string; confidentiality?: string; replace?: string } = {}) {
    const as = opts.as ?? token.coordinator;
    const t = await ticket(as, { confidentiality: opts.confidentiality, replace: opts.replace });
    expect(t.errors).toBeUndefined();
    const res = await put(t.data!.createPaperUpload.uploadUrl, bytes, { authorization: `Bearer ${as}`, 'x-filename': encodeURIComponent(filename) });
    return { status: res.status, body: (await res.json()) as any };
  }

  const counts = async () => (await api.db.query(`SELECT (SELECT count(*) FROM stored_file)::int AS files, (SELECT count(*) FROM paper)::int AS papers, (SELECT count(*) FROM paper_version)::int AS versions`))[0];
  const download = (path: string, as?: string) => fetch(`${api.url}${path}`, { headers: as ? { authorization: `Bearer ${as}` } : {} });

  beforeAll(async () => {
    api = await startApi({ PUBLIC_WEB_URL: 'http://web.convene.test' });
    p = await seedPartnership(api.db, 'papers');
    other = await seedPartnership(api.db, 'papers-other');
    const extra = async (name: string) => {
      const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $1, password_hash FROM account WHERE id = $2 RETURNING id`, [`${name}@papers.test`, p.member.accountId]);
      return (await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]))[0].id as string;
    };
    const chair = await extra('chair');
    readerPerson = await extra('bystander');
    const [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Destitution Steering Group', 'dsg', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR'), ($1, $3, 'MEMBER')`, [group, chair, p.member.personId]);
    const [{ id: meeting }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', now() + interval '30 days', now() + interval '30 days 2 hours') RETURNING id`, [group]);
    [{ id: item }] = await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title, papers) VALUES ($1, 1, 'Sector activity assessment', '[{"title":"Briefing","url":"https://example.org/briefing"}]') RETURNING id`, [meeting]);
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.chair = await signIn('chair@papers.test', p.member.password);
    token.member = await signIn(p.member.email, p.member.password);
    token.bystander = await signIn('bystander@papers.test', p.member.password);
    token.outsider = await signIn(other.member.email, other.member.password);
  });
  afterAll(() => api.close());

  it('uploads a PDF as a paper, lists it beside the links, and serves it back with safe headers', async () => {
    const bytes = await pdfBytes(3);
    const { status, body } = await upload(bytes, 'Sector assessment – Q3.pdf');
    expect(status).toBe(201);
    expect(body.paper).toMatchObject({ title: 'Sector assessment', filename: 'Sector assessment – Q3.pdf', contentType: 'application/pdf', size: bytes.length, pageCount: 3, version: 1 });
    const listed = await gql(api.url, `query($id: ID!) { meeting(id: $id) { agendaItems { papers { title url } files { id title confidentiality filename contentType size pageCount version downloadUrl author { id } versions { version } } } } }`, { id: (await api.db.query(`SELECT meeting_id FROM agenda_item WHERE id = $1`, [item]))[0].meeting_id }, { token: token.member });
    const [agendaItem] = listed.data!.meeting.agendaItems;
    expect(agendaItem.papers).toEqual([{ title: 'Briefing', url: 'https://example.org/briefing' }]);
    expect(agendaItem.files).toEqual([expect.objectContaining({ id: body.paper.id, confidentiality: 'PARTNERSHIP', pageCount: 3, downloadUrl: `/papers/${body.paper.id}`, author: { id: p.coordinator.personId }, versions: [{ version: 1 }] })]);
    const res = await download(`/papers/${body.paper.id}`, token.member);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="Sector assessment _ Q3.pdf"; filename*=UTF-8''Sector%20assessment%20%E2%80%93%20Q3.pdf`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    const docx = await upload(await docxBytes(), 'terms.docx');
    expect((await download(`/papers/${docx.body.paper.id}`, token.member)).headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('replaces a paper with a new version and keeps the old one', async () => {
    const first = await upload(PNG, 'map.png');
    const second = await pdfBytes(1);
    const replaced = await upload(second, 'map.pdf', { replace: first.body.paper.id });
    expect(replaced.status).toBe(201);
    expect(replaced.body.paper).toMatchObject({ id: first.body.paper.id, version: 2, contentType: 'application/pdf', filename: 'map.pdf' });
    expect(Buffer.from(await (await download(`/papers/${first.body.paper.id}/1`, token.member)).arrayBuffer()).equals(PNG)).toBe(true);
    expect(Buffer.from(await (await download(`/papers/${first.body.paper.id}`, token.member)).arrayBuffer()).equals(second)).toBe(true);
    expect((await download(`/papers/${first.body.paper.id}/3`, token.member)).status).toBe(404);
  });

  it('answers forbidden and not found alike, for each confidentiality and role', async () => {
    const papers: Record<string, string> = {};
    for (const c of ['PUBLIC', 'PARTNERSHIP', 'GROUP', 'RESTRICTED']) papers[c] = (await upload(await pdfBytes(1, c), `${c.toLowerCase()}.pdf`, { confidentiality: c })).body.paper.id;
    const named = await gql(api.url, `mutation($p: ID!, $r: [ID!]) { setPaperConfidentiality(paperId: $p, confidentiality: RESTRICTED, readerIds: $r) { id confidentiality } }`, { p: papers.RESTRICTED, r: [readerPerson] }, { token: token.coordinator });
    expect(named.errors).toBeUndefined();
    const expected: Record<string, string> = { PUBLIC: 'Y Y Y Y -', PARTNERSHIP: 'Y Y Y Y -', GROUP: 'Y Y Y - -', RESTRICTED: 'Y Y - Y -' };
    const roles = ['coordinator', 'chair', 'member', 'bystander', 'outsider'] as const;
    const missing = await download(`/papers/00000000-0000-4000-8000-000000000000`, token.member);
    const notFound = await missing.text();
    for (const [c, row] of Object.entries(expected)) {
      const actual: string[] = [];
      for (const role of roles) {
        const res = await download(`/papers/${papers[c]}`, token[role]);
        expect([200, 404]).toContain(res.status);
        if (res.status === 404) expect(await res.text()).toBe(notFound);
        else await res.arrayBuffer();
        actual.push(res.status === 200 ? 'Y' : '-');
      }
      expect({ c, row: actual.join(' ') }).toEqual({ c, row });
    }
    expect((await download(`/papers/${papers.PUBLIC}`)).status).toBe(401);
    // A list holds only what the single download allows.
    const listed = await gql(api.url, `query($id: ID!) { meeting(id: $id) { agendaItems { files { id } } } }`, { id: (await api.db.query(`SELECT meeting_id FROM agenda_item WHERE id = $1`, [item]))[0].meeting_id }, { token: token.member });
    const ids = listed.data!.meeting.agendaItems[0].files.map((f: { id: string }) => f.id);
    expect(ids).toEqual(expect.arrayContaining([papers.PUBLIC, papers.PARTNERSHIP, papers.GROUP]));
    expect(ids).not.toContain(papers.RESTRICTED);
  });

  it('lets only those who manage the item ask for an upload ticket', async () => {
    expect((await ticket(token.chair)).errors).toBeUndefined();
    for (const as of [token.member, token.bystander, token.outsider]) expect((await ticket(as)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['a wrong extension', () => Promise.resolve(PNG), 'photo.pdf', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a program renamed .pdf', () => Promise.resolve(exeBytes()), 'agenda.pdf', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a polyglot (a PDF that is also a zip)', async () => Buffer.concat([await pdfBytes(), await docxBytes()]), 'report.pdf', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['26 MB', () => Promise.resolve(Buffer.alloc(26 * 1024 * 1024, 0x20)), 'big.csv', 413, 'PAYLOAD_TOO_LARGE'],
    ['a zip bomb', zipBomb, 'terms.docx', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a macro-enabled docx', () => docxBytes({ macros: true }), 'terms.docx', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a ../ filename', () => pdfBytes(), '../../etc/cron.d/x.pdf', 400, 'BAD_USER_INPUT'],
    ['a CR/LF filename', () => pdfBytes(), 'x.pdf\r\nSet-Cookie: a=b', 400, 'BAD_USER_INPUT'],
    ['a 300-character filename', () => pdfBytes(), `${'a'.repeat(296)}.pdf`, 400, 'BAD_USER_INPUT'],
  ])('refuses %s and stores nothing', async (_what, bytes, filename, status, code) => {
    const before = await counts();
    const result = await upload(await bytes(), filename);
    expect({ status: result.status, code: result.body.errors[0].extensions.code }).toEqual({ status, code });
    expect(result.body.errors[0].message.length).toBeGreaterThan(10);
    expect(await counts()).toEqual(before);
  });

  it('refuses a body that grows past the limit while it streams, without a Content-Length', async () => {
    const before = await counts();
    const t = (await ticket(token.coordinator)).data!.createPaperUpload;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 200 MB on offer: the API answers once it passes 25 MB, and the client stops sending.
        if (sent++ < 200) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${api.url}${t.uploadUrl}`, { method: 'PUT', body, duplex: 'half', headers: { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'endless.csv' } } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(sent).toBeLessThan(200);
    expect(await counts()).toEqual(before);
  });

  it('stores the same bytes once, however many papers hold them', async () => {
    const bytes = await pdfBytes(2, 'Shared briefing');
    const a = await upload(bytes, 'briefing.pdf');
    const b = await upload(bytes, 'briefing-copy.pdf');
    expect(a.body.paper.id).not.toBe(b.body.paper.id);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM stored_file s JOIN paper_version v ON v.sha256 = s.sha256 WHERE v.paper_id = ANY($1::uuid[])`, [[a.body.paper.id, b.body.paper.id]]);
    const [{ files }] = await api.db.query(`SELECT count(DISTINCT sha256)::int AS files FROM paper_version WHERE paper_id = ANY($1::uuid[])`, [[a.body.paper.id, b.body.paper.id]]);
    expect({ n, files }).toEqual({ n: 2, files: 1 });
    // Deleting one keeps the bytes for the other; deleting both removes them.
    const del = (id: string) => gql(api.url, `mutation($p: ID!) { deletePaper(paperId: $p) }`, { p: id }, { token: token.coordinator });
    const [{ sha256 }] = await api.db.query(`SELECT sha256 FROM paper_version WHERE paper_id = $1`, [a.body.paper.id]);
    expect((await del(a.body.paper.id)).data!.deletePaper).toBe(true);
    expect((await api.db.query(`SELECT 1 FROM stored_file WHERE sha256 = $1`, [sha256])).length).toBe(1);
    await del(b.body.paper.id);
    expect((await api.db.query(`SELECT 1 FROM stored_file WHERE sha256 = $1`, [sha256])).length).toBe(0);
    expect((await download(`/papers/${b.body.paper.id}`, token.coordinator)).status).toBe(404);
  });

  it('removes the bytes of papers that go with their agenda item', async () => {
    const [{ meeting_id: meetingId }] = await api.db.query(`SELECT meeting_id FROM agenda_item WHERE id = $1`, [item]);
    const [{ id: doomed }] = await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 9, 'Withdrawn item') RETURNING id`, [meetingId]);
    const t = await ticket(token.coordinator, { item: doomed });
    const bytes = await pdfBytes(1, 'Only on the withdrawn item');
    expect((await put(t.data!.createPaperUpload.uploadUrl, bytes, { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'withdrawn.pdf' })).status).toBe(201);
    const [{ sha256 }] = await api.db.query(`SELECT v.sha256 FROM paper_version v JOIN paper p ON p.id = v.paper_id WHERE p.agenda_item_id = $1`, [doomed]);
    expect((await gql(api.url, `mutation($id: ID!) { removeAgendaItem(id: $id) }`, { id: doomed }, { token: token.coordinator })).data!.removeAgendaItem).toBe(true);
    expect(await api.db.query(`SELECT 1 FROM stored_file WHERE sha256 = $1`, [sha256])).toEqual([]);
  });

  it('refuses an unknown paper store, or s3 without its bucket, at boot, by name', () => {
    const env = { ...process.env, DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL };
    expect(() => loadConfig(apiConfigSchema, { ...env, PAPER_STORAGE: 'ftp' })).toThrow(/PAPER_STORAGE: must be postgres or s3/);
    expect(() => loadConfig(apiConfigSchema, { ...env, PAPER_STORAGE: 's3', S3_BUCKET: '' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig(apiConfigSchema, { ...env, PAPER_STORAGE: 's3', S3_BUCKET: 'papers', S3_ACCESS_KEY_ID: 'key' })).toThrow(/S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together/);
    expect(loadConfig(apiConfigSchema, { ...env, PAPER_STORAGE: 's3', S3_BUCKET: 'papers', S3_FORCE_PATH_STYLE: 'true' })).toMatchObject({ PAPER_STORAGE: 's3', S3_BUCKET: 'papers', S3_FORCE_PATH_STYLE: true });
    expect(() => loadConfig(apiConfigSchema, { ...env, CLAMD_URL: 'http://clamd:3310' })).toThrow(/CLAMD_URL: must be a URL starting with tcp:\/\//);
  });

  it('uses a ticket once, for its own person, within ten minutes', async () => {
    const t = (await ticket(token.coordinator)).data!.createPaperUpload;
    expect(t.maxBytes).toBe(25 * 1024 * 1024);
    const bytes = await pdfBytes(1);
    expect((await put(t.uploadUrl, bytes, { authorization: `Bearer ${token.chair}`, 'x-filename': 'a.pdf' })).status).toBe(404);
    expect((await put(t.uploadUrl, bytes, { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'a.pdf' })).status).toBe(201);
    expect((await put(t.uploadUrl, bytes, { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'a.pdf' })).status).toBe(404);
    const late = (await ticket(token.coordinator)).data!.createPaperUpload;
    api.clock.advance(11 * 60_000);
    try {
      expect((await put(late.uploadUrl, bytes, { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'a.pdf' })).status).toBe(404);
    } finally {
      api.clock.reset();
    }
    expect((await put(t.uploadUrl, bytes, { 'x-filename': 'a.pdf' })).status).toBe(401);
  });

  it('needs the web client’s origin when the session comes from a cookie', async () => {
    const cookie = `convene_session=${token.coordinator}`;
    const bytes = await pdfBytes(1);
    const t = (await ticket(token.coordinator)).data!.createPaperUpload;
    const elsewhere = await put(t.uploadUrl, bytes, { cookie, origin: 'https://evil.example', 'x-filename': 'a.pdf' });
    expect(elsewhere.status).toBe(403);
    expect((await elsewhere.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await put(t.uploadUrl, bytes, { cookie, 'x-filename': 'a.pdf' })).status).toBe(403);
    const ok = await fetch(`${api.url}${t.uploadUrl}?filename=${encodeURIComponent('from the web.pdf')}`, { method: 'PUT', body: new Uint8Array(bytes), headers: { cookie, origin: 'http://web.convene.test' } });
    expect(ok.status).toBe(201);
    expect((await ok.json()).paper.filename).toBe('from the web.pdf');
  });
});
