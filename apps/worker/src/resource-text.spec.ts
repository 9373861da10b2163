import { JOBS, JOB_ID, JOB_QUEUE } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { DueWork, TickHandler } from '@convene/notifications';
import { PostgresPaperStorage, sha256Of } from '@convene/papers';
import { gql, seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { zipBytes } from '../../../libs/server/papers/src/testing/paper-fixtures';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { addGroup, signIn, until } from './testing/mail-world';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A Word document whose words sit in runs split mid-word, as Word writes them, with an entity. */
const docx = () =>
  zipBytes({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${DOCX}.main+xml"/></Types>`,
    '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>Interpreting services</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">Findings on </w:t></w:r><w:r><w:t>marram</w:t></w:r><w:r><w:t>grass &amp; dunes</w:t></w:r></w:p>' +
      '</w:body></w:document>',
  });

/** The text of bank files, read by the worker and searched after title, summary and authors. */
describe('resource file text', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  const token: Record<'coordinator' | 'member' | 'grouped', string> = {} as never;
  const ids: Record<'pdf' | 'docx' | 'broken', string> = {} as never;
  const sha: Record<'pdf' | 'docx' | 'broken', string> = {} as never;

  const ok = async (as: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(api.url, query, variables, { token: as });
    if (res.errors?.length || !res.data) throw new Error(`GraphQL failed: ${JSON.stringify(res.errors ?? res.raw)}`);
    return res.data;
  };
  const found = async (as: string, text: string) => ((await ok(as, `query($s: ResourceSearchInput) { resources(search: $s) { total items { id } } }`, { s: { text } })).resources as { total: number; items: { id: string }[] });
  const finderCount = async (text: string) => Number(/<span id="result-count">(\d+)<\/span>/.exec(await (await fetch(`${api.url}/bank/bank-text?q=${encodeURIComponent(text)}`)).text())?.[1]);
  const job = (name: keyof typeof ids) => worker.app.get(JobQueue, { strict: false }).queue(JOB_QUEUE[JOBS.resourceText]).getJob(JOB_ID[JOBS.resourceText]({ resourceId: ids[name], sha256: sha[name] }));
  const settled = (name: keyof typeof ids) =>
    until(async () => {
      const j = await job(name);
      if (j && (await j.isFailed())) throw new Error(`${j.id} failed: ${j.failedReason}`);
      return !!j && (await j.isCompleted());
    }, `the ${name} text`, 30_000);
  const upload = async (id: string, bytes: Buffer, filename: string) => {
    const ticket = await ok(token.coordinator, `mutation($r: ID!) { createResourceUpload(resourceId: $r) { uploadUrl } }`, { r: id });
    const put = await fetch(`${api.url}${ticket.createResourceUpload.uploadUrl}`, { method: 'PUT', body: new Uint8Array(bytes), headers: { authorization: `Bearer ${token.coordinator}`, 'x-filename': filename } });
    expect(put.status).toBe(201);
    const [{ sha256 }] = await api.db.query(`SELECT file_sha256 AS sha256 FROM resource WHERE id = $1`, [id]);
    return sha256 as string;
  };

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'bank-text');
    const group = await addGroup(api.db, p.partnershipId, 'Coastal Forum');
    const [{ id: accountId }] = await api.db.query(`INSERT INTO account (email, name, password_hash, email_confirmed_at) SELECT 'grouped@bank-text.test', 'Gail Grouped', password_hash, now() FROM account WHERE id = $1 RETURNING id`, [p.member.accountId]);
    const [{ id: grouped }] = await api.db.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [p.partnershipId, accountId]);
    await api.db.query(`INSERT INTO group_member (group_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [group, grouped]);
    token.coordinator = await signIn(api.url, p.coordinator);
    token.member = await signIn(api.url, p.member);
    token.grouped = await signIn(api.url, { ...p.member, email: 'grouped@bank-text.test' });
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });

    const create = async (title: string, visibility: string) =>
      (await ok(token.coordinator, `mutation($i: ResourceInput!) { createResource(input: $i) { id } }`, { i: { title, summary: 'Evidence from the coast.', type: 'REPORT', year: 2025, visibility, groupId: visibility === 'GROUP' ? group : null } })).createResource.id as string;
    ids.pdf = await create('Coastal evidence pack', 'GROUP');
    ids.docx = await create('Coastal services notes', 'PARTNERSHIP');
    ids.broken = await create('Coastal survey scan', 'PUBLIC');

    // The distinctive word is on the second page only, nowhere in the title or summary.
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage([595, 842]).drawText('Coastal evidence pack', { x: 50, y: 700, size: 28, font });
    pdf.addPage([595, 842]).drawText('Volunteers counted quillworts along the estuary.', { x: 50, y: 700, size: 12, font });
    sha.pdf = await upload(ids.pdf, Buffer.from(await pdf.save()), 'evidence.pdf');
    sha.docx = await upload(ids.docx, await docx(), 'notes.docx');
    // Bytes that only look like a PDF (as an old record might hold): pdf.js cannot read them.
    const junk = Buffer.from('%PDF-1.7\nnot really a pdf');
    sha.broken = sha256Of(junk);
    await new PostgresPaperStorage(api.db).put(api.db, sha.broken, junk);
    await api.db.query(`UPDATE resource SET file_sha256 = $2, file_name = 'scan.pdf', file_content_type = 'application/pdf', file_size = $3 WHERE id = $1`, [ids.broken, sha.broken, junk.length]);
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('finds nothing by a word of the file before the worker has read it', async () => {
    expect((await found(token.grouped, 'quillworts')).total).toBe(0);
    expect((await found(token.member, 'marramgrass')).total).toBe(0);
  });

  it('reads a PDF and a Word document, and finds each by a word only in its body, for those who may see it', async () => {
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    await settled('pdf');
    await settled('docx');
    const [pdf] = await api.db.query(`SELECT file_text, file_text_sha256 FROM resource WHERE id = $1`, [ids.pdf]);
    expect(pdf).toEqual({ file_text: expect.stringContaining('Volunteers counted quillworts along the estuary.'), file_text_sha256: sha.pdf });
    const [doc] = await api.db.query(`SELECT file_text FROM resource WHERE id = $1`, [ids.docx]);
    expect(doc.file_text).toBe('Interpreting services\nFindings on marramgrass & dunes');

    // Stemmed like every other field ("quillwort" finds "quillworts").
    expect(await found(token.grouped, 'quillwort')).toEqual({ total: 1, items: [{ id: ids.pdf }] });
    expect(await found(token.coordinator, 'estuary volunteers')).toEqual({ total: 1, items: [{ id: ids.pdf }] });
    expect(await found(token.member, 'marramgrass')).toEqual({ total: 1, items: [{ id: ids.docx }] });
    expect(await found(token.grouped, 'marramgrass')).toEqual({ total: 1, items: [{ id: ids.docx }] });
    // Not for a reader outside the group, nor signed out, in the list or the counts.
    expect(await found(token.member, 'quillwort')).toEqual({ total: 0, items: [] });
    expect(await finderCount('quillwort')).toBe(0);
    expect(await finderCount('marramgrass')).toBe(0);
  });

  it('ranks a title match above a match in the file text', async () => {
    await api.db.query(`UPDATE resource SET title = 'Estuary volunteers handbook' WHERE id = $1`, [ids.docx]);
    await api.db.query(`SELECT resource_reindex($1)`, [ids.docx]);
    const { items } = await found(token.coordinator, 'estuary volunteers');
    expect(items.map((i) => i.id)).toEqual([ids.docx, ids.pdf]);
  });

  it('leaves a file whose text cannot be read with none, marked read so it is not asked again', async () => {
    await settled('broken');
    expect(await api.db.query(`SELECT file_text, file_text_sha256 FROM resource WHERE id = $1`, [ids.broken])).toEqual([{ file_text: '', file_text_sha256: sha.broken }]);
    expect((await new DueWork(api.db).resourceTexts()).map((r) => r.resourceId)).not.toContain(ids.broken);
    expect(await finderCount('coastal')).toBe(1);
  });

  it('reads a replaced file again', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]).drawText('Saltmarsh restoration figures.', { x: 50, y: 700, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
    sha.pdf = await upload(ids.pdf, Buffer.from(await pdf.save()), 'evidence-2.pdf');
    expect((await found(token.grouped, 'quillwort')).total).toBe(0);
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    await settled('pdf');
    expect(await found(token.grouped, 'saltmarsh')).toEqual({ total: 1, items: [{ id: ids.pdf }] });
    expect((await found(token.grouped, 'quillwort')).total).toBe(0);
  });
});
