// Forum fan-out benchmark: one poster, many listening sockets in one forum, through the forum
// service (socket.io + Redis adapter) on one and on two instances, against a raw `ws` broadcast
// server in the same run. Loopback only, bounded.
//   node bench/forum-fanout/run.js      (after `npm run build`; BENCH_CLIENTS, BENCH_POSTS, BENCH_PEOPLE)
'use strict';
const crypto = require('node:crypto');
const { once } = require('node:events');
const { spawn } = require('node:child_process');
const { Pool } = require('pg');
const { io } = require('socket.io-client');
const { WebSocketServer, WebSocket } = require('ws');
const { ROOT, run, waitFor } = require('../kit');

const CLIENTS = Number(process.env.BENCH_CLIENTS || 1000);
const POSTS = Number(process.env.BENCH_POSTS || 200);
const PEOPLE = Number(process.env.BENCH_PEOPLE || 20);
const IN_FLIGHT = 10; // posts awaiting their ack at once
const BATCH = 50; // connections opened at once, so handshakes do not pile up
const WAIT_MS = 60_000; // for deliveries after the last send
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const PORTS = [3992, 3993];
const RAW_PORT = 3994;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Every post goes through the personal-data guard on the server. A realistic paragraph, with the
// numbers that merely look like references (an invoice, a meeting date), so each post costs the
// guard what casework text does; nothing in it is refused.
const CASEWORK =
  'Update from the Tuesday drop-in: 14 households asked about section 95 support, three were referred to the Red Cross for destitution payments, ' +
  'and the council confirmed the Ladywood hotel closes at the end of the month. Invoice INV-2024-0012 for interpreters is paid; we meet again on 03/04/2025 at 10am.';

// The same session token as the API issues (libs/server/identity/src/auth/tokens.ts): only its hash is stored.
const newToken = () => 'cvs_' + crypto.randomBytes(32).toString('base64url');
const hashToken = (token) => crypto.createHash('sha256').update(token).digest('hex');

// Deliveries are counted against whichever measurement is running; stray events between runs are ignored.
let current = null;
function deliver(key) {
  const m = current;
  const sentAt = m?.sentAt.get(key);
  if (sentAt === undefined) return;
  m.last = Date.now();
  m.latencies.push(m.last - sentAt);
  if (m.latencies.length === m.expected) m.done();
}

