// Inbound benchmark: email replies per second processed end to end by the worker's inbound SMTP
// service (parse, reply key, sender check, once-per-Message-ID claim, the reply's action through
// the meetings service, the outcome and its confirmation job), against a raw smtp-server that only
// parses the same messages, in the same run. Every tenth message is delivered twice, as a relay
// retrying would: the run counts what was lost and what was acted on twice. Loopback only.
//   node bench/inbound/run.js      (builds first if dist/ is missing; BENCH_REPLIES, default 600)
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { once } = require('node:events');
const { spawn, spawnSync, execSync } = require('node:child_process');
const { Pool } = require('pg');
const IORedis = require('ioredis');
const { Queue } = require('bullmq');
const nodemailer = require('nodemailer');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');
const { ROOT, run } = require('../kit');

const REPLIES = Number(process.env.BENCH_REPLIES || 600);
const MEMBERS = Math.max(1, Math.ceil(REPLIES / 3));
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const WARM = Number(process.env.BENCH_WARM || 400); // messages each path handles before the timed rounds
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT || 16); // connections at once, both paths (Postfix's default per destination is 20)
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const DATABASE = 'convene_bench_inbound';
const PORTS = { inbound: 3970, raw: 3971, sink: 3972 }; // its own: the other benchmarks use 3980–3997
const DOMAIN = 'reply.bench.test';
const PREFIX = `bench-inbound-${process.pid}`;
const DIST = (file) => path.join(ROOT, 'dist', file);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function buildIfMissing() {
  if (fs.existsSync(DIST('libs/server/inbound/src/index.js'))) return;
  console.log('dist/ is missing the inbound service: npm run build');
  if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('npm run build failed');
}

async function freshDatabase() {
  const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

/** A meeting three days away and its members, each with a reply address for its agenda pack (keys kept here to reply with). */
async function seed(db) {
  const one = async (sql, params) => (await db.query(sql, params)).rows[0];
  const { id: partnershipId } = await one(`INSERT INTO partnership (name, slug) VALUES ('Bench Partnership', 'bench') RETURNING id`);
  const { id: groupId } = await one(`INSERT INTO "group" (partnership_id, name, slug, kind, visibility) VALUES ($1, 'Bench Steering Group', 'bench', 'STEERING_GROUP', 'PRIVATE') RETURNING id`, [partnershipId]);
  const people = (await db.query(
    `WITH a AS (INSERT INTO account (email, name, password_hash) SELECT 'member-' || n || '@charity.bench', 'Member ' || n, 'x' FROM generate_series(1, $2) n RETURNING id, email)
     , p AS (INSERT INTO person (partnership_id, account_id, role) SELECT $1, a.id, 'MEMBER' FROM a RETURNING id, account_id)
     SELECT p.id, a.email FROM p JOIN a ON a.id = p.account_id ORDER BY a.email`,
    [partnershipId, MEMBERS],
  )).rows;
  await db.query(`INSERT INTO group_member (group_id, person_id, role) SELECT $1, unnest($2::uuid[]), 'MEMBER'`, [groupId, people.map((p) => p.id)]);
  const { id: meetingId } = await one(`INSERT INTO meeting (group_id, title, starts_at, ends_at) VALUES ($1, 'Quarterly meeting', now() + interval '3 days', now() + interval '3 days 2 hours') RETURNING id`, [groupId]);
  const keys = people.map(() => crypto.randomBytes(20).toString('hex'));
  await db.query(
    `INSERT INTO reply_address (key_hash, person_id, address, purpose, subject_id, expires_at)
     SELECT h, p, e, 'AGENDA_PACK', $4, now() + interval '90 days' FROM unnest($1::text[], $2::uuid[], $3::text[]) AS t(h, p, e)`,
    [keys.map((k) => crypto.createHash('sha256').update(k).digest('hex')), people.map((p) => p.id), people.map((p) => p.email), meetingId],
  );
  return { meetingId, people: people.map((p, i) => ({ ...p, to: `reply+${keys[i]}@${DOMAIN}` })) };
}

/** REPLIES messages: a third apologies, two thirds comments for the coordinators, each with its own Message-ID and a quoted pack. */
function messages(people, tag) {
  const quoted = Array.from({ length: 40 }, (_, i) => `> Item ${i + 1}: the agenda pack text the mail client quotes back`).join('\n');
  return Array.from({ length: REPLIES }, (_, i) => {
    const person = people[i % people.length];
    const text = i % 3 === 0 ? `Apologies — I'm on leave that week (${i}).` : `Could item ${i % 7} include the figures from our area? (${i})`;
    return { from: person.email, to: person.to, subject: 'Re: Agenda pack: Quarterly meeting', messageId: `<${tag}-${i}@charity.bench>`, text: `${text}\n\nOn Monday, Convene wrote:\n${quoted}\n` };
  });
}

/** Sends every message (every tenth twice) with IN_FLIGHT lanes over pooled SMTP; the time to the last 250. */
async function deliver(port, list) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, ignoreTLS: true, pool: true, maxConnections: IN_FLIGHT, maxMessages: Infinity });
  const queue = [...list, ...list.filter((_, i) => i % 10 === 0)];
  let next = 0;
  let refused = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < queue.length) {
        const mail = queue[next++];
        try {
          await transport.sendMail(mail);
        } catch (error) {
          refused += 1;
          if (refused === 1) console.error('refused:', error.message);
        }
      }
    }),
  );
  transport.close();
  const ms = Date.now() - started;
  return { ms, delivered: queue.length, refused, perSecond: (list.length / ms) * 1000 };
  // (perSecond counts each message once: the duplicates are extra work the same run absorbs.)
}

