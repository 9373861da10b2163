// Agenda-pack benchmark: the GraphQL API against a raw node:http + pg server that reads the
// same pack in one SQL statement, on the same data, in the same run. Loopback only, bounded.
//   node bench/agenda-pack/run.js            (after `npm run build`; uses DATABASE_URL or local PostgreSQL)
'use strict';
const http = require('node:http');
const { spawn } = require('node:child_process');
const autocannon = require('autocannon');
const { Pool } = require('pg');
const { ROOT, run, waitFor } = require('../kit');

const SECONDS = Number(process.env.BENCH_SECONDS || 10);
// Phases alternate (GraphQL, raw, GraphQL, raw …) so a busy moment on the machine hits both.
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

const PACK_QUERY = `query($id: ID!) { meeting(id: $id) { id title startsAt location onlineUrl
  agendaItems { position title description minutesAllotted status papers { title url } presenter { name organisation { name } } proposedBy { name } }
  assessment { theme kind rating direction summary evidence source }
  mattersArising { title dueDate status owner { name } }
  attendance { status note person { name } } } }`;

// The same pack, in one statement: what the coordinator sees (every item, included entries).
const RAW_SQL = `
SELECT json_build_object(
  'id', m.id, 'title', m.title, 'startsAt', m.starts_at, 'location', m.location, 'onlineUrl', m.online_url,
  'agendaItems', (SELECT coalesce(json_agg(json_build_object('position', i.position, 'title', i.title, 'description', i.description, 'minutesAllotted', i.minutes_allotted,
      'status', i.status, 'papers', i.papers, 'presenter', (SELECT json_build_object('name', a.name, 'organisation', (SELECT json_build_object('name', o.name) FROM organisation o WHERE o.id = p.organisation_id))
        FROM person p JOIN account a ON a.id = p.account_id WHERE p.id = i.presenter_person_id),
      'proposedBy', (SELECT json_build_object('name', a.name) FROM person p JOIN account a ON a.id = p.account_id WHERE p.id = i.proposed_by_person_id)) ORDER BY i.position), '[]')
    FROM agenda_item i WHERE i.meeting_id = m.id),
  'assessment', (SELECT coalesce(json_agg(json_build_object('theme', e.theme, 'kind', e.kind, 'rating', e.rating, 'direction', e.direction, 'summary', e.summary, 'evidence', e.evidence, 'source', e.source)), '[]')
    FROM assessment_entry e WHERE e.meeting_id = m.id AND e.status = 'INCLUDED'),
  'mattersArising', (SELECT coalesce(json_agg(json_build_object('title', x.title, 'dueDate', x.due_date, 'status', x.status, 'owner', (SELECT json_build_object('name', a.name) FROM person p JOIN account a ON a.id = p.account_id WHERE p.id = x.owner_person_id))), '[]')
    FROM meeting e JOIN action_item x ON x.meeting_id = e.id WHERE e.group_id = m.group_id AND e.starts_at < m.starts_at AND x.status IN ('OPEN', 'IN_PROGRESS')),
  'attendance', (SELECT coalesce(json_agg(json_build_object('status', coalesce(at.status, 'INVITED'), 'note', at.note, 'person', json_build_object('name', a.name))), '[]')
    FROM group_member gm JOIN person p ON p.id = gm.person_id JOIN account a ON a.id = p.account_id LEFT JOIN attendance at ON at.meeting_id = m.id AND at.person_id = gm.person_id WHERE gm.group_id = m.group_id)
) AS pack FROM meeting m WHERE m.id = $1`;

function load(opts) {
  return new Promise((resolve, reject) => autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts }, (err, result) => (err ? reject(err) : resolve(result))));
}

