import { connect } from 'node:net';
import { gql, seedPartnership, type SeededPartnership } from '@convene/testing';
import { docxBytes, pdfBytes } from '../../../libs/server/papers/src/testing/paper-fixtures';
import { loggedPath } from './bootstrap';
import { startApi, type ApiHarness } from './testing/api-harness';

/** The smallest JPEG file-type recognises: SOI, a JFIF APP0 segment, EOI. */
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
const MISSING = '00000000-0000-4000-8000-000000000000';
const WEB = 'http://web.convene.test';

type Role = 'coordinator' | 'chair' | 'member' | 'bystander' | 'named' | 'outsider';
const ROLES: Role[] = ['coordinator', 'chair', 'member', 'bystander', 'named', 'outsider'];

/**
 * Papers from outside, as docs/api.md describes them: each role against the ticket, the PUT and
 * the downloads; hostile names and bodies; requests that lie about their length; concurrent
 * replacements and uploads of the same bytes.
 */
describe('papers under attack', () => {
  let api: ApiHarness;
  let p: SeededPartnership;
  let other: SeededPartnership;
  const token = {} as Record<Role, string>;
  const person = {} as Record<Role, string>;
  let group: string;
  let meeting: string;
  let item: string;
  let otherItem: string;

  const signIn = async (email: string, password: string) => (await gql(api.url, `mutation($i: SignInInput!) { signIn(input: $i) { token } }`, { i: { email, password } })).data!.signIn.token as string;
  const as = (who: Role, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });

  const ticket = (who: Role, vars: { item?: string; confidentiality?: string; replace?: string | null; title?: string } = {}) =>
    as(who, `mutation($i: ID!, $t: String!, $c: PaperConfidentiality!, $r: ID) { createPaperUpload(agendaItemId: $i, title: $t, confidentiality: $c, replacePaperId: $r) { uploadUrl expiresAt maxBytes } }`, {
      i: vars.item ?? item,
      t: vars.title ?? 'Paper',
      c: vars.confidentiality ?? 'PARTNERSHIP',
      r: vars.replace ?? null,
    });
  const put = (path: string, bytes: Buffer | Uint8Array, headers: Record<string, string>) => fetch(`${api.url}${path}`, { method: 'PUT', body: new Uint8Array(bytes), headers });

  async function upload(bytes: Buffer, filename: string, opts: { who?: Role; confidentiality?: string; replace?: string; item?: string } = {}) {
    const who = opts.who ?? 'coordinator';
    const t = await ticket(who, { confidentiality: opts.confidentiality, replace: opts.replace, item: opts.item });
    expect(t.errors).toBeUndefined();
    const res = await put(t.data!.createPaperUpload.uploadUrl, bytes, { authorization: `Bearer ${token[who]}`, 'x-filename': encodeURIComponent(filename), 'content-type': 'application/octet-stream' });
    return { status: res.status, body: (await res.json()) as any };
  }
  const restrict = async (paperId: string, readers: string[]) => expect((await as('coordinator', `mutation($p: ID!, $r: [ID!]) { setPaperConfidentiality(paperId: $p, confidentiality: RESTRICTED, readerIds: $r) { id } }`, { p: paperId, r: readers })).errors).toBeUndefined();
  const get = (path: string, who?: Role, init: RequestInit = {}) => fetch(`${api.url}${path}`, { ...init, headers: { ...(who ? { authorization: `Bearer ${token[who]}` } : {}), ...(init.headers as Record<string, string>) } });
  const counts = async () => (await api.db.query(`SELECT (SELECT count(*) FROM stored_file)::int AS files, (SELECT count(*) FROM paper)::int AS papers, (SELECT count(*) FROM paper_version)::int AS versions`))[0];
  /** An error answer's shape, without the words that name what was looked for. */
  const shape = (body: any) => ({ code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, data: body.data ?? null });

  beforeAll(async () => {
    api = await startApi({ PUBLIC_WEB_URL: WEB });
    p = await seedPartnership(api.db, 'attack');
    other = await seedPartnership(api.db, 'attack-other');
    const extra = async (name: string) => {
      const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash) SELECT $1, $1, password_hash FROM account WHERE id = $2 RETURNING id`, [`${name}@attack.test`, p.member.accountId]);
      return (await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]))[0].id as string;
    };
    person.coordinator = p.coordinator.personId;
    person.member = p.member.personId;
    person.chair = await extra('chair');
    person.bystander = await extra('bystander');
    person.named = await extra('named');
    person.outsider = other.member.personId;
    [{ id: group }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Destitution Steering Group', 'dsg', 'STEERING_GROUP', 'PARTNERSHIP') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR'), ($1, $3, 'MEMBER')`, [group, person.chair, person.member]);
    [{ id: meeting }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Meeting', now() + interval '30 days', now() + interval '30 days 2 hours') RETURNING id`, [group]);
    [{ id: item }] = await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 1, 'Contract award (exempt)') RETURNING id`, [meeting]);
    [{ id: otherItem }] = await api.db.query(`INSERT INTO agenda_item (meeting_id, position, title) VALUES ($1, 2, 'Winter shelter') RETURNING id`, [meeting]);
    token.coordinator = await signIn(p.coordinator.email, p.coordinator.password);
    token.member = await signIn(p.member.email, p.member.password);
    for (const who of ['chair', 'bystander', 'named'] as const) token[who] = await signIn(`${who}@attack.test`, p.member.password);
    token.outsider = await signIn(other.member.email, other.member.password);
  });
  afterAll(() => api.close());

  it('works from the documentation alone: ticket, PUT with ?filename=, GET, HEAD, an old version, and Range answered with the whole file', async () => {
    const t = (await ticket('coordinator', { title: 'Tender scores' })).data!.createPaperUpload;
    expect(t).toEqual({ uploadUrl: expect.stringMatching(/^\/papers\/uploads\/\S+$/), expiresAt: expect.any(String), maxBytes: 26_214_400 });
    expect(new Date(t.expiresAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);
    const bytes = await pdfBytes(2, 'Tender scores');
    const res = await fetch(`${api.url}${t.uploadUrl}?filename=${encodeURIComponent('tender scores.pdf')}`, { method: 'PUT', body: new Uint8Array(bytes), headers: { authorization: `Bearer ${token.coordinator}`, 'content-type': 'application/pdf' } });
    expect(res.status).toBe(201);
    const { paper } = (await res.json()) as any;
    expect(paper).toMatchObject({ title: 'Tender scores', confidentiality: 'PARTNERSHIP', filename: 'tender scores.pdf', contentType: 'application/pdf', size: bytes.length, pageCount: 2, version: 1, downloadUrl: `/papers/${paper.id}`, scanStatus: 'CLEAN', supplement: false });

    const safe = (r: Response) => ({
      type: r.headers.get('content-type'),
      disposition: r.headers.get('content-disposition'),
      nosniff: r.headers.get('x-content-type-options'),
      csp: r.headers.get('content-security-policy'),
      cache: r.headers.get('cache-control'),
    });
    const expected = { type: 'application/pdf', disposition: `inline; filename="tender scores.pdf"; filename*=UTF-8''tender%20scores.pdf`, nosniff: 'nosniff', csp: "sandbox; default-src 'none'", cache: 'private, no-store' };
    for (const path of [`/papers/${paper.id}`, `/papers/${paper.id}/1`]) {
      const got = await get(path, 'member');
      expect({ status: got.status, ...safe(got) }).toEqual({ status: 200, ...expected });
      expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
      const head = await get(path, 'member', { method: 'HEAD' });
      expect({ status: head.status, ...safe(head), length: head.headers.get('content-length') }).toEqual({ status: 200, ...expected, length: String(bytes.length) });
      expect((await head.arrayBuffer()).byteLength).toBe(0);
    }
    // Range is not honoured: the whole file, 200, and no Accept-Ranges to suggest otherwise.
    const ranged = await get(`/papers/${paper.id}`, 'member', { headers: { range: 'bytes=0-3' } });
    expect({ status: ranged.status, ranges: ranged.headers.get('accept-ranges'), size: (await ranged.arrayBuffer()).byteLength }).toEqual({ status: 200, ranges: null, size: bytes.length });
    // Without a session, HEAD answers 401 like GET, with no bytes.
    expect((await get(`/papers/${paper.id}`, undefined, { method: 'HEAD' })).status).toBe(401);
  });

  it('keeps a RESTRICTED paper and each of its versions from everyone but its named reader and its managers, answering 404 exactly as for a missing paper', async () => {
    const first = await upload(await pdfBytes(1, 'Part B v1'), 'part-b.pdf', { confidentiality: 'RESTRICTED' });
    const paperId = first.body.paper.id as string;
    await restrict(paperId, [person.named]);
    expect((await upload(await pdfBytes(1, 'Part B v2'), 'part-b-2.pdf', { confidentiality: 'RESTRICTED', replace: paperId })).body.paper.version).toBe(2);
    const missing = await (await get(`/papers/${MISSING}`, 'member')).text();
    const expected: Record<Role, number> = { coordinator: 200, chair: 200, member: 404, bystander: 404, named: 200, outsider: 404 };
    for (const path of [`/papers/${paperId}`, `/papers/${paperId}/1`, `/papers/${paperId}/2`]) {
      for (const who of ROLES) {
        for (const method of ['GET', 'HEAD']) {
          const res = await get(path, who, { method });
          const body = await res.text();
          expect({ path, who, method, status: res.status }).toEqual({ path, who, method, status: expected[who] });
          if (res.status === 404 && method === 'GET') expect(body).toBe(missing);
        }
      }
    }
    // Versions that do not exist, and addresses that are not versions, answer the same 404.
    for (const path of [`/papers/${paperId}/3`, `/papers/${paperId}/0`, `/papers/${paperId}/abc`, `/papers/not-a-uuid`]) {
      const res = await get(path, 'named');
      expect({ path, status: res.status, body: await res.text() }).toEqual({ path, status: 404, body: missing });
    }

    // GraphQL: the meeting's items, their files and versions, for each role.
    const listed = async (who: Role) => {
      const r = await as(who, `query($id: ID!) { meeting(id: $id) { agendaItems { id files { id versions { version downloadUrl } readers { id } readerChoices { id } } } } }`, { id: meeting });
      return r.data?.meeting.agendaItems.find((i: { id: string }) => i.id === item)?.files.find((f: { id: string }) => f.id === paperId) ?? null;
    };
    for (const who of ['member', 'bystander', 'outsider'] as const) expect({ who, paper: await listed(who) }).toEqual({ who, paper: null });
    // The named reader sees the paper, but not who else may read it.
    expect(await listed('named')).toEqual({ id: paperId, versions: [{ version: 2, downloadUrl: `/papers/${paperId}/2` }, { version: 1, downloadUrl: `/papers/${paperId}/1` }], readers: [], readerChoices: [] });
    expect((await listed('chair')).readers).toEqual([{ id: person.named }]);
  });

  it('answers management by anyone who may not manage a paper exactly as it answers a paper that does not exist', async () => {
    const paperId = (await upload(await pdfBytes(1, 'Managed'), 'managed.pdf', { confidentiality: 'RESTRICTED' })).body.paper.id as string;
    await restrict(paperId, [person.named]);
    const operations = {
      replace: (who: Role, id: string) => ticket(who, { replace: id }),
      confidentiality: (who: Role, id: string) => as(who, `mutation($p: ID!) { setPaperConfidentiality(paperId: $p, confidentiality: PARTNERSHIP) { id } }`, { p: id }),
      delete: (who: Role, id: string) => as(who, `mutation($p: ID!) { deletePaper(paperId: $p) }`, { p: id }),
    };
    for (const [name, run] of Object.entries(operations)) {
      for (const who of ['member', 'bystander', 'named', 'outsider'] as const) {
        const forbidden = shape(await run(who, paperId));
        const missing = shape(await run(who, MISSING));
        expect({ name, who, forbidden }).toEqual({ name, who, forbidden: missing });
        expect(forbidden.code).toBe('NOT_FOUND');
      }
    }
    // A new paper on the item: the same for an item one may read and one that does not exist.
    for (const who of ['member', 'bystander', 'named', 'outsider'] as const) {
      expect({ who, answer: shape(await ticket(who)) }).toEqual({ who, answer: shape(await ticket(who, { item: MISSING })) });
    }
    // Nothing changed.
    expect(await api.db.query(`SELECT confidentiality FROM paper WHERE id = $1`, [paperId])).toEqual([{ confidentiality: 'RESTRICTED' }]);
    // The chair manages it: every operation works.
    expect((await operations.replace('chair', paperId)).errors).toBeUndefined();
    expect((await operations.delete('chair', paperId)).data).toEqual({ deletePaper: true });
  });

  it.each([
    ['a NUL byte', 'tender%00.pdf'],
    ['a right-to-left override (fdp.exe shown as exe.pdf)', 'tender%E2%80%AEfdp.exe'],
    ['a right-to-left override before .pdf', 'report%E2%80%AEcod.pdf'],
    ['a first-strong isolate', 'report%E2%81%A8.pdf'],
    ['a CR/LF, percent-encoded', 'a.pdf%0D%0ASet-Cookie%3A%20x%3Dy'],
    ['a backslash folder', '..%5C..%5Cwin.ini.pdf'],
    ['300 characters', encodeURIComponent(`${'ا'.repeat(296)}.pdf`)],
    ['only an extension', '.pdf'],
    ['bad percent-encoding', 'report%E2.pdf'],
  ])('refuses a filename with %s, naming the field, and stores nothing', async (_what, raw) => {
    const before = await counts();
    const t = (await ticket('coordinator')).data!.createPaperUpload;
    const res = await put(t.uploadUrl, await pdfBytes(1), { authorization: `Bearer ${token.coordinator}`, 'x-filename': raw });
    const body = (await res.json()) as any;
    expect({ status: res.status, code: body.errors[0].extensions.code, field: body.errors[0].extensions.field }).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'filename' });
    expect(await counts()).toEqual(before);
    // The ticket is still good for a proper file.
    expect((await put(t.uploadUrl, await pdfBytes(1), { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'fine.pdf' })).status).toBe(201);
  });

  it.each([
    ['a JPEG with a zip appended', async () => Buffer.concat([JPEG, await docxBytes()]), 'photo.jpg'],
    ['a PNG-named JPEG', async () => JPEG, 'photo.png'],
    ['a docx named .pdf', () => docxBytes(), 'report.pdf'],
    ['a PDF named .docx', () => pdfBytes(1), 'report.docx'],
    ['a shell script named .csv with a NUL', async () => Buffer.from('#!/bin/sh\nrm -rf /\n\0'), 'data.csv'],
    ['an HTML page named .exe', async () => Buffer.from('<html></html>'), 'page.exe'],
    ['an empty body', async () => Buffer.alloc(0), 'empty.pdf'],
  ])('refuses %s with 415 and stores nothing', async (_what, bytes, filename) => {
    const before = await counts();
    const t = (await ticket('coordinator')).data!.createPaperUpload;
    const res = await put(t.uploadUrl, await bytes(), { authorization: `Bearer ${token.coordinator}`, 'x-filename': filename, 'content-type': 'application/octet-stream' });
    const body = (await res.json()) as any;
    expect({ status: res.status, code: body.errors[0].extensions.code }).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(body.errors[0].message.length).toBeGreaterThan(10);
    expect(await counts()).toEqual(before);
  });

  it('takes a plain JPEG, served inline with the safe headers', async () => {
    const { status, body } = await upload(JPEG, 'map.jpeg');
    expect({ status, contentType: body.paper.contentType }).toEqual({ status: 201, contentType: 'image/jpeg' });
    const res = await get(`/papers/${body.paper.id}`, 'member');
    expect([res.headers.get('content-disposition'), res.headers.get('content-security-policy')]).toEqual([`inline; filename="map.jpeg"; filename*=UTF-8''map.jpeg`, "sandbox; default-src 'none'"]);
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded', () => pdfBytes(1, 'As a form'), 'sent.pdf', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a form that is also a CSV', 'application/x-www-form-urlencoded', async () => Buffer.from('area=Birmingham&beds=40\n'), 'beds.csv', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['JSON that is also a CSV', 'application/json', async () => Buffer.from('["area","beds"]\n'), 'beds.csv', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['JSON that is not JSON', 'application/json', () => pdfBytes(1, 'As JSON'), 'sent.pdf', 400, 'BAD_REQUEST'],
  ])('answers %s at once rather than waiting for a body the parsers already read, and stores nothing', async (_what, contentType, bytes, filename, status, code) => {
    const before = await counts();
    const t = (await ticket('coordinator')).data!.createPaperUpload;
    const res = await put(t.uploadUrl, await bytes(), { authorization: `Bearer ${token.coordinator}`, 'x-filename': filename, 'content-type': contentType, connection: 'close' }).catch((error: Error) => error);
    expect(res).toBeInstanceOf(Response);
    const body = (await (res as Response).json()) as any;
    expect({ status: (res as Response).status, code: body.errors[0].extensions.code }).toEqual({ status, code });
    expect(await counts()).toEqual(before);
    // The same ticket takes the bytes sent as they are.
    expect((await put(t.uploadUrl, await bytes(), { authorization: `Bearer ${token.coordinator}`, 'x-filename': filename, 'content-type': 'text/plain' })).status).toBe(201);
  }, 10_000);

  it('refuses tickets that are not for this paper: another item’s paper, a paper deleted since, a manager who stepped down', async () => {
    const elsewhere = (await upload(await pdfBytes(1, 'Elsewhere'), 'elsewhere.pdf', { item: otherItem })).body.paper.id as string;
    // Replacing a paper of another item through this item's ticket: refused as if it did not exist.
    expect(shape(await ticket('coordinator', { replace: elsewhere }))).toEqual(shape(await ticket('coordinator', { replace: MISSING })));
    expect((await ticket('coordinator', { replace: elsewhere })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Someone else's ticket answers as an unknown one does.
    const mine = (await ticket('coordinator')).data!.createPaperUpload;
    const theirs = await put(mine.uploadUrl, await pdfBytes(1), { authorization: `Bearer ${token.chair}`, 'x-filename': 'theirs.pdf' });
    const unknown = await put(`/papers/uploads/${mine.uploadUrl.split('/').pop()!.slice(0, -4)}abcd`, await pdfBytes(1), { authorization: `Bearer ${token.chair}`, 'x-filename': 'theirs.pdf' });
    expect([theirs.status, await theirs.text()]).toEqual([unknown.status, await unknown.text()]);
    expect(theirs.status).toBe(404);

    // A replacement ticket for a paper deleted before the PUT.
    const doomed = (await upload(await pdfBytes(1, 'Doomed'), 'doomed.pdf')).body.paper.id as string;
    const late = (await ticket('coordinator', { replace: doomed })).data!.createPaperUpload;
    expect((await as('coordinator', `mutation($p: ID!) { deletePaper(paperId: $p) }`, { p: doomed })).data).toEqual({ deletePaper: true });
    const before = await counts();
    expect((await put(late.uploadUrl, await pdfBytes(1, 'Too late'), { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'late.pdf' })).status).toBe(404);

    // The chair's ticket stops working once they leave the group.
    const chairs = (await ticket('chair')).data!.createPaperUpload;
    await api.db.query(`DELETE FROM group_member WHERE group_id = $1 AND person_id = $2`, [group, person.chair]);
    try {
      const res = await put(chairs.uploadUrl, await pdfBytes(1, 'Former chair'), { authorization: `Bearer ${token.chair}`, 'x-filename': 'former.pdf' });
      expect({ status: res.status, code: ((await res.json()) as any).errors[0].extensions.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    } finally {
      await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR')`, [group, person.chair]);
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps a confidentiality a manager set after a replacement ticket was issued', async () => {
    const paperId = (await upload(await pdfBytes(1, 'Open at first'), 'open.pdf', { confidentiality: 'PARTNERSHIP' })).body.paper.id as string;
    // The ticket is asked for while the paper is open to the partnership ...
    const t = (await ticket('coordinator', { replace: paperId, confidentiality: 'PARTNERSHIP' })).data!.createPaperUpload;
    // ... then the chair restricts it (an exempt item) before the new version arrives.
    expect((await as('chair', `mutation($p: ID!, $r: [ID!]) { setPaperConfidentiality(paperId: $p, confidentiality: RESTRICTED, readerIds: $r) { id } }`, { p: paperId, r: [person.named] })).errors).toBeUndefined();
    const res = await put(t.uploadUrl, await pdfBytes(1, 'Exempt now'), { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'exempt.pdf' });
    expect(res.status).toBe(201);
    expect(((await res.json()) as any).paper).toMatchObject({ version: 2, confidentiality: 'RESTRICTED' });
    expect((await get(`/papers/${paperId}`, 'member')).status).toBe(404);
    expect((await get(`/papers/${paperId}/1`, 'bystander')).status).toBe(404);
    expect((await get(`/papers/${paperId}`, 'named')).status).toBe(200);
    // A ticket asked for after the change sets what it says.
    const later = (await ticket('coordinator', { replace: paperId, confidentiality: 'GROUP' })).data!.createPaperUpload;
    const again = await put(later.uploadUrl, await pdfBytes(1, 'Group only'), { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'group.pdf' });
    expect(((await again.json()) as any).paper).toMatchObject({ version: 3, confidentiality: 'GROUP' });
  });

  /** Raw HTTP, for requests fetch will not send: a Content-Length that does not match the body. */
  function rawPut(path: string, headers: Record<string, string | number>, body: Buffer, { end = true } = {}): Promise<string> {
    return new Promise((resolve, reject) => {
      const { port } = new URL(api.url);
      const socket = connect(Number(port), '127.0.0.1');
      let answer = '';
      socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to a lying request; got: ${answer}`)));
      socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
      socket.on('close', () => resolve(answer));
      socket.on('error', (error) => (answer ? resolve(answer) : reject(error)));
      socket.write(`PUT ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`);
      socket.write(body);
      if (end) socket.end();
    });
  }

  it('stores nothing when Content-Length lies, either way, and keeps answering afterwards', async () => {
    const before = await counts();
    const bytes = await pdfBytes(3, 'Length lies');
    // Shorter than the body: only the declared bytes are the file, a truncated PDF.
    const short = (await ticket('coordinator')).data!.createPaperUpload;
    const shortAnswer = await rawPut(short.uploadUrl, { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'short.pdf', 'content-length': 100 }, bytes);
    // Node reads the rest as a second request and refuses it (400); the truncated file is refused too.
    expect(shortAnswer).toMatch(/^HTTP\/1\.1 4\d\d /);
    // Longer than the body, and the client hangs up: nothing is kept.
    const long = (await ticket('coordinator')).data!.createPaperUpload;
    const longAnswer = await rawPut(long.uploadUrl, { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'long.pdf', 'content-length': bytes.length + 5000 }, bytes);
    expect(longAnswer).not.toMatch(/^HTTP\/1\.1 20/);
    // Over the limit by its own account: refused before a byte is read.
    const huge = (await ticket('coordinator')).data!.createPaperUpload;
    expect(await rawPut(huge.uploadUrl, { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'huge.pdf', 'content-length': 26_214_401 }, Buffer.alloc(0), { end: false })).toMatch(/^HTTP\/1\.1 413 /);
    expect(await counts()).toEqual(before);
    // The unused tickets still take a proper upload.
    expect((await put(long.uploadUrl, bytes, { authorization: `Bearer ${token.coordinator}`, 'x-filename': 'proper.pdf' })).status).toBe(201);
  }, 30_000);

  it('numbers concurrent replacements apart, stores bytes uploaded twice at once only once, and keeps shared bytes when one holder goes', async () => {
    const paperId = (await upload(await pdfBytes(1, 'Base'), 'base.pdf')).body.paper.id as string;
    const [a, b, c] = await Promise.all([1, 2, 3].map(async (n) => upload(await pdfBytes(1, `Concurrent ${n}`), `c${n}.pdf`, { replace: paperId })));
    expect([a, b, c].map((r) => r.status)).toEqual([201, 201, 201]);
    expect([a, b, c].map((r) => r.body.paper.version).sort()).toEqual([2, 3, 4]);
    expect((await api.db.query(`SELECT version FROM paper_version WHERE paper_id = $1 ORDER BY version`, [paperId])).map((r: { version: number }) => r.version)).toEqual([1, 2, 3, 4]);

    const same = await pdfBytes(2, 'The same bytes, twice at once');
    const twins = await Promise.all([upload(same, 'twin-a.pdf'), upload(same, 'twin-b.pdf', { item: otherItem })]);
    expect(twins.map((t) => t.status)).toEqual([201, 201]);
    const [{ sha256 }] = await api.db.query(`SELECT sha256 FROM paper_version WHERE paper_id = $1`, [twins[0].body.paper.id]);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM stored_file WHERE sha256 = $1`, [sha256]))[0].n).toBe(1);

    // One twin goes while a third copy is uploaded: the others' bytes stay readable.
    const [gone, third] = await Promise.all([as('coordinator', `mutation($p: ID!) { deletePaper(paperId: $p) }`, { p: twins[0].body.paper.id }), upload(same, 'twin-c.pdf')]);
    expect([gone.data, third.status]).toEqual([{ deletePaper: true }, 201]);
    for (const id of [twins[1].body.paper.id, third.body.paper.id]) expect(Buffer.from(await (await get(`/papers/${id}`, 'member')).arrayBuffer()).equals(same)).toBe(true);
    // Both remaining holders go: so do the bytes.
    for (const id of [twins[1].body.paper.id, third.body.paper.id]) await as('coordinator', `mutation($p: ID!) { deletePaper(paperId: $p) }`, { p: id });
    expect(await api.db.query(`SELECT 1 FROM stored_file WHERE sha256 = $1`, [sha256])).toEqual([]);
  }, 30_000);

  it('keeps papers of published minutes of a PUBLIC group off the public page, and a RESTRICTED one from everyone else signed in', async () => {
    const [{ id: publicGroup }] = await api.db.query(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'City of Sanctuary Board', 'sanctuary-board', 'STEERING_GROUP', 'PUBLIC') RETURNING id`, [p.partnershipId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'CHAIR'), ($1, $3, 'MEMBER')`, [publicGroup, person.chair, person.member]);
    const [{ id: held }] = await api.db.query(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Board meeting', now() - interval '10 days', now() - interval '10 days' + interval '2 hours') RETURNING id`, [publicGroup]);
    const [{ id: minutesId }] = await api.db.query(
      `INSERT INTO minutes (meeting_id, status, content, approved_at, published_at) VALUES ($1, 'PUBLISHED', $2, now(), now()) RETURNING id`,
      [held, JSON.stringify({ items: [{ title: 'Welcome', notes: 'All present.' }], decisions: ['Adopt the sanctuary pledge'] })],
    );
    const minutesUpload = async (title: string, confidentiality: string) => {
      const t = await as('chair', `mutation($m: ID!, $t: String!, $c: PaperConfidentiality!) { createMinutesPaperUpload(minutesId: $m, title: $t, confidentiality: $c) { uploadUrl } }`, { m: minutesId, t: title, c: confidentiality });
      expect(t.errors).toBeUndefined();
      const res = await put(t.data!.createMinutesPaperUpload.uploadUrl, await pdfBytes(1, title), { authorization: `Bearer ${token.chair}`, 'x-filename': 'minutes-paper.pdf' });
      expect(res.status).toBe(201);
      return ((await res.json()) as any).paper.id as string;
    };
    const open = await minutesUpload('Pledge wording', 'PUBLIC');
    const exempt = await minutesUpload('Named case notes', 'RESTRICTED');
    expect((await as('chair', `mutation($p: ID!, $r: [ID!]) { setPaperConfidentiality(paperId: $p, confidentiality: RESTRICTED, readerIds: $r) { id } }`, { p: exempt, r: [person.named] })).errors).toBeUndefined();

    // The public page and its query: the minutes, never their files.
    const page = await (await fetch(`${api.url}/public/attack/sanctuary-board`)).text();
    expect(page).toContain('Adopt the sanctuary pledge');
    const query = JSON.stringify((await gql(api.url, `query($p: String!, $g: String!) { publicGroup(partnershipSlug: $p, groupSlug: $g) { publishedMinutes { items { title notes } decisions } } }`, { p: 'attack', g: 'sanctuary-board' })).data);
    for (const text of [page, query]) {
      for (const leak of ['Named case notes', 'Pledge wording', exempt, open, '/papers/']) expect({ leak, found: text.includes(leak) }).toEqual({ leak, found: false });
    }
    // Signed out, even a PUBLIC paper is not served.
    expect((await get(`/papers/${open}`)).status).toBe(401);

    const files = async (who: Role) => {
      const r = await as(who, `query($id: ID!) { meeting(id: $id) { minutes { files { id } } } }`, { id: held });
      return (r.data?.meeting.minutes?.files ?? []).map((f: { id: string }) => f.id).sort();
    };
    const expected: Record<Role, string[]> = { coordinator: [open, exempt].sort(), chair: [open, exempt].sort(), member: [open], bystander: [open], named: [open, exempt].sort(), outsider: [] };
    for (const who of ROLES) {
      expect({ who, files: await files(who) }).toEqual({ who, files: expected[who] });
      expect({ who, status: (await get(`/papers/${exempt}`, who)).status }).toEqual({ who, status: expected[who].includes(exempt) ? 200 : 404 });
    }
  });

  it('keeps a quoted filename from breaking out of Content-Disposition', async () => {
    const { status, body } = await upload(await pdfBytes(1), 'report"; filename="evil.html.pdf');
    expect(status).toBe(201);
    const res = await get(`/papers/${body.paper.id}`, 'member');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="report_; filename=_evil.html.pdf"; filename*=UTF-8''report%22%3B%20filename%3D%22evil.html.pdf`);
  });

  it('refuses cookie-authenticated paper mutations a cross-site page could send (a simple POST, a GET)', async () => {
    const paperId = (await upload(await pdfBytes(1, 'Kept'), 'kept.pdf')).body.paper.id as string;
    const cookie = `convene_session=${token.coordinator}`;
    const mutation = JSON.stringify({ query: `mutation { deletePaper(paperId: "${paperId}") }` });
    const simple = await fetch(`${api.url}/graphql`, { method: 'POST', body: mutation, headers: { cookie, origin: 'https://evil.example', 'content-type': 'text/plain' } });
    const form = await fetch(`${api.url}/graphql`, { method: 'POST', body: `query=${encodeURIComponent(`mutation { deletePaper(paperId: "${paperId}") }`)}`, headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' } });
    const viaGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent(`mutation { deletePaper(paperId: "${paperId}") }`)}`, { headers: { cookie } });
    for (const res of [simple, form, viaGet]) expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await api.db.query(`SELECT 1 AS kept FROM paper WHERE id = $1`, [paperId])).toEqual([{ kept: 1 }]);
  });

  it('keeps upload tickets out of the access log, for papers and for the knowledge bank', () => {
    for (const path of ['/papers/uploads/cvu_SecretTicket123', '/bank/uploads/cvu_SecretTicket123?x=1', '/Bank/Uploads/cvu_SecretTicket123']) {
      expect(loggedPath(path)).toMatch(/^\/(papers|bank)\/uploads\/\[redacted\]$/i);
    }
  });

  it('refuses a cookie-authenticated PUT from another origin, from a null origin, and a bearer-less cross-site form', async () => {
    const cookie = `convene_session=${token.coordinator}`;
    const before = await counts();
    const t = (await ticket('coordinator')).data!.createPaperUpload;
    for (const origin of ['https://evil.example', 'null', `${WEB}.evil.example`, 'http://web.convene.test:8080']) {
      const res = await put(t.uploadUrl, await pdfBytes(1), { cookie, origin, 'x-filename': 'csrf.pdf', 'content-type': 'text/plain' });
      expect({ origin, status: res.status }).toEqual({ origin, status: 403 });
    }
    expect(await counts()).toEqual(before);
    // Downloads by cookie are reads; the bytes still carry the sandbox.
    const res = await get(`/papers/${MISSING}`, undefined, { headers: { cookie } });
    expect(res.status).toBe(404);
  });
});
