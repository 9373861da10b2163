// Delivery under faults: agenda packs to many members through real worker processes, with the
// worker killed (SIGKILL) mid-send and with PostgreSQL cut away mid-send (a TCP proxy between the
// worker and the database), round after round, counting what went twice, what was lost, and how
// long the batch took to resume. Loopback only, bounded in rounds and time.
//   node bench/delivery-faults/run.js
//   BENCH_RECIPIENTS (default 2000), BENCH_ROUNDS (default 3 of each fault), BENCH_OUTAGE_MS (default 5000)
// The worker runs from source (tools/test/run-ts.js) with the deployment's lock and stale-claim
// defaults. Exits non-zero if anything was lost, or more went twice than a kill can explain.
'use strict';
const path = require('node:path');
const net = require('node:net');
const { once } = require('node:events');
const { spawn, spawnSync } = require('node:child_process');
const { Pool } = require('pg');
const IORedis = require('ioredis');
const { Queue } = require('bullmq');
const { SMTPServer } = require('smtp-server');

const ROOT = path.resolve(__dirname, '../..');
const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS || 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const OUTAGE_MS = Number(process.env.BENCH_OUTAGE_MS || 5000);
const IN_FLIGHT = 16; // libs/server/notifications/src/send-many.ts: the most one batch has in flight
const ROUND_TIMEOUT_MS = 180_000;
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const DATABASE = 'convene_bench_faults';
const PREFIX = `bench-faults-${process.pid}`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const withDatabase = (url, name) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
const DB_URL = withDatabase(ADMIN_URL, DATABASE);

