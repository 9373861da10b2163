import type { ParsedMail } from 'mailparser';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { JOB_HANDLERS, TickHandler, type JobHandler } from '@convene/notifications';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { inspectPdf, type InspectedPdf, type OutlineEntry } from '../../../libs/server/pack-pdf/src/testing/inspect-pdf';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { addMembers, recipientOf, signIn, until, type Member } from './testing/mail-world';
import { startWorker, type WorkerHarness } from './testing/worker-harness';

const DAY = 86_400_000;

/** A paper with text on each page, so the pack's pages can be told apart in the parser. */
async function paperPdf(label: string, pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`${label} page ${i + 1}`, { x: 60, y: 700, size: 14, font });
  return Buffer.from(await doc.save());
}

const titles = (entries: OutlineEntry[]): unknown[] => entries.map((e) => (e.children.length ? [e.title, e.page, titles(e.children)] : [e.title, e.page]));

/** The agenda pack PDF end to end: papers uploaded over HTTP, the worker's build, the cache, the email, the download. */
describe('agenda pack PDFs', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  let coordinator: string;
  let member: string;
  let reader: Member;
  let readerToken: string;
  let meetingId: string;
  let startsAt: Date;

  const as = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(api.url, query, variables, { token });
  const packs = () => smtp.messages.filter((m) => m.subject?.startsWith('Agenda pack:'));
  const pdfOf = (mail: ParsedMail) => mail.attachments.find((a) => a.contentType === 'application/pdf')?.content as Buffer | undefined;
  const download = (path: string, token?: string) => fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  async function upload(itemId: string, title: string, bytes: Buffer, filename: string, confidentiality = 'PARTNERSHIP'): Promise<string> {
    const t = await as(coordinator, `mutation($i: ID!, $t: String!, $c: PaperConfidentiality!) { createPaperUpload(agendaItemId: $i, title: $t, confidentiality: $c) { uploadUrl } }`, { i: itemId, t: title, c: confidentiality });
    expect(t.errors).toBeUndefined();
    const res = await fetch(`${api.url}${t.data!.createPaperUpload.uploadUrl}`, { method: 'PUT', body: new Uint8Array(bytes), headers: { authorization: `Bearer ${coordinator}`, 'x-filename': filename, 'content-type': 'application/octet-stream' } });
    expect(res.status).toBe(201);
    return ((await res.json()) as { paper: { id: string } }).paper.id;
  }

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'pdfs');
    coordinator = await signIn(api.url, p.coordinator);
    member = await signIn(api.url, p.member);
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });

    const groupId = (await as(coordinator, `mutation($input: GroupInput!) { createGroup(input: $input) { id } }`, { input: { name: 'Destitution Steering Group', kind: 'STEERING_GROUP', visibility: 'PRIVATE', agendaPackDays: 7, submissionDeadlineDays: 1 } })).data!.createGroup.id;
    await as(coordinator, `mutation($g: ID!, $p: ID!) { setGroupMember(groupId: $g, personId: $p, role: MEMBER) { id } }`, { g: groupId, p: p.member.personId });
    [reader] = await addMembers(api.db, p.partnershipId, groupId, 1, 'pdfs');
    await api.db.query(`UPDATE account SET password_hash = (SELECT password_hash FROM account WHERE email = $2) WHERE email = $1`, [reader.email, p.member.email]);
    readerToken = await signIn(api.url, { ...p.member, email: reader.email });

    startsAt = new Date(Math.ceil((Date.now() + 3 * DAY) / 3600_000) * 3600_000);
    meetingId = (await as(coordinator, `mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Steering group", startsAt: $s, location: "Council House", onlineUrl: "https://meet.example.org/dsg") { id } }`, { g: groupId, s: startsAt.toISOString() })).data!.scheduleOneOffMeeting.id;
    const item = async (title: string, minutes: number) => (await as(coordinator, `mutation($m: ID!, $i: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $i) { id } }`, { m: meetingId, i: { title, description: '', minutesAllotted: minutes, presenterPersonId: p.member.personId } })).data!.addAgendaItem.id as string;
    const shelter = await item('Winter shelter capacity', 20);
    const exempt = await item('Contract award (exempt)', 15);
    await upload(shelter, 'Shelter audit', await paperPdf('SHELTER', 3), 'audit.pdf');
    await upload(shelter, 'Bed counts', Buffer.from('area,beds\nBirmingham,40\n'), 'beds.csv');
    const restricted = await upload(exempt, 'Tender scores', await paperPdf('RESTRICTED', 2), 'tender.pdf', 'RESTRICTED');
    const named = await as(coordinator, `mutation($p: ID!, $r: [ID!]) { setPaperConfidentiality(paperId: $p, confidentiality: RESTRICTED, readerIds: $r) { id } }`, { p: restricted, r: [reader.personId] });
    expect(named.errors).toBeUndefined();
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  let memberPdf: InspectedPdf;
  let memberBytes: Buffer;

  it('emails each member their own pack as one tagged PDF, the restricted paper only to its named reader', async () => {
    expect((await as(coordinator, `mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: meetingId })).errors).toBeUndefined();
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    await until(() => packs().length >= 2, 'both packs', 60_000);

    const mailTo = (email: string) => packs().find((m) => recipientOf(m) === email)!;
    memberBytes = pdfOf(mailTo(p.member.email))!;
    const readerBytes = pdfOf(mailTo(reader.email))!;
    expect(memberBytes).toBeDefined();
    expect(readerBytes).toBeDefined();
    expect(mailTo(p.member.email).text).toMatch(/Download the agenda pack \(PDF, \d+ pages, \d+ kB\): http:\/\/localhost:4200\/packs\/meetings\/[0-9a-f-]+\/agenda\.pdf\nIt is also attached to this email\./);

    memberPdf = await inspectPdf(memberBytes);
    const readerPdf = await inspectPdf(readerBytes);
    // Front matter, then the papers: 3 pages for everyone, 2 more for the named reader.
    const front = memberPdf.pages.findIndex((page) => page.text.includes('SHELTER page 1'));
    expect(front).toBeGreaterThanOrEqual(3);
    expect(memberPdf.numPages).toBe(front + 3);
    expect(readerPdf.numPages).toBe(front + 3 + 2);
    expect(memberPdf.pages.some((page) => page.text.includes('RESTRICTED page'))).toBe(false);
    expect(memberPdf.pages.map((page) => page.text).join(' ')).not.toContain('Tender scores');
    expect(readerPdf.pages[front + 3].text).toContain('RESTRICTED page 1');

    for (const pdf of [memberPdf, readerPdf]) {
      expect(pdf.language).toBe('en-GB');
      expect(pdf.title).toMatch(/^Agenda pack: Destitution Steering Group, /);
      expect(pdf.marked).toBe(true);
      // Chromium's tags reach the front matter; every page carries its running number.
      expect(pdf.pages.slice(0, front).every((page) => page.tagged)).toBe(true);
      pdf.pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${pdf.numPages}`));
    }
    // Bookmarks per item and per paper, opening the pages the papers start on.
    const agenda = (pdf: InspectedPdf) => pdf.outline.find((e) => e.title === 'Agenda')!;
    // The standing items come first; the two added items carry the papers.
    const added = (pdf: InspectedPdf) => titles(agenda(pdf).children.filter((e) => /Winter shelter|Contract award/.test(e.title)));
    expect(agenda(memberPdf).children.length).toBeGreaterThan(2);
    expect(added(memberPdf)).toEqual([
      [expect.stringMatching(/^\d+\. Winter shelter capacity$/), expect.any(Number), [['Paper: Shelter audit', front]]],
      [expect.stringMatching(/^\d+\. Contract award \(exempt\)$/), expect.any(Number)],
    ]);
    expect(added(readerPdf)[1]).toEqual([expect.stringMatching(/Contract award/), expect.any(Number), [['Paper: Tender scores', front + 3]]]);
    // Item bookmarks open the agenda pages, within the front matter.
    for (const entry of agenda(memberPdf).children) expect(entry.page).toBeLessThan(front);
    expect(memberPdf.outline.map((e) => e.title)).toEqual(['Cover', 'Contents', 'Agenda', 'Sector activity assessment', 'Matters arising']);
    // The contents page names the page each paper starts on; the CSV is listed with its link.
    expect(memberPdf.pages[1].text).toContain(`Paper: Shelter audit page ${front + 1}`);
    const all = memberPdf.pages.map((page) => page.text).join(' ');
    expect(all).toMatch(/Bed counts \(not a PDF: open it from its link\)/);
    expect(all).toMatch(/Winter shelter capacity Starts \d\d:\d\d Presenter MEMBER of pdfs Time allotted 20 minutes/);
  }, 90_000);

  it('serves the cached PDF from the meeting page and the route, built once per view', async () => {
    const rows = async () => (await api.db.query(`SELECT id, created_at FROM pack_pdf WHERE meeting_id = $1 ORDER BY id`, [meetingId])) as { id: string }[];
    const before = await rows();
    expect(before).toHaveLength(2);
    const field = await as(member, `query($id: ID!) { meeting(id: $id) { packPdf { status url pageCount size } } }`, { id: meetingId });
    expect(field.data!.meeting.packPdf).toEqual({ status: 'READY', url: `/packs/meetings/${meetingId}/agenda.pdf`, pageCount: memberPdf.numPages, size: memberBytes.length });

    const res = await download(`/packs/meetings/${meetingId}/agenda.pdf`, member);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(memberBytes)).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="agenda-pack-\d{4}-\d\d-\d\d-v1\.pdf"$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    // Asking again builds nothing: the same two rows, no job waiting.
    await download(`/packs/meetings/${meetingId}/agenda.pdf`, readerToken).then((r) => r.arrayBuffer());
    expect(await rows()).toEqual(before);
  });

  it('answers 404 alike for someone who may not read the meeting and for a meeting that does not exist, and 401 without a session', async () => {
    const outsider = await seedPartnership(api.db, 'pdfs-other');
    const token = await signIn(api.url, outsider.member);
    const forbidden = await download(`/packs/meetings/${meetingId}/agenda.pdf`, token);
    const missing = await download(`/packs/meetings/00000000-0000-4000-8000-000000000000/agenda.pdf`, token);
    expect([forbidden.status, missing.status]).toEqual([404, 404]);
    expect(await forbidden.text()).toBe(await missing.text());
    expect((await download(`/packs/meetings/${meetingId}/agenda.pdf`)).status).toBe(401);
  });

  it('links approved minutes to their PDF from the minutes email, and serves it to members only', async () => {
    const [{ id: minutesId }] = await api.db.query(
      `INSERT INTO minutes (meeting_id, status, version, content, approved_at) VALUES ($1, 'APPROVED', 3, $2, now()) RETURNING id`,
      [meetingId, JSON.stringify({ items: [{ title: 'Winter shelter capacity', notes: 'Forty beds agreed.' }], decisions: ['Open the shelter on 1 December'], attendanceNote: null })],
    );
    const minutesEmail = worker.app.get<JobHandler[]>(JOB_HANDLERS, { strict: false }).find((h) => h.job === 'minutes-email')!;
    await minutesEmail.handle({ minutesId, state: 'APPROVED' } as never, { attempt: 1, progress: async () => undefined });
    await until(() => smtp.messages.some((m) => m.subject?.startsWith('Approved minutes:')), 'the minutes email', 60_000);
    const mail = smtp.messages.find((m) => m.subject?.startsWith('Approved minutes:') && recipientOf(m) === p.member.email)!;
    expect(mail.text).toMatch(new RegExp(`Download the minutes \\(PDF, \\d+ pages?, \\d+ kB\\): http://localhost:4200/packs/minutes/${minutesId}/minutes\\.pdf`));
    const res = await download(`/packs/minutes/${minutesId}/minutes.pdf`, member);
    expect(res.status).toBe(200);
    const pdf = await inspectPdf(Buffer.from(await res.arrayBuffer()));
    expect(pdf.pages.map((page) => page.text).join(' ')).toContain('Open the shelter on 1 December');
    expect(pdf).toMatchObject({ language: 'en-GB', marked: true });
    const outsider = await seedPartnership(api.db, 'pdfs-minutes-other');
    expect((await download(`/packs/minutes/${minutesId}/minutes.pdf`, await signIn(api.url, outsider.member))).status).toBe(404);
  }, 90_000);

  it('asks the worker to build a pack not built yet, answering 202 with Retry-After until it is', async () => {
    await api.db.query(`DELETE FROM pack_pdf WHERE meeting_id = $1`, [meetingId]);
    const first = await download(`/packs/meetings/${meetingId}/agenda.pdf`, member);
    expect(first.status).toBe(202);
    expect(first.headers.get('retry-after')).toBe('10');
    await until(async () => (await download(`/packs/meetings/${meetingId}/agenda.pdf`, member).then(async (r) => (await r.arrayBuffer(), r.status))) === 200, 'the rebuilt pack', 60_000);
    expect((await api.db.query(`SELECT count(*)::int AS n FROM pack_pdf WHERE meeting_id = $1`, [meetingId]))[0].n).toBe(1);
  }, 90_000);

  it('leaves out a paper the virus scanner has not cleared yet, and merges it in a new build once it has', async () => {
    const get = async (token = member) => {
      let res = await download(`/packs/meetings/${meetingId}/agenda.pdf`, token);
      for (let tries = 0; res.status === 202 && tries < 120; tries++) {
        await res.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 500));
        res = await download(`/packs/meetings/${meetingId}/agenda.pdf`, token);
      }
      expect(res.status).toBe(200);
      return inspectPdf(Buffer.from(await res.arrayBuffer()));
    };
    await api.db.query(`UPDATE paper_version v SET scan_status = 'PENDING' FROM paper p WHERE p.id = v.paper_id AND p.title = 'Shelter audit'`);
    const pending = await get();
    // Nobody reads a paper before it is cleared, so no pack carries it.
    expect(pending.pages.map((page) => page.text).join(' ')).not.toContain('Shelter audit: in this pack');
    expect((await get(coordinator)).pages.some((page) => page.text.includes('SHELTER page'))).toBe(false);
    expect(pending.pages.some((page) => page.text.includes('SHELTER page'))).toBe(false);
    await api.db.query(`UPDATE paper_version v SET scan_status = 'CLEAN' FROM paper p WHERE p.id = v.paper_id AND p.title = 'Shelter audit'`);
    const cleared = await get();
    expect(cleared.numPages).toBe(pending.numPages + 3);
  }, 120_000);

  it('drops the packs of an earlier agenda version once the new version’s pack is stored', async () => {
    expect((await as(coordinator, `mutation($m: ID!) { publishAgenda(meetingId: $m, changeNote: "Tender scores moved to the next meeting") { version } }`, { m: meetingId })).data!.publishAgenda.version).toBe(2);
    const first = await download(`/packs/meetings/${meetingId}/agenda.pdf`, member);
    expect(first.status).toBe(202);
    await until(async () => (await download(`/packs/meetings/${meetingId}/agenda.pdf`, member).then(async (r) => (await r.arrayBuffer(), r.status))) === 200, 'the version 2 pack', 60_000);
    const versions = await api.db.query(`SELECT DISTINCT version FROM pack_pdf WHERE meeting_id = $1 AND kind = 'AGENDA'`, [meetingId]);
    expect(versions).toEqual([{ version: 2 }]);
    const pdf = await inspectPdf(Buffer.from(await (await download(`/packs/meetings/${meetingId}/agenda.pdf`, member)).arrayBuffer()));
    expect(pdf.pages[0].text).toContain('Agenda version 2. Tender scores moved to the next meeting');
  }, 90_000);

  it('links a pack larger than PACK_PDF_ATTACH_MAX_BYTES without attaching it', async () => {
    await worker.close();
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url, PACK_PDF_ATTACH_MAX_BYTES: '1000' });
    const groupId = (await api.db.query(`SELECT group_id FROM meeting WHERE id = $1`, [meetingId]))[0].group_id;
    const later = (await as(coordinator, `mutation($g: ID!, $s: DateTime!) { scheduleOneOffMeeting(groupId: $g, title: "Extra meeting", startsAt: $s) { id } }`, { g: groupId, s: new Date(startsAt.getTime() + DAY).toISOString() })).data!.scheduleOneOffMeeting.id;
    expect((await as(coordinator, `mutation($m: ID!) { publishAgenda(meetingId: $m) { version } }`, { m: later })).errors).toBeUndefined();
    const extra = () => packs().filter((m) => m.text?.includes(`/meetings/${later}`));
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    await until(() => extra().length >= 2, 'the extra meeting’s packs', 60_000);
    for (const mail of extra()) {
      expect(pdfOf(mail)).toBeUndefined();
      expect(mail.text).toMatch(new RegExp(`Download the agenda pack \\(PDF, \\d+ pages, \\d+ kB\\): http://localhost:4200/packs/meetings/${later}/agenda\\.pdf\\n`));
      expect(mail.text).not.toContain('It is also attached');
    }
  }, 90_000);
});