/** The baseline: smtp-server that parses each message with mailparser and answers 250. */
async function rawServer() {
  let parsed = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(() => ((parsed += 1), callback()), callback);
    },
  });
  await new Promise((resolve) => server.listen(PORTS.raw, '127.0.0.1', resolve));
  return { parsed: () => parsed, close: () => new Promise((r) => server.close(r)) };
}

/** Where the worker's confirmations go: accepted and counted. */
async function confirmationSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => ((received += 1), callback()));
    },
  });
  await new Promise((resolve) => server.listen(PORTS.sink, '127.0.0.1', resolve));
  return { received: () => received, close: () => new Promise((r) => server.close(r)) };
}

async function listening(port, worker, seconds = 60) {
  for (let i = 0; i < seconds * 5; i++) {
    if (worker.exitCode !== null) throw new Error(`the worker exited (${worker.exitCode})`);
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`nothing listened on ${port}`);
}

async function main() {
  buildIfMissing();
  const databaseUrl = await freshDatabase();
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: PREFIX,
    SMTP_URL: `smtp://127.0.0.1:${PORTS.sink}`,
    INBOUND_SMTP_PORT: String(PORTS.inbound),
    INBOUND_DOMAIN: DOMAIN,
    POSTS_PER_MINUTE: '10000',
  };
  run('dist/libs/server/data-source/src/migrate.main.js', env);
  const db = new Pool({ connectionString: databaseUrl, max: 2 });
  const data = await seed(db);
  const sink = await confirmationSink();
  const raw = await rawServer();
  // BENCH_CPU_PROF=<dir>: the worker writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const mailQueue = new Queue('mail', { connection, prefix: `${PREFIX}:bull` });
  const worker = spawn(process.execPath, [...profile, DIST('apps/worker/src/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = once(worker, 'exit');
  try {
    await listening(PORTS.inbound, worker);
    // Warm both paths (JIT, pools) with messages of their own, then measure: a round lasts a
    // second or two, so a cold process would be measured warming up rather than working (the
    // worker is a long-running service).
    await deliver(PORTS.raw, messages(data.people, 'warm-raw').slice(0, WARM));
    await deliver(PORTS.inbound, messages(data.people, 'warm').slice(0, WARM));
    await db.query(`DELETE FROM meeting_email_comment; DELETE FROM inbound_message`);
    // The confirmations are emails of their own, queued by each reply: held while the rounds are
    // timed (the mail queue paused), then sent and counted. What is timed is the reply acted on.
    await mailQueue.pause();

    // Rounds alternate, raw then end to end, so a busy moment on the shared machine falls on
    // both; each round's ratio is printed and the median is the figure.
    const list = messages(data.people, 'reply');
    const per = Math.floor(REPLIES / ROUNDS);
    const commits = async () => Number((await db.query(`SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()`)).rows[0].xact_commit);
    const rounds = [];
    let statements = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const slice = (all) => all.slice(r * per, r === ROUNDS - 1 ? REPLIES : (r + 1) * per);
      const rawRound = await deliver(PORTS.raw, slice(messages(data.people, `raw${r}`)));
      const before = await commits();
      const endRound = await deliver(PORTS.inbound, slice(list));
      statements += (await commits()) - before;
      rounds.push({ raw: Math.round(rawRound.perSecond), endToEnd: Math.round(endRound.perSecond), ratio: Number((endRound.perSecond / rawRound.perSecond).toFixed(2)), refused: rawRound.refused + endRound.refused, ms: endRound.ms });
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    // Transactions PostgreSQL committed per reply, duplicates included (1 in 10 is delivered twice).
    const statementsPerReply = (statements / REPLIES).toFixed(1);
    const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
    const uptime = execSync('uptime').toString().trim();

    const expectedComments = list.filter((_, i) => i % 3 !== 0).length;
    const row = (await db.query(
      `SELECT (SELECT count(*) FROM inbound_message WHERE message_id LIKE '<reply-%')::int AS received,
              (SELECT count(*) FROM inbound_message WHERE message_id LIKE '<reply-%' AND outcome = 'APOLOGIES')::int AS apologies,
              (SELECT count(*) FROM inbound_message WHERE message_id LIKE '<reply-%' AND outcome = 'MEETING_COMMENT')::int AS comments,
              (SELECT count(*) FROM inbound_message WHERE message_id LIKE '<reply-%' AND outcome NOT IN ('APOLOGIES', 'MEETING_COMMENT'))::int AS other,
              (SELECT count(*) FROM meeting_email_comment)::int AS "commentRows",
              (SELECT count(*) FROM (SELECT body FROM meeting_email_comment GROUP BY body HAVING count(*) > 1) d)::int AS "commentsTwice"`,
    )).rows[0];
    const lost = REPLIES - row.received;
    const actedTwice = row.commentsTwice + Math.max(0, row.commentRows - expectedComments);
    console.log(JSON.stringify({
      replies: REPLIES, duplicatesDelivered: Math.ceil(REPLIES / 10), members: MEMBERS, inFlight: IN_FLIGHT,
      rounds, medianRatio: median(rounds.map((r) => r.ratio)), raw: { parsed: raw.parsed() },
      statementsPerReply, outcomes: row, lost, actedTwice, load, uptime,
    }, null, 2));
    // Confirmations: sent once the queue runs again, one per reply (not timed).
    await mailQueue.resume();
    const told = async () =>
      Number((await db.query(
        `SELECT count(*) FROM delivery d JOIN inbound_message im ON d.purpose_key = 'reply-outcome:' || im.id WHERE im.message_id LIKE '<reply-%' AND d.status = 'SENT'`,
      )).rows[0].count);
    let confirmations = 0;
    for (let i = 0; i < 300 && (confirmations = await told()) < REPLIES; i++) await sleep(200);
    console.log(`confirmations sent after the rounds: ${confirmations} for ${REPLIES} replies`);
    if (confirmations !== REPLIES) process.exitCode = 1;
    if (lost || actedTwice) process.exitCode = 1;
  } finally {
    worker.kill('SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    if (worker.exitCode === null) worker.kill('SIGKILL');
    await mailQueue.close();
    connection.disconnect();
    await raw.close();
    await sink.close();
    await db.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
