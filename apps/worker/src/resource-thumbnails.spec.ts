import { createCanvas } from '@napi-rs/canvas';
import { JOBS, JOB_ID, JOB_QUEUE } from '@convene/contracts';
import { JobQueue } from '@convene/jobs';
import { TickHandler } from '@convene/notifications';
import { PostgresPaperStorage, sha256Of } from '@convene/papers';
import { seedPartnership, startSmtpSink, type SeededPartnership, type SmtpSink } from '@convene/testing';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startWorker, type WorkerHarness } from './testing/worker-harness';
import { until } from './testing/mail-world';

/** PNG width and height from its IHDR chunk. */
const sizeOf = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** Thumbnails of bank resources, rendered by the worker with pdf.js, stored by content, shown on the cards. */
describe('resource thumbnails', () => {
  let api: ApiHarness;
  let smtp: SmtpSink;
  let worker: WorkerHarness;
  let p: SeededPartnership;
  const ids: Record<'pdf' | 'png' | 'broken', string> = {} as never;
  const sha: Record<'pdf' | 'png' | 'broken', string> = {} as never;

  const job = (name: keyof typeof ids) => worker.app.get(JobQueue, { strict: false }).queue(JOB_QUEUE[JOBS.resourceThumbnail]).getJob(JOB_ID[JOBS.resourceThumbnail]({ resourceId: ids[name], sha256: sha[name] }));
  const settled = (name: keyof typeof ids) => until(async () => !!(await (await job(name))?.finishedOn), `the ${name} thumbnail`, 30_000);

  beforeAll(async () => {
    api = await startApi();
    smtp = await startSmtpSink();
    p = await seedPartnership(api.db, 'bank-thumbs');
    worker = await startWorker({ DATABASE_URL: api.config.DATABASE_URL, REDIS_URL: api.config.REDIS_URL, REDIS_PREFIX: api.config.REDIS_PREFIX, SMTP_URL: smtp.url });
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    page.drawRectangle({ x: 0, y: 742, width: 595, height: 100, color: rgb(0.1, 0.3, 0.6) });
    page.drawText('Destitution in the UK', { x: 50, y: 650, size: 32, font: await pdf.embedFont(StandardFonts.Helvetica) });
    pdf.addPage([595, 842]);
    const canvas = createCanvas(800, 400);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#d4351c';
    ctx.fillRect(0, 0, 800, 400);
    const files = { pdf: [Buffer.from(await pdf.save()), 'application/pdf', 'report.pdf'], png: [canvas.toBuffer('image/png'), 'image/png', 'map.png'], broken: [Buffer.from('%PDF-1.7\nnot really a pdf'), 'application/pdf', 'broken.pdf'] } as const;
    const storage = new PostgresPaperStorage(api.db);
    for (const [name, [bytes, type, filename]] of Object.entries(files) as [keyof typeof ids, readonly [Buffer, string, string]][]) {
      sha[name] = sha256Of(bytes);
      await storage.put(api.db, sha[name], bytes);
      [{ id: ids[name] }] = await api.db.query(
        `INSERT INTO resource (partnership_id, title, summary, type, year, visibility, file_sha256, file_name, file_content_type, file_size) VALUES ($1, $2, 'S.', 'REPORT', 2024, 'PUBLIC', $3, $4, $5, $6) RETURNING id`,
        [p.partnershipId, `Resource ${name}`, sha[name], filename, type, bytes.length],
      );
    }
  });
  afterAll(async () => {
    await worker?.close();
    await smtp?.close();
    await api?.close();
  });

  it('draws the first page of a PDF and scales an image to a small PNG, stored by its hash', async () => {
    await worker.app.get(TickHandler, { strict: false }).handle({ at: new Date().toISOString() });
    await settled('pdf');
    await settled('png');
    const rows: { id: string; thumb: string | null }[] = await api.db.query(`SELECT id, thumbnail_sha256 AS thumb FROM resource WHERE id = ANY($1) ORDER BY title`, [Object.values(ids)]);
    const thumbOf = new Map(rows.map((r) => [r.id, r.thumb]));
    for (const name of ['pdf', 'png'] as const) {
      const res = await fetch(`${api.url}/bank/bank-thumbs/${ids[name]}/thumbnail`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      const png = Buffer.from(await res.arrayBuffer());
      expect(sha256Of(png)).toBe(thumbOf.get(ids[name]));
      expect(sizeOf(png)).toEqual(name === 'pdf' ? { width: 240, height: 340 } : { width: 240, height: 120 });
    }
  });

  it('leaves a file pdf.js cannot draw with its placeholder, and does not ask again', async () => {
    await settled('broken');
    expect(await (await job('broken'))!.isFailed()).toBe(true);
    expect(await api.db.query(`SELECT thumbnail_sha256 FROM resource WHERE id = $1`, [ids.broken])).toEqual([{ thumbnail_sha256: null }]);
    expect((await fetch(`${api.url}/bank/bank-thumbs/${ids.broken}/thumbnail`)).status).toBe(404);
  });

  it('shows the thumbnail on the cards with alt text, and a placeholder where there is none', async () => {
    const finder = await (await fetch(`${api.url}/bank/bank-thumbs?sort=title`)).text();
    expect(finder).toContain(`<img src="/bank/bank-thumbs/${ids.pdf}/thumbnail" alt="First page of Resource pdf" width="240">`);
    expect(finder).toContain(`<img src="/bank/bank-thumbs/${ids.png}/thumbnail" alt="Picture of Resource png" width="240">`);
    expect(finder).toContain('bank-card__placeholder--REPORT" aria-hidden="true">Report</span>');
  });
});
