// Digest benchmark: one agenda pack to many members, end to end through the worker (tick, BullMQ,
// the agenda-pack handler, the delivery ledger, pooled SMTP) into a local SMTP sink, against the
// same messages sent straight through pooled nodemailer into the same sink, in the same run.
// Loopback only, bounded.
//   node bench/digest/run.js      (builds first if dist/ is missing; BENCH_RECIPIENTS, default 5000)
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { once } = require('node:events');
const { fork, spawn, spawnSync } = require('node:child_process');
const { Pool } = require('pg');
const IORedis = require('ioredis');
const { Queue } = require('bullmq');
const nodemailer = require('nodemailer');
const { ROOT, run } = require('../kit');

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS || 5000);
const IN_FLIGHT = 16; // the same as libs/server/notifications/src/send-many.ts
const TIMEOUT_MS = 5 * 60_000;
const GRACE_MS = 1000; // after the last expected message, for any late duplicate
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const DATABASE = 'convene_bench_digest';
const PREFIX = `bench-digest-${process.pid}`;
const WEB = 'http://localhost:4200';
const FROM = 'Convene <no-reply@convene.localhost>'; // the worker's default MAIL_FROM
const DIST = (file) => path.join(ROOT, 'dist', file);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function buildIfMissing() {
  if (fs.existsSync(DIST('apps/worker/src/main.js'))) return;
  console.log('dist/ is missing: npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

// ---------------------------------------------------------------------------------------------
// The SMTP sink runs in its own process (sink.js), so the direct sender below does not share an
// event loop with it, just as the worker does not. Times are epoch ms on both sides.

function startSink() {
  const child = fork(path.join(__dirname, 'sink.js'), [], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const replies = new Map(); // reply type -> resolve
  let reached = null; // resolve of the running measurement's "all expected seen"
  const exited = once(child, 'exit');
  child.on('message', (msg) => {
    if (msg.type === 'all') return reached?.(msg.at);
    replies.get(msg.type)?.(msg);
    replies.delete(msg.type);
  });
  const ask = (message, reply) => new Promise((resolve) => {
    replies.set(reply, resolve);
    child.send(message);
  });
  const sink = {
    port: 0,
    /** Counts a new measurement; `all` resolves with the time the last expected recipient was reached. */
    async start(expected) {
      const all = new Promise((resolve) => (reached = resolve));
      await ask({ type: 'start', expected }, 'started');
      return { all };
    },
    async stop() {
      reached = null;
      return (await ask({ type: 'stop' }, 'tally')).result;
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    replies.set('listening', (msg) => resolve(Object.assign(sink, { port: msg.port })));
    exited.then(([code]) => reject(new Error(`sink exited (${code})`)));
  });
}

// ---------------------------------------------------------------------------------------------
// Data: set-based SQL. The meeting exists before the worker starts; publishing its agenda (the
// agenda_version row) is what makes the pack due.

const pad = (n) => String(n).padStart(Math.max(5, String(RECIPIENTS).length), '0');
const memberEmail = (n) => `member-${pad(n)}@bench.example`;
const COORDINATOR_EMAIL = 'coordinator@bench.example';

async function seed(db) {
  const one = async (sql, params) => (await db.query(sql, params)).rows[0];
  const { id: partnershipId } = await one(`INSERT INTO partnership (name, slug) VALUES ('Bench Refugee Partnership', 'bench') RETURNING id`);
  const { id: organisationId } = await one(
    `INSERT INTO organisation (partnership_id, name, kind, area) VALUES ($1, 'Bench Refugee Action', 'CHARITY', 'North West') RETURNING id`,
    [partnershipId],
  );
  const { id: coordinatorId } = await one(
    `WITH a AS (INSERT INTO account (email, name, password_hash) VALUES ($2, 'Priya Coordinator', 'x') RETURNING id)
     INSERT INTO person (partnership_id, account_id, organisation_id, role) SELECT $1, a.id, $3, 'COORDINATOR' FROM a RETURNING id`,
    [partnershipId, COORDINATOR_EMAIL, organisationId],
  );
  const width = Math.max(5, String(RECIPIENTS).length);
  await db.query(
    `WITH a AS (
       INSERT INTO account (email, name, password_hash)
       SELECT 'member-' || lpad(n::text, $3, '0') || '@bench.example', 'Member ' || n, 'x' FROM generate_series(1, $2) AS n
       RETURNING id)
     INSERT INTO person (partnership_id, account_id, organisation_id, role) SELECT $1, a.id, $4, 'MEMBER' FROM a`,
    [partnershipId, RECIPIENTS, width, organisationId],
  );
  const { id: groupId } = await one(
    `INSERT INTO "group" (partnership_id, name, slug, kind, visibility, description, default_location)
     VALUES ($1, 'Bench Destitution Steering Group', 'bench', 'STEERING_GROUP', 'PRIVATE', 'Coordinates the partnership''s destitution work.', 'Community Hall, 12 High Street')
     RETURNING id`,
    [partnershipId],
  );
  await db.query(`INSERT INTO group_member (group_id, person_id, role) SELECT $1, p.id, 'MEMBER' FROM person p WHERE p.partnership_id = $2 AND p.role = 'MEMBER'`, [groupId, partnershipId]);
  const presenters = (await db.query(`SELECT p.id FROM person p WHERE p.partnership_id = $1 AND p.role = 'MEMBER' ORDER BY p.id LIMIT 3`, [partnershipId])).rows.map((r) => r.id);

  // An earlier meeting with two open actions: the pack's matters arising (due beyond the reminder window).
  const { id: earlierId } = await one(
    `INSERT INTO meeting (group_id, title, starts_at, ends_at, location) VALUES ($1, 'Steering group meeting', now() - interval '25 days', now() - interval '25 days' + interval '2 hours', 'Community Hall, 12 High Street') RETURNING id`,
    [groupId],
  );
  await db.query(
    `INSERT INTO action_item (group_id, meeting_id, title, owner_person_id, due_date, status) VALUES
       ($1, $2, 'Circulate the winter night shelter rota to all partners', $3, current_date + 10, 'OPEN'),
       ($1, $2, 'Ask the local authority for its updated NRPF pathway', $4, current_date + 20, 'IN_PROGRESS')`,
    [groupId, earlierId, coordinatorId, presenters[0]],
  );
  const { id: meetingId } = await one(
    `INSERT INTO meeting (group_id, title, starts_at, ends_at, location, online_url)
     VALUES ($1, 'Quarterly steering group meeting', date_trunc('hour', now()) + interval '3 days', date_trunc('hour', now()) + interval '3 days 2 hours',
             'Community Hall, 12 High Street', 'https://meet.example.org/bench-steering')
     RETURNING id`,
    [groupId],
  );
  await db.query(
    `INSERT INTO assessment_entry (meeting_id, theme, kind, rating, direction, summary, evidence, source, status, contributed_by_person_id) VALUES
       ($1, 'HOUSING', 'TREND', 'RED', 'WORSENING', 'More people leaving asylum accommodation with nowhere to go.', 'Night shelter referrals up 40% on the last quarter.', 'Night shelter', 'INCLUDED', $2),
       ($1, 'DESTITUTION', 'RISK', 'AMBER', 'STABLE', 'Food bank stock is holding but relies on one large donor.', 'Three weeks of stock at current demand.', 'Food bank network', 'INCLUDED', $3),
       ($1, 'LEGAL_ADVICE', 'TREND', 'AMBER', 'WORSENING', 'Waiting times for immigration advice are lengthening.', 'Median wait now 9 weeks.', 'Advice partners', 'INCLUDED', $2),
       ($1, 'HEALTH', 'RECOMMENDATION', 'GREEN', 'IMPROVING', 'GP registration drop-ins are working; extend to a second site.', '54 registrations since launch.', 'Health outreach', 'INCLUDED', $3)`,
    [meetingId, presenters[1], presenters[2]],
  );
  const paper = (title, file) => ({ title, url: `https://docs.example.org/bench/${file}.pdf` });
  const snapshot = [
    { title: 'Welcome, introductions and apologies', description: 'Chair welcomes members and notes apologies received.', presenterPersonId: coordinatorId, minutesAllotted: 5, papers: [] },
    { title: 'Minutes of the last meeting and matters arising', description: 'Approve the minutes and review open actions.', presenterPersonId: coordinatorId, minutesAllotted: 10, papers: [paper('Draft minutes', 'minutes-draft')] },
    { title: 'Sector activity assessment', description: 'Partners report trends, risks and recommendations from the quarter.', presenterPersonId: presenters[0], minutesAllotted: 30, papers: [paper('Assessment summary', 'assessment'), paper('Referral data', 'referrals')] },
    { title: 'Winter night shelter plans', description: 'Capacity, volunteers and the rota for December to March.', presenterPersonId: presenters[1], minutesAllotted: 25, papers: [paper('Shelter plan 2026/27', 'shelter-plan')] },
    { title: 'Funding bid to the community foundation', description: 'Decide whether to submit a joint bid and who leads.', presenterPersonId: presenters[2], minutesAllotted: 20, papers: [paper('Bid outline', 'bid-outline')] },
    { title: 'Any other business', description: 'Items notified to the chair before the meeting.', presenterPersonId: null, minutesAllotted: 10, papers: [] },
  ].map((item) => ({ id: crypto.randomUUID(), ...item }));
  return { partnershipId, groupId, meetingId, coordinatorId, snapshot };
}

// ---------------------------------------------------------------------------------------------
// The queue path: the real worker, started from dist/.

/** CPU time (ms) of processes, from /proc (Linux); NaN elsewhere. */
function cpuMs(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      if (process.platform !== 'linux') return NaN;
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** The worker's PostgreSQL backends: CPU per backend pid, so a run's share can be taken. */
async function backendCpu(db) {
  const { rows } = await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'convene'`);
  return new Map(rows.map((r) => [r.pid, cpuMs([r.pid])]));
}

function backendCpuSince(before, after) {
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0);
  return ms;
}

function startWorker(env) {
  const worker = spawn(process.execPath, [DIST('apps/worker/src/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  worker.exited = once(worker, 'exit');
  return worker;
}

async function stopWorker(worker) {
  if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
  worker.kill('SIGTERM');
  const stopped = await Promise.race([worker.exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) {
    worker.kill('SIGKILL');
    await worker.exited;
  }
}

/** Resolves with `promise`, or rejects on timeout or if the worker exits first. */
function guard(promise, worker, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS))),
    worker.exited.then(([code, signal]) => {
      throw new Error(`worker exited (${code ?? signal}) while waiting for ${what}`);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function queueRun({ env, db, sink, data, expected }) {
  const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const schedule = new Queue('schedule', { connection, prefix: `${PREFIX}:bull` });
  const mail = new Queue('mail', { connection, prefix: `${PREFIX}:bull` });
  const worker = startWorker(env);
  try {
    // Readiness: the worker's first tick finds the meeting inside its pack window with no
    // agenda and reminds the coordinator. Once that reminder is in the sink, the worker is up.
    const ready = await sink.start([COORDINATOR_EMAIL]);
    await guard(ready.all, worker, 'the worker to start (agenda reminder to the coordinator)');
    await sleep(500);
    const reminder = await sink.stop();

    const m = await sink.start(expected);
    const workerCpu = cpuMs([worker.pid]);
    const pgCpu = await backendCpu(db);
    const started = Date.now();
    // Publishing: the agenda version the tick looks for; then a tick now rather than within the minute.
    await db.query(`INSERT INTO agenda_version (meeting_id, version, snapshot, change_note, published_by_person_id) VALUES ($1, 1, $2, NULL, $3)`, [
      data.meetingId,
      JSON.stringify(data.snapshot),
      data.coordinatorId,
    ]);
    await schedule.add('tick', {}, { jobId: 'tick.bench', removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } });
    const ms = (await guard(m.all, worker, `${expected.length} agenda packs in the sink`)) - started;
    const cpu = { sender: cpuMs([worker.pid]) - workerCpu, postgres: backendCpuSince(pgCpu, await backendCpu(db)) };
    await sleep(GRACE_MS);
    const counted = await sink.stop();

    // The ledger's account of the same run: every row SENT, once.
    let ledger;
    for (let i = 0; i < 100; i++) {
      ledger = (await db.query(
        `SELECT count(*) FILTER (WHERE status = 'SENT')::int AS sent, count(*) FILTER (WHERE status <> 'SENT')::int AS other, coalesce(max(attempts), 0)::int AS "maxAttempts"
           FROM delivery WHERE purpose_key = $1`,
        [`agenda-pack:${data.meetingId}`],
      )).rows[0];
      if (ledger.sent + ledger.other >= expected.length && ledger.other === 0) break;
      await sleep(100);
    }
    const job = await mail.getJob(`agenda-pack.${data.meetingId}.v1`);
    const jobTimes = job ? { queuedAfterMs: job.timestamp - started, waitedMs: job.processedOn - job.timestamp, ranMs: (job.finishedOn ?? NaN) - job.processedOn, state: await job.getState() } : null;
    return { ms, perSecond: (expected.length / ms) * 1000, ...counted, cpu, ledger, jobTimes, reminder };
  } finally {
    await stopWorker(worker);
    await schedule.close();
    await mail.close();
    connection.disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// The direct path: the same recipients, the same pack, the same calendar attachment and footer
// links, composed per recipient as send-many does, through pooled nodemailer, 16 in flight.
// No queue, no ledger, no access check.

async function directRun({ db, sink, data, expected }) {
  require('reflect-metadata'); // the groups lib's decorators, loaded for renderCalendar
  const { agendaPackMail } = require(DIST('libs/server/mail/src/index.js'));
  const { readMeeting, readPack } = require(DIST('libs/server/notifications/src/agenda-pack.reader.js'));
  const { groupRecipients } = require(DIST('libs/server/notifications/src/recipients.js'));
  const { renderCalendar } = require(DIST('libs/server/groups/src/calendar/calendar.service.js'));
  const { newToken } = require(DIST('libs/server/identity/src/auth/tokens.js'));
  // typeorm's DataSource.query, as the readers use it: rows only.
  const shim = { query: async (text, params) => (await db.query(text, params)).rows };

  const meeting = await readMeeting(shim, data.meetingId);
  const recipients = await groupRecipients(shim, data.groupId, 'AGENDA');
  if (recipients.length !== expected.length) throw new Error(`direct run: ${recipients.length} recipients, expected ${expected.length}`);
  const pack = await readPack(shim, meeting, WEB);

  const transport = nodemailer.createTransport(`smtp://127.0.0.1:${sink.port}?pool=true&maxConnections=5`);
  let failed = 0;
  try {
    const m = await sink.start(expected);
    const ownCpu = process.cpuUsage();
    const started = Date.now();
    const render = agendaPackMail(pack);
    const ics = renderCalendar(`${meeting.groupName}: ${meeting.title}`, [meeting], WEB);
    let next = 0;
    const lane = async () => {
      while (next < recipients.length) {
        const r = recipients[next++];
        const token = newToken('unsubscribe');
        const links = { unsubscribeUrl: `${WEB}/email/unsubscribe/${token}`, preferencesUrl: `${WEB}/email/preferences/${token}` };
        const body = render(links);
        try {
          await transport.sendMail({
            from: FROM,
            to: { name: r.name, address: r.email },
            subject: body.subject,
            html: body.html,
            text: body.text,
            messageId: `<${crypto.randomBytes(16).toString('hex')}@localhost>`,
            headers: { 'List-Unsubscribe': `<${links.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
            attachments: [{ filename: 'meeting.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
          });
        } catch (error) {
          failed += 1;
          if (failed === 1) console.error('direct send failed:', error.message);
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    // Every send has had its 250; the sink's own time for the last one is the end of the run.
    const reached = await Promise.race([m.all, sleep(10_000).then(() => Date.now())]);
    const ms = reached - started;
    const used = process.cpuUsage(ownCpu);
    const cpu = { sender: (used.user + used.system) / 1000, postgres: 0 };
    await sleep(GRACE_MS);
    const counted = await sink.stop();
    return { ms, perSecond: (expected.length / ms) * 1000, failed, ...counted, cpu };
  } finally {
    transport.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function cleanRedis() {
  const redis = new IORedis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
      cursor = nextCursor;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join('   '));
}

async function main() {
  buildIfMissing();
  const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;

  const sink = await startSink();
  const port = sink.port;
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    REDIS_URL,
    REDIS_PREFIX: PREFIX,
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    PUBLIC_WEB_URL: WEB,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  run('dist/libs/server/data-source/src/migrate.main.js', env);

  const db = new Pool({ connectionString: env.DATABASE_URL, max: 2 });
  let failed = false;
  try {
    const seeding = Date.now();
    const data = await seed(db);
    const expected = Array.from({ length: RECIPIENTS }, (_, i) => memberEmail(i + 1));
    console.log(`seeded ${RECIPIENTS} members in ${((Date.now() - seeding) / 1000).toFixed(1)} s; sink on 127.0.0.1:${port}`);

    const queue = await queueRun({ env, db, sink, data, expected });
    const direct = await directRun({ db, sink, data, expected });
    const ratio = queue.perSecond / direct.perSecond;

    console.log(`recipients ${RECIPIENTS}, ${IN_FLIGHT} in flight, pooled SMTP with 5 connections, node ${process.version}, ${require('node:os').availableParallelism()} cores`);
    table([
      ['path', 'ms', 'msg/s', 'received', 'mean bytes', 'duplicates', 'missing'],
      ['queue (worker, ledger)', queue.ms.toFixed(0), queue.perSecond.toFixed(0), queue.received, queue.meanBytes, queue.duplicates, queue.missing],
      ['direct (nodemailer pool)', direct.ms.toFixed(0), direct.perSecond.toFixed(0), direct.received, direct.meanBytes, direct.duplicates, direct.missing],
    ]);
    console.log(`ratio (queue msg/s / direct msg/s): ${ratio.toFixed(2)}x (goal >= 0.5x)`);
    console.log(
      `ledger: ${queue.ledger.sent} SENT, ${queue.ledger.other} not sent, max attempts ${queue.ledger.maxAttempts}; ` +
        `distinct Message-IDs ${queue.distinctIds}; unexpected recipients ${queue.unexpected}`,
    );
    const cpu = (r) => `sender ${(r.cpu.sender / 1000).toFixed(1)} s, sink ${(r.sinkCpuMs / 1000).toFixed(1)} s, PostgreSQL ${(r.cpu.postgres / 1000).toFixed(1)} s`;
    console.log(`CPU during the queue run:  ${cpu(queue)} (the worker's backends)`);
    console.log(`CPU during the direct run: ${cpu(direct)}`);
    if (queue.jobTimes) {
      const j = queue.jobTimes;
      console.log(`agenda-pack job: enqueued ${j.queuedAfterMs.toFixed(0)} ms after publishing, waited ${j.waitedMs} ms, ran ${j.ranMs} ms, ${j.state}`);
    }
    if (direct.failed) console.log(`direct: ${direct.failed} sends failed`);
    if (direct.outside) console.log(`${direct.outside} message(s) arrived outside a measurement`);

    const problems = [];
    if (queue.duplicates || direct.duplicates) problems.push('duplicates');
    if (queue.missing || direct.missing) problems.push('missing messages');
    if (queue.unexpected || direct.unexpected) problems.push('unexpected recipients');
    if (queue.ledger.sent !== RECIPIENTS) problems.push(`ledger has ${queue.ledger.sent} SENT, expected ${RECIPIENTS}`);
    if (direct.failed) problems.push('direct sends failed');
    if (problems.length) {
      console.error(`FAILED: ${problems.join(', ')}`);
      failed = true;
    }
  } finally {
    await db.end();
    await sink.close();
    await cleanRedis();
  }
  return failed ? 1 : 0;
}

// Exit explicitly: a stray pooled connection must not keep the process, or its result, waiting.
main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(error);
    await cleanRedis().catch(() => undefined);
    process.exit(1);
  },
);
