import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PapersHousekeeping } from '@convene/papers';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { inspectPdf } from '../../../libs/server/pack-pdf/src/testing/inspect-pdf';
import { findClamd, freePort, TestClamd } from '../../../libs/server/papers/src/testing/clamd';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { addMembers, signIn, until, type Member } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const DAY = 86_400_000;
const MISSING = '00000000-0000-4000-8000-000000000000';

/** A paper whose every page says its label, so the independent parser can tell whose pages are in a pack. */
async function labelled(label: string, pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`${label} page ${i + 1}`, { x: 60, y: 700, size: 14, font });
  return Buffer.from(await doc.save());
}

const clamd = findClamd();
if ('missing' in clamd) console.warn(`Skipping the pack PDF access tests: ${clamd.missing}`);
const withClamd = 'path' in clamd ? describe : describe.skip;

type Role = 'coordinator' | 'member' | 'named' | 'bystander' | 'outsider';

/**
 * Who finds which paper in their agenda pack PDF, parsed with pdfjs-dist: confidentiality per
 * reader, quarantined files, and packs built before a paper changed.
 */
withClamd('agenda pack PDFs and who may read each paper', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let daemon: TestClamd;
  let p: SeededPartnership;
  let named: Member;
  const token = {} as Record<Role, string>;
  let meetingId: string;
  let itemId: string;
  const paper = {} as Record<'open' | 'group' | 'exempt' | 'held', string>;

  const as = (who: Role, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token: token[who] });
  const get = (path: string, who?: Role, init: RequestInit = {}) => fetch(`${api.url}${path}`, { ...init, headers: { ...(who ? { authorization: `Bearer ${token[who]}` } : {}), ...(init.headers as Record<string, string>) } });
  const packUrl = () => `/packs/meetings/${meetingId}/agenda.pdf`;

  async function upload(title: string, bytes: Buffer, confidentiality: string): Promise<{ id: string; status: number }> {
    const t = await as('coordinator', `mutation($i: ID!, $t: String!, $c: PaperConfidentiality!) { createPaperUpload(agendaItemId: $i, title: $t, confidentiality: $c) { uploadUrl } }`, { i: itemId, t: title, c: confidentiality });
    expect(t.errors).toBeUndefined();
    const res = await fetch(`${api.url}${t.data!.createPaperUpload.uploadUrl}`, { method: 'PUT', body: new Uint8Array(bytes), headers: { authorization: `Bearer ${token.coordinator}`, 'x-filename': `${title}.pdf`, 'content-type': 'application/pdf' } });
    return { id: ((await res.json()) as { paper: { id: string } }).paper.id, status: res.status };
  }

  /** The reader's pack as built by the worker: asks (202) until it is there (200), then reads every page's text. */
  async function packText(who: Role): Promise<string> {
    let bytes: Buffer | null = null;
    await until(async () => {
      const res = await get(packUrl(), who);
      if (res.status === 200) bytes = Buffer.from(await res.arrayBuffer());
      else expect(res.status).toBe(202);
      return bytes !== null;
    }, `${who}'s pack`, 60_000);
    const pdf = await inspectPdf(bytes!);
    return pdf.pages.map((page) => page.text).join('\n');
  }

  const found = (text: string) => ['OPEN', 'GROUPONLY', 'EXEMPT', 'HELD'].filter((label) => text.includes(`${label} page 1`));
  const titled = (text: string) => ['Open report', 'Group notes', 'Tender scores', 'Held paper'].filter((title) => text.includes(title));

  beforeAll(async () => {
    daemon = new TestClamd((clamd as { path: string }).path, await freePort());
    await daemon.start();
    api = await startApi({ CLAMD_URL: daemon.url, CLAMD_TIMEOUT_SECONDS: '5' });
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'pack-access');
    const other = await seedPartnership(api.db, 'pack-access-other');
    token.coordinator = await signIn(api.url, p.coordinator);
    token.member = await signIn(api.url, p.member);
    token.outsider = await signIn(api.url, other.member);
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });

    // A group the whole partnership may read: the bystander reads the meeting but is no member.
    const groupId = (await as('coordinator', `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input: { name: 'Asylum Support Forum', kind: 'STEERING_GROUP', visibility: 'PARTNERSHIP', agendaPackDays: 7, submissionDeadlineDays: 1 } })).data!.createGroup.id;
    expect((await as('coordinator', `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId })).errors).toBeUndefined();
    [named] = await addMembers(api.db, p.partnershipId, groupId, 1, 'pack-access');
    const [bystander] = await addMembers(api.db, p.partnershipId, groupId, 1, 'pack-access-bystander');
    await api.db.query(`DELETE FROM group_member WHERE person_id = $1`, [bystander.personId]);
    await api.db.query(`UPDATE account SET password_hash = (SELECT password_hash FROM account WHERE email = $2) WHERE email = ANY($1)`, [[named.email, bystander.email], p.member.email]);
    token.named = await signIn(api.url, { ...p.member, email: named.email });
    token.bystander = await signIn(api.url, { ...p.member, email: bystander.email });

    const startsAt = new Date(Math.ceil((Date.now() + 3 * DAY) / 3600_000) * 3600_000);
    meetingId = (await as('coordinator', `mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Forum", startsAt: $s, location: "Council House") { id } }`, { g: groupId, s: startsAt.toISOString() })).data!.scheduleOneOffMeeting.id;
    itemId = (await as('coordinator', `mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { id } }`, { m: meetingId, i: { title: 'Contract award', description: '', minutesAllotted: 15 } })).data!.addAgendaItem.id;
    paper.open = (await upload('Open report', await labelled('OPEN', 1), 'PARTNERSHIP')).id;
    paper.group = (await upload('Group notes', await labelled('GROUPONLY', 1), 'GROUP')).id;
    paper.exempt = (await upload('Tender scores', await labelled('EXEMPT', 2), 'RESTRICTED')).id;
    expect((await as('coordinator', `mutation($p: ID!, $r: [ID!]) { setPaperConfidentiality(paperId: $p, confidentiality: RESTRICTED, readerIds: $r) { id } }`, { p: paper.exempt, r: [named.personId] })).errors).toBeUndefined();
    // The scanner is away for this one: kept, quarantined.
    await daemon.stop();
    const held = await upload('Held paper', await labelled('HELD', 1), 'PARTNERSHIP');
    expect(held.status).toBe(202);
    paper.held = held.id;
    expect((await as('coordinator', `mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: meetingId })).errors).toBeUndefined();
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
    await daemon?.remove();
  });

  it('gives each reader a pack with exactly the papers they may read, and no quarantined file', async () => {
    const packs: Record<string, { pages: string[]; titles: string[] }> = {};
    for (const who of ['coordinator', 'member', 'named', 'bystander'] as const) {
      const text = await packText(who);
      packs[who] = { pages: found(text), titles: titled(text) };
    }
    expect(packs).toEqual({
      coordinator: { pages: ['OPEN', 'GROUPONLY', 'EXEMPT'], titles: ['Open report', 'Group notes', 'Tender scores'] },
      member: { pages: ['OPEN', 'GROUPONLY'], titles: ['Open report', 'Group notes'] },
      named: { pages: ['OPEN', 'GROUPONLY', 'EXEMPT'], titles: ['Open report', 'Group notes', 'Tender scores'] },
      bystander: { pages: ['OPEN'], titles: ['Open report'] },
    });
    // Someone of another partnership: the same 404 as a meeting that does not exist.
    const forbidden = await get(packUrl(), 'outsider');
    const missing = await get(`/packs/meetings/${MISSING}/agenda.pdf`, 'outsider');
    expect([forbidden.status, missing.status]).toEqual([404, 404]);
    expect(await forbidden.text()).toBe(await missing.text());
    expect((await as('outsider', `query($id: ID!) { meeting(id: $id) { packPdf { url } } }`, { id: meetingId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  }, 240_000);

  it('sends the pack with the download headers, for GET and HEAD, and answers Range with the whole file', async () => {
    const res = await get(packUrl(), 'member');
    const bytes = Buffer.from(await res.arrayBuffer());
    const headers = (r: Response) => [r.status, r.headers.get('content-type'), r.headers.get('x-content-type-options'), r.headers.get('content-security-policy'), r.headers.get('cache-control'), r.headers.get('content-disposition')?.startsWith('inline; ')];
    const expected = [200, 'application/pdf', 'nosniff', "sandbox; default-src 'none'", 'private, no-store', true];
    expect(headers(res)).toEqual(expected);
    const head = await get(packUrl(), 'member', { method: 'HEAD' });
    expect([...headers(head), head.headers.get('content-length'), (await head.arrayBuffer()).byteLength]).toEqual([...expected, String(bytes.length), 0]);
    const ranged = await get(packUrl(), 'member', { headers: { range: 'bytes=0-9' } });
    expect([ranged.status, (await ranged.arrayBuffer()).byteLength]).toEqual([200, bytes.length]);
    expect((await get(packUrl(), undefined, { method: 'HEAD' })).status).toBe(401);
  });

  it('puts a quarantined paper into the packs once the scanner says it is clean', async () => {
    await daemon.start();
    await api.app.get(PapersHousekeeping).run();
    expect((await api.db.query(`SELECT scan_status FROM paper_version WHERE paper_id = $1`, [paper.held]))[0].scan_status).toBe('CLEAN');
    const text = await packText('member');
    expect([found(text), titled(text)]).toEqual([
      ['OPEN', 'GROUPONLY', 'HELD'],
      ['Open report', 'Group notes', 'Held paper'],
    ]);
  }, 120_000);

  it('takes a paper out of the packs of those who may no longer read it, at once', async () => {
    expect(found(await packText('bystander'))).toEqual(['OPEN', 'HELD']);
    const set = await as('coordinator', `mutation($p: ID!, $r: [ID!]) { setPaperConfidentiality(paperId: $p, confidentiality: RESTRICTED, readerIds: $r) { id } }`, { p: paper.open, r: [named.personId] });
    expect(set.errors).toBeUndefined();
    // The very next request answers for the new view, never with the pack built before.
    const next = await get(packUrl(), 'bystander');
    if (next.status === 200) expect(found((await inspectPdf(Buffer.from(await next.arrayBuffer()))).pages.map((page) => page.text).join('\n'))).toEqual(['HELD']);
    else expect(next.status).toBe(202);
    expect(found(await packText('bystander'))).toEqual(['HELD']);
    expect(found(await packText('member'))).toEqual(['GROUPONLY', 'HELD']);
    expect(found(await packText('named'))).toEqual(['OPEN', 'GROUPONLY', 'EXEMPT', 'HELD']);
  }, 240_000);
});