async function main() {
  const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
  await admin.query('DROP DATABASE IF EXISTS convene_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE convene_bench');
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = '/convene_bench';
  const env = { ...process.env, DATABASE_URL: url.toString(), REDIS_URL, REDIS_PREFIX: 'convene-bench', API_PORT: '3990', LOG_LEVEL: 'warn', NODE_ENV: 'production', THROTTLE_PER_IP: '100000' };
  run('dist/libs/server/data-source/src/migrate.main.js', env);
  run('dist/prisma-seed/seed.main.js', env);

  const api = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), 'dist/apps/api/src/main.js'], { cwd: ROOT, env, stdio: 'ignore' });
  const pool = new Pool({ connectionString: env.DATABASE_URL, max: 10 });
  let raw;
  try {
    await waitFor('http://127.0.0.1:3990/health');
    const signIn = await (await fetch('http://127.0.0.1:3990/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { signIn(input: { email: "coordinator@demo.convene.localhost", password: "demo-coordinator-2026" }) { token } }' }) })).json();
    const token = signIn.data.signIn.token;
    const [{ id }] = (await pool.query(`SELECT m.id FROM meeting m JOIN "group" g ON g.id = m.group_id WHERE g.slug = 'destitution-steering-group' AND m.starts_at > now() ORDER BY m.starts_at LIMIT 1`)).rows;
    // A realistic pack: 15 more items with presenters and papers on top of the seeded agenda, and
    // a sector assessment of eight entries.
    const [{ pid }] = (await pool.query(`SELECT p.id AS pid FROM person p JOIN account a ON a.id = p.account_id WHERE a.email = 'member@demo.convene.localhost'`)).rows;
    for (let i = 0; i < 15; i++) {
      await pool.query(`INSERT INTO agenda_item (meeting_id, position, title, description, presenter_person_id, proposed_by_person_id, minutes_allotted, papers) VALUES ($1, 10 + $2, $3, 'Evidence and discussion', $4, $4, 10, $5)`, [id, i, `Partner update ${i + 1}`, pid, JSON.stringify([{ title: 'Briefing', url: 'https://example.org/b.pdf' }])]);
    }
    const themes = ['housing', 'health', 'destitution', 'esol', 'employment', 'hate crime', 'immigration status', 'cohesion'];
    for (const [i, theme] of themes.entries()) {
      await pool.query(
        `INSERT INTO assessment_entry (meeting_id, theme, kind, rating, direction, summary, evidence, source, status, contributed_by_person_id)
         VALUES ($1, $2, $3, $4, 'WORSENING', $5, 'Case records from partner organisations', 'Partner survey', 'INCLUDED', $6)`,
        [id, theme, ['TREND', 'RISK', 'RECOMMENDATION'][i % 3], ['RED', 'AMBER', 'GREEN'][i % 3], `Pressure on ${theme} support`, pid],
      );
    }
    // BENCH_QUERY=floor measures the framework alone: session, access check, one meeting row.
    const query = process.env.BENCH_QUERY === 'floor' ? 'query($id: ID!) { meeting(id: $id) { id title agendaItems { title } } }' : PACK_QUERY;
    const body = JSON.stringify({ query, variables: { id } });
    const check = await (await fetch('http://127.0.0.1:3990/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })).json();
    if (check.errors) throw new Error(JSON.stringify(check.errors));

    raw = http.createServer(async (req, res) => {
      const result = await pool.query(RAW_SQL, [id]);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { meeting: result.rows[0].pack } }));
    });
    await new Promise((r) => raw.listen(3991, '127.0.0.1', r));

    const pack = check.data.meeting;
    const rawPack = (await (await fetch('http://127.0.0.1:3991/')).json()).data.meeting;
    const sizes = (p) => [p.agendaItems.length, p.assessment?.length, p.mattersArising?.length, p.attendance?.length].join('/');
    if (process.env.BENCH_QUERY !== 'floor' && sizes(pack) !== sizes(rawPack)) throw new Error(`the two servers disagree: ${sizes(pack)} against ${sizes(rawPack)}`);
    console.log(`agenda pack: ${pack.agendaItems.length} items, ${pack.assessment?.length ?? '-'} assessment entries, ${pack.mattersArising?.length ?? '-'} matters arising, ${pack.attendance?.length ?? '-'} attendance rows`);
    const line = (name, r) => `${name} ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}`;
    const ratios = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const graphql = await load({ url: 'http://127.0.0.1:3990/graphql', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const baseline = await load({ url: 'http://127.0.0.1:3991/' });
      ratios.push(graphql.requests.average / baseline.requests.average);
      console.log(`round ${round}: ${line('GraphQL API', graphql)} | ${line('raw http + pg', baseline)} | ratio ${ratios.at(-1).toFixed(2)}x`);
    }
    const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)];
    console.log(`ratio: median ${median.toFixed(2)}x of ${ROUNDS} rounds, range ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}x (goal >= 0.5x)`);
  } finally {
    api.kill('SIGTERM');
    raw?.close();
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