async function until(check, what, timeoutMs = ROUND_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------
// The SMTP sink: counts copies per recipient; only the envelope is read.

async function startSink() {
  const counts = new Map();
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        received += 1;
        for (const { address } of session.envelope.rcptTo) counts.set(address.toLowerCase(), (counts.get(address.toLowerCase()) ?? 0) + 1);
        callback();
      });
    },
  });
  server.on('error', () => undefined); // a killed worker resets its connections
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    received: () => received,
    reached: () => counts.size,
    reset() {
      counts.clear();
      received = 0;
    },
    tally() {
      let twice = 0;
      for (const n of counts.values()) twice += n - 1;
      return { received, recipients: counts.size, twice, missing: RECIPIENTS - counts.size };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// ---------------------------------------------------------------------------------------------
// A TCP proxy between the worker and PostgreSQL that can refuse everything for a while.

async function startProxy(target) {
  const { hostname, port } = new URL(target);
  const sockets = new Set();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) return void client.destroy();
    const upstream = net.connect(Number(port || 5432), hostname);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', drop).on('close', drop);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(server.address().port);
  return {
    url: url.toString(),
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore() {
      open = true;
    },
    close() {
      this.cut();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Data: a fresh database, migrated by the product's own migration entry point.

function runTs(entry, env) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'tools/test/run-ts.js'), path.join(ROOT, entry)], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${entry} failed: ${result.stderr || result.stdout}`);
}

async function prepareDatabase() {
  const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  runTs('libs/server/data-source/src/migrate.main.ts', { DATABASE_URL: DB_URL });
  const db = new Pool({ connectionString: DB_URL, max: 2 });
  const one = async (sql, params) => (await db.query(sql, params)).rows[0];
  const { id: partnershipId } = await one(`INSERT INTO partnership (name, slug) VALUES ('Bench Faults Partnership', 'bench-faults') RETURNING id`);
  await db.query(
    `WITH a AS (INSERT INTO account (email, name, password_hash)
                SELECT 'member-' || n || '@faults.example', 'Member ' || n, 'x' FROM generate_series(1, $2) AS n RETURNING id)
     INSERT INTO person (partnership_id, account_id, role) SELECT $1, a.id, 'MEMBER' FROM a`,
    [partnershipId, RECIPIENTS],
  );
  // No agenda_pack_days window is open for the tick: only the job this script adds sends.
  const { id: groupId } = await one(
    `INSERT INTO "group" (partnership_id, name, slug, kind, visibility, agenda_pack_days) VALUES ($1, 'Bench Faults Group', 'bench-faults', 'STEERING_GROUP', 'PRIVATE', 7) RETURNING id`,
    [partnershipId],
  );
  await db.query(`INSERT INTO group_member (group_id, person_id, role) SELECT $1, p.id, 'MEMBER' FROM person p WHERE p.partnership_id = $2`, [groupId, partnershipId]);
  return { db, groupId };
}

async function newPack(db, groupId, round) {
  const { id } = (
    await db.query(
      `INSERT INTO meeting (group_id, title, starts_at, ends_at, location) VALUES ($1, $2, now() + interval '3 days' + $3 * interval '1 hour', now() + interval '3 days 2 hours' + $3 * interval '1 hour', 'Community Hall') RETURNING id`,
      [groupId, `Faults round ${round}`, round],
    )
  ).rows[0];
  const snapshot = [{ id: '00000000-0000-4000-8000-000000000001', title: 'Welcome and apologies', description: '', presenterPersonId: null, minutesAllotted: 5, papers: [] }];
  await db.query(`INSERT INTO agenda_version (meeting_id, version, snapshot) VALUES ($1, 1, $2)`, [id, JSON.stringify(snapshot)]);
  return id;
}

async function ledger(db, meetingId) {
  const rows = (await db.query(`SELECT status, count(*)::int AS n FROM delivery WHERE purpose_key = $1 GROUP BY status`, [`agenda-pack:${meetingId}`])).rows;
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

// ---------------------------------------------------------------------------------------------
// Workers: real processes from source with the deployment's defaults for the lock and the claims.

async function startWorker(smtpUrl, databaseUrl) {
  const child = spawn(process.execPath, [path.join(ROOT, 'tools/test/run-ts.js'), path.join(ROOT, 'apps/worker/src/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, REDIS_URL, REDIS_PREFIX: PREFIX, SMTP_URL: smtpUrl, PUBLIC_WEB_URL: 'http://localhost:4200' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.exited = once(child, 'exit');
  child.log = () => output;
  await until(() => output.includes('worker started'), `a worker to start (${output.slice(-300)})`, 120_000);
  return child;
}

async function stopWorker(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  await Promise.race([child.exited, sleep(20_000).then(() => child.kill('SIGKILL'))]);
}

async function enqueue(queue, meetingId) {
  // The same id and policy the product uses (libs/server/jobs, libs/shared/contracts).
  await queue.add('agenda-pack', { meetingId, version: 1 }, { jobId: `agenda-pack.${meetingId}.v1`, attempts: 8, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: { age: 86_400 } });
}

// ---------------------------------------------------------------------------------------------

async function killRound(ctx, round) {
  const { db, groupId, sink, queue } = ctx;
  const meetingId = await newPack(db, groupId, round);
  sink.reset();
  const first = await startWorker(sink.url, DB_URL);
  let second;
  try {
    const killAfter = Math.round(RECIPIENTS * [0.25, 0.5, 0.75][round % 3]);
    const started = Date.now();
    await enqueue(queue, meetingId);
    await until(() => sink.received() >= killAfter, 'the first worker to send');
    first.kill('SIGKILL');
    const killedAt = Date.now();
    await first.exited;
    const atKill = sink.received();
    second = await startWorker(sink.url, DB_URL);
    await until(() => sink.received() > atKill, 'the batch to resume');
    const resumedMs = Date.now() - killedAt;
    await until(() => sink.reached() >= RECIPIENTS, 'every member');
    const doneMs = Date.now() - started;
    await until(async () => (await ledger(db, meetingId)).SENT === RECIPIENTS, 'the ledger to show every message sent', 30_000);
    await sleep(1000);
    return { fault: 'SIGKILL', atKill, resumedMs, doneMs, ...sink.tally() };
  } finally {
    await stopWorker(first, 'SIGKILL');
    await stopWorker(second);
  }
}

async function outageRound(ctx, round) {
  const { db, groupId, sink, queue } = ctx;
  const meetingId = await newPack(db, groupId, 100 + round);
  sink.reset();
  const proxy = await startProxy(DB_URL);
  const worker = await startWorker(sink.url, proxy.url);
  try {
    const cutAfter = Math.round(RECIPIENTS * [0.25, 0.5, 0.75][round % 3]);
    const started = Date.now();
    await enqueue(queue, meetingId);
    await until(() => sink.received() >= cutAfter, 'the worker to send');
    proxy.cut();
    const atCut = sink.received();
    await sleep(OUTAGE_MS);
    const duringOutage = sink.received() - atCut;
    proxy.restore();
    const restoredAt = Date.now();
    await until(() => sink.received() > atCut + duringOutage, 'sending to carry on');
    const resumedMs = Date.now() - restoredAt;
    await until(() => sink.reached() >= RECIPIENTS, 'every member');
    const doneMs = Date.now() - started;
    await until(async () => (await ledger(db, meetingId)).SENT === RECIPIENTS, 'the ledger to show every message sent', 30_000);
    await sleep(1000);
    return { fault: `PostgreSQL away ${OUTAGE_MS} ms`, atKill: atCut, duringOutage, resumedMs, doneMs, ...sink.tally() };
  } finally {
    await stopWorker(worker);
    await proxy.close();
  }
}

async function main() {
  const { db, groupId } = await prepareDatabase();
  const sink = await startSink();
  const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('mail', { connection: redis, prefix: `${PREFIX}:bull` });
  const ctx = { db, groupId, sink, queue };
  const results = [];
  let failed = false;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const run of [killRound, outageRound]) {
        const result = await run(ctx, round);
        results.push(result);
        console.log(JSON.stringify(result));
        if (result.missing > 0 || result.twice > (result.fault === 'SIGKILL' ? IN_FLIGHT : 0)) failed = true;
      }
    }
  } finally {
    await queue.close();
    const keys = await redis.keys(`${PREFIX}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await sink.close();
    await db.end();
    const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
  console.log(`\n${RECIPIENTS} recipients per round, ${results.length} rounds`);
  console.log('| fault | sent at the fault | sent during the outage | resumed after | batch done after | sent twice | lost |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) console.log(`| ${r.fault} | ${r.atKill} | ${r.duringOutage ?? '–'} | ${(r.resumedMs / 1000).toFixed(1)} s | ${(r.doneMs / 1000).toFixed(1)} s | ${r.twice} | ${r.missing} |`);
  if (failed) console.error('FAILED: a message was lost, or more went twice than the messages in flight');
  // Handles of the killed workers' pipes may linger; the run is over.
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