/** Sends POSTS messages through `send(key, i)` (resolves on ack), IN_FLIGHT at a time, and times the fan-out. */
async function measure(label, send) {
  const m = { sentAt: new Map(), latencies: [], expected: POSTS * CLIENTS, first: Date.now(), last: 0 };
  const all = new Promise((r) => (m.done = r));
  current = m;
  let next = 0;
  const lane = async () => {
    while (next < POSTS) {
      const i = next++;
      const key = `bench-${label}-${i}`;
      m.sentAt.set(key, Date.now());
      await send(key, i);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  await Promise.race([all, sleep(WAIT_MS)]);
  current = null;
  const sorted = m.latencies.sort((a, b) => a - b);
  const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  const seconds = Math.max(1, m.last - m.first) / 1000;
  return { deliveries: sorted.length, missing: m.expected - sorted.length, perSecond: sorted.length / seconds, p50: pct(50), p99: pct(99) };
}

const report = (name, r) => console.log(`${name} ${r.perSecond.toFixed(0)} deliveries/s, p50 ${r.p50} ms, p99 ${r.p99} ms, missing ${r.missing}`);

/** Opens `count` connections with `open(i)` (resolves once usable), BATCH at a time. */
async function connectAll(count, open) {
  const out = [];
  for (let i = 0; i < count; i += BATCH) out.push(...(await Promise.all(Array.from({ length: Math.min(BATCH, count - i) }, (_, j) => open(i + j)))));
  return out;
}

/** A forum socket, resolved on 'ready' once it has joined the bench forum's room. */
function forumSocket(port, token, forumId, listen) {
  return new Promise((resolve, reject) => {
    const socket = io(`http://127.0.0.1:${port}`, { transports: ['websocket'], reconnection: false, forceNew: true, auth: { token } });
    if (listen) socket.on('post:created', (post) => deliver(post.clientId));
    socket.once('connect_error', reject);
    socket.once('ready', (ready) => {
      if (!ready.forumIds.includes(forumId)) return reject(new Error(`socket not in forum ${forumId}: ${JSON.stringify(ready)}`));
      resolve(socket);
    });
  });
}

async function forumRun(label, clientPort, threadId, forumId, tokens) {
  const clients = await connectAll(CLIENTS, (i) => forumSocket(clientPort(i), tokens[i % tokens.length], forumId, true));
  const poster = await forumSocket(PORTS[0], tokens[0], forumId, false);
  await sleep(1500); // let the debounced presence broadcasts from all those joins settle first
  try {
    return await measure(label, async (clientId, i) => {
      const ack = await poster.timeout(10_000).emitWithAck('post:create', { threadId, clientId, body: `${CASEWORK} (${i})` });
      if (!ack.ok) throw new Error(`post:create refused: ${JSON.stringify(ack.error)}`);
    });
  } finally {
    for (const s of [...clients, poster]) s.disconnect();
  }
}

async function rawRun() {
  const wss = new WebSocketServer({ port: RAW_PORT, host: '127.0.0.1' });
  wss.on('connection', (ws) => ws.on('message', (data, isBinary) => { for (const c of wss.clients) c.send(data, { binary: isBinary }); }));
  await once(wss, 'listening');
  const open = (onMessage) => new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${RAW_PORT}`);
    ws.on('message', (data) => onMessage(JSON.parse(data.toString()).clientId));
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
  const acks = new Map(); // the poster's own copy of the broadcast stands in for the ack
  const clients = await connectAll(CLIENTS, () => open(deliver));
  const poster = await open((key) => acks.get(key)?.());
  try {
    return await measure('raw', (clientId, i) => new Promise((resolve) => {
      acks.set(clientId, resolve);
      poster.send(JSON.stringify({ clientId, body: JSON.stringify({ sentAt: Date.now(), i }) }));
    }));
  } finally {
    for (const ws of [...clients, poster]) ws.terminate();
    wss.close();
  }
}

async function main() {
  const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
  await admin.query('DROP DATABASE IF EXISTS convene_bench_forum WITH (FORCE)');
  await admin.query('CREATE DATABASE convene_bench_forum');
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = '/convene_bench_forum';
  // POSTS_PER_MINUTE is capped at 10 000 by the config schema; that is plenty for one poster here.
  const env = { ...process.env, DATABASE_URL: url.toString(), REDIS_URL, REDIS_PREFIX: 'convene-bench-forum', PUBLIC_WEB_URL: 'http://localhost:4200', POSTS_PER_MINUTE: '10000', LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  run('dist/libs/server/data-source/src/migrate.main.js', env);
  run('dist/prisma-seed/seed.main.js', env);

  const pool = new Pool({ connectionString: env.DATABASE_URL, max: 2 });
  const children = [];
  try {
    const [{ id: partnershipId }] = (await pool.query('SELECT id FROM partnership LIMIT 1')).rows;
    const [{ id: forumId }] = (await pool.query(`INSERT INTO forum (partnership_id, name) VALUES ($1, 'Bench forum') RETURNING id`, [partnershipId])).rows;
    const [{ id: threadId }] = (await pool.query(`INSERT INTO thread (forum_id, title) VALUES ($1, 'Bench thread') RETURNING id`, [forumId])).rows;
    const tokens = [];
    for (let n = 0; n < PEOPLE; n++) {
      const [{ id: accountId }] = (await pool.query(`INSERT INTO account (email, name, password_hash) VALUES ($1, $2, 'x') RETURNING id`, [`bench-${n}@bench.localhost`, `Bench ${n}`])).rows;
      const [{ id: personId }] = (await pool.query(`INSERT INTO person (partnership_id, account_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [partnershipId, accountId])).rows;
      await pool.query(`INSERT INTO forum_member (forum_id, person_id, role) VALUES ($1, $2, 'MEMBER')`, [forumId, personId]);
      const token = newToken();
      await pool.query(`INSERT INTO session (token_hash, account_id, partnership_id, expires_at) VALUES ($1, $2, $3, now() + interval '1 day')`, [hashToken(token), accountId, partnershipId]);
      tokens.push(token);
    }

    for (const port of PORTS) {
      children.push(spawn(process.execPath, ['dist/apps/forum/src/main.js'], { cwd: ROOT, env: { ...env, FORUM_PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'] }));
    }
    await Promise.all(PORTS.map((port) => waitFor(`http://127.0.0.1:${port}/health`)));

    const one = await forumRun('one', () => PORTS[0], threadId, forumId, tokens);
    const two = await forumRun('two', (i) => PORTS[i % 2], threadId, forumId, tokens);
    const raw = await rawRun();
    console.log(`clients ${CLIENTS}, posts ${POSTS}, people ${PEOPLE}, expected deliveries per run ${CLIENTS * POSTS}`);
    report('socket.io, 1 instance: ', one);
    report('socket.io, 2 instances:', two);
    report('raw ws:                ', raw);
    console.log(`ratio (1 instance / raw ws): ${(one.perSecond / raw.perSecond).toFixed(2)}x (goal >= 0.5x)`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => (child.exitCode === null ? Promise.race([once(child, 'exit'), sleep(5000)]) : null)));
    await pool.end();
  }
}

// Exit explicitly: stray client timers must not keep the process, or its result, waiting.
main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
