// Papers benchmark, two parts in one run on the same machine:
//  1. Upload throughput: PUT /papers/uploads/<ticket> through the API (ticket check, type check from
//     the bytes, sha256, content-addressed storage in PostgreSQL) against a raw node:http server that
//     only does fs.writeFile of the same bytes, and against fs.writeFile alone. Goal: >= 0.7x.
//  2. The agenda pack PDF: 20 items with 10 ten-page PDF papers, built as the worker builds it.
//     Goal: under 10 s.
//   npm run build && node bench/papers/run.js      (uses DATABASE_URL or local PostgreSQL, REDIS_URL)
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { Pool } = require('pg');
const { PDFDocument, StandardFonts } = require('pdf-lib');
const { ROOT, run, waitFor } = require('../kit');

const UPLOADS = Number(process.env.BENCH_UPLOADS || 60);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 4);
const MEGABYTES = Number(process.env.BENCH_MB || 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const API = 'http://127.0.0.1:3980';

async function graphql(token, query, variables) {
  const res = await fetch(`${API}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A real PDF of `pages` pages, padded with an uncompressed stream to about `bytes`. */
async function paperPdf(pages, bytes, seed) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage().drawText(`Paper ${seed}, page ${i + 1}`, { x: 72, y: 720, size: 14, font });
  const base = Buffer.from(await doc.save());
  if (!bytes || base.length >= bytes) return base;
  // An embedded attachment of random bytes makes a larger PDF that is still valid.
  const padded = await PDFDocument.load(base);
  await padded.attach(require('node:crypto').randomBytes(bytes - base.length), `data-${seed}.bin`, { mimeType: 'application/octet-stream' });
  return Buffer.from(await padded.save());
}

/** Runs `task(i)` for i < n with at most `concurrency` at once; returns the elapsed seconds. */
async function pool(n, concurrency, task) {
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) await task(next++);
  }));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/**
 * A future meeting with 20 items, 10 of them with a ten-page PDF paper, published; then the pack
 * is asked for as a member's browser would, and timed until the worker has built it.
 */
async function packBuild(db, token, env) {
  const [{ meetingId }] = (await db.query(`SELECT m.id AS "meetingId" FROM meeting m JOIN "group" g ON g.id = m.group_id WHERE g.slug = 'destitution-steering-group' AND m.starts_at > now() ORDER BY m.starts_at LIMIT 1`)).rows;
  const [{ pid }] = (await db.query(`SELECT p.id AS pid FROM person p JOIN account a ON a.id = p.account_id WHERE a.email = 'member@demo.convene.localhost'`)).rows;
  const { rows: existing } = await db.query(`SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position`, [meetingId]);
  const items = existing.map((r) => r.id);
  for (let i = items.length; i < 20; i++) {
    const [{ id }] = (await db.query(`INSERT INTO agenda_item (meeting_id, position, title, description, presenter_person_id, proposed_by_person_id, minutes_allotted) VALUES ($1, 100 + $2, $3, 'Evidence and discussion', $4, $4, 10) RETURNING id`, [meetingId, i, `Partner update ${i + 1}`, pid])).rows;
    items.push(id);
  }
  for (let i = 0; i < 10; i++) {
    const { createPaperUpload } = await graphql(token, 'mutation($item: ID!, $title: String!) { createPaperUpload(agendaItemId: $item, title: $title, confidentiality: GROUP) { uploadUrl } }', { item: items[i], title: `Briefing ${i + 1}` });
    const res = await fetch(`${API}${createPaperUpload.uploadUrl}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'x-filename': `briefing-${i + 1}.pdf` }, body: await paperPdf(10, 0, `pack-${i}`) });
    if (res.status !== 201) throw new Error(`paper ${i}: ${res.status} ${await res.text()}`);
  }
  const worker = spawn(process.execPath, ['dist/apps/worker/src/main.js'], { cwd: ROOT, env: { ...env, SMTP_URL: env.SMTP_URL || 'smtp://127.0.0.1:2599' }, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    // The worker is up first; the figure runs from the publish (which asks the worker for the
    // pack) to the PDF in hand, and includes starting the worker's Chromium for its first PDF.
    await new Promise((r) => setTimeout(r, 5000));
    const url = `${API}/packs/meetings/${meetingId}/agenda.pdf`;
    const started = Date.now();
    await graphql(token, 'mutation($id: ID!) { publishAgenda(meetingId: $id, changeNote: "Papers added") { version } }', { id: meetingId });
    let res;
    for (;;) {
      res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 202) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (res.status !== 200) throw new Error(`pack: ${res.status} ${await res.text()}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const built = (Date.now() - started) / 1000;
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    const again = Date.now();
    await (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer();
    console.log(`agenda pack PDF: 20 items, 10 ten-page papers -> ${pages} pages, ${(bytes.length / 1024).toFixed(0)} kB; publish to PDF ${built.toFixed(2)} s (goal < 10 s); cached ${Date.now() - again} ms`);
  } finally {
    worker.kill('SIGTERM');
  }
}

async function main() {
  const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
  await admin.query('DROP DATABASE IF EXISTS convene_bench_papers WITH (FORCE)');
  await admin.query('CREATE DATABASE convene_bench_papers');
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = '/convene_bench_papers';
  const env = { ...process.env, DATABASE_URL: url.toString(), REDIS_URL, REDIS_PREFIX: 'convene-bench-papers', API_PORT: '3980', LOG_LEVEL: 'warn', NODE_ENV: 'production', THROTTLE_PER_IP: '100000', PAPER_UPLOADS_PER_HOUR: '100000', PUBLIC_WEB_URL: 'http://127.0.0.1:3980' };
  run('dist/libs/server/data-source/src/migrate.main.js', env);
  run('dist/prisma-seed/seed.main.js', env);
  if (process.env.BENCH_SQL) { const p = new Pool({ connectionString: env.DATABASE_URL, max: 1 }); await p.query(process.env.BENCH_SQL); await p.end(); }
  const api = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof-papers'] : []), 'dist/apps/api/src/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const db = new Pool({ connectionString: env.DATABASE_URL, max: 4 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-bench-papers-'));
  let raw;
  try {
    // Distinct files, so content addressing stores every one (the same bytes twice would be free).
    console.log(`making ${UPLOADS} PDFs of ${MEGABYTES} MB…`);
    const files = [];
    for (let i = 0; i < UPLOADS; i++) files.push(await paperPdf(4, MEGABYTES * 1024 * 1024, i));
    const megabytes = files.reduce((sum, f) => sum + f.length, 0) / 1024 / 1024;
    await waitFor(`${API}/health`);
    const { signIn } = await graphql(null, 'mutation { signIn(input: { email: "coordinator@demo.convene.localhost", password: "demo-coordinator-2026" }) { token } }');
    const token = signIn.token;
    // A past meeting's item, so these uploads stay out of the pack timed below.
    const [{ itemId }] = (await db.query(`SELECT i.id AS "itemId" FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN "group" g ON g.id = m.group_id WHERE g.slug = 'destitution-steering-group' AND m.starts_at < now() ORDER BY m.starts_at DESC, i.position LIMIT 1`)).rows;

    raw = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', async () => {
        await fs.promises.writeFile(path.join(dir, `${req.url.slice(1)}.bin`), Buffer.concat(chunks));
        res.writeHead(201).end('{}');
      });
    });
    await new Promise((r) => raw.listen(3981, '127.0.0.1', r));

    const ratios = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const tickets = [];
      for (let i = 0; i < UPLOADS; i++) {
        const { createPaperUpload } = await graphql(token, 'mutation($item: ID!, $title: String!) { createPaperUpload(agendaItemId: $item, title: $title, confidentiality: GROUP) { uploadUrl } }', { item: itemId, title: `Bench ${round}.${i}` });
        tickets.push(createPaperUpload.uploadUrl);
      }
      const apiSeconds = await pool(UPLOADS, CONCURRENCY, async (i) => {
        const res = await fetch(`${API}${tickets[i]}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'x-filename': `bench-${i}.pdf`, 'content-type': 'application/pdf' }, body: files[i] });
        if (res.status !== 201) throw new Error(`upload ${i}: ${res.status} ${await res.text()}`);
      });
      const rawSeconds = await pool(UPLOADS, CONCURRENCY, async (i) => {
        const res = await fetch(`http://127.0.0.1:3981/r${round}-${i}`, { method: 'PUT', body: files[i] });
        if (res.status !== 201) throw new Error(`raw ${i}: ${res.status}`);
      });
      const fileSeconds = await pool(UPLOADS, CONCURRENCY, (i) => fs.promises.writeFile(path.join(dir, `w${round}-${i}.bin`), files[i]));
      // What a durable write costs on this disk: the API answers only once PostgreSQL has the bytes on disk.
      const syncedSeconds = await pool(UPLOADS, CONCURRENCY, async (i) => {
        const handle = await fs.promises.open(path.join(dir, `s${round}-${i}.bin`), 'w');
        try {
          await handle.writeFile(files[i]);
          await handle.datasync();
        } finally {
          await handle.close();
        }
      });
      ratios.push(rawSeconds / apiSeconds);
      const rate = (s) => `${(megabytes / s).toFixed(0)} MB/s (${(UPLOADS / s).toFixed(1)} files/s)`;
      console.log(`round ${round}: API ${rate(apiSeconds)} | raw http + fs.writeFile ${rate(rawSeconds)} | fs.writeFile alone ${rate(fileSeconds)} | fs.writeFile + fdatasync ${rate(syncedSeconds)} | API/raw ${ratios.at(-1).toFixed(2)}x, API/writeFile ${(fileSeconds / apiSeconds).toFixed(2)}x, API/durable write ${(syncedSeconds / apiSeconds).toFixed(2)}x`);
      for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
    }
    const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)];
    console.log(`upload: ${UPLOADS} files of ${MEGABYTES} MB, ${CONCURRENCY} at once; API/raw median ${median.toFixed(2)}x of ${ROUNDS} rounds, range ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}x (goal >= 0.7x)`);

    await packBuild(db, token, env);
  } finally {
    api.kill('SIGTERM');
    raw?.close();
    await db.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
