// Directory finder benchmark: 10,000 organisations and 30,000 services; the finder's filtered
// search through GraphQL and through the public Open Referral API, against a raw node:http + pg
// server running the same SQL, on the same data, in the same run. Loopback only, bounded.
//   node bench/directory/run.js            (after `npm run build`; uses DATABASE_URL or local PostgreSQL)
'use strict';
const http = require('node:http');
const { spawn } = require('node:child_process');
const { performance } = require('node:perf_hooks');
const { Pool } = require('pg');
const { ROOT, run, waitFor } = require('../kit');

const SECONDS = Number(process.env.BENCH_SECONDS || 8);
// Phases alternate (GraphQL, public API, raw, …) so a busy moment on the machine hits all three.
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS || 10_000);
const SERVICES = Number(process.env.BENCH_SERVICES || 30_000);
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const API = 'http://127.0.0.1:3992';
const RAW = 'http://127.0.0.1:3993';
const SLUG = 'west-midlands-smp';

// The finder's search as a family looking for ESOL in Arabic in Birmingham on a Tuesday would
// run it: four filters, the first page of 20 in name order.
const FILTER = { serviceType: 'ESOL', language: 'Arabic', area: 'Birmingham', weekday: 'TUESDAY' };
const FIND = `query($f: ServiceFinderFilter!) { findServices(filter: $f, first: 20) { nodes { id name organisationName languages serviceAreas } pageInfo { hasNextPage endCursor } } }`;
const PUBLIC_PATH = `/open-referral/${SLUG}/services?service_type=ESOL&language=Arabic&service_area=Birmingham&day=TU&per_page=20`;

// The same search in one statement, as the finder writes it (PUBLIC services for the public API;
// the coordinator's GraphQL search also sees PARTNERSHIP ones, the raw server does the same).
// The page is cut from the services alone and then joined to their organisations, as the finder does.
const RAW_SQL = `
SELECT s.id, s.name, o.name AS "organisationName", s.languages, s.service_areas AS "serviceAreas"
  FROM (SELECT s.* FROM directory_service s
         WHERE s.partnership_id = $1 AND s.visibility = ANY($2::text[]) AND s.status = 'ACTIVE' AND s.service_type = 'ESOL'
           AND s.service_areas @> ARRAY['Birmingham'] AND s.languages @> ARRAY['Arabic']
           AND EXISTS (SELECT 1 FROM directory_service_slot sl WHERE sl.service_id = s.id AND sl.weekday = 2)
         ORDER BY lower(s.name), s.id LIMIT 20) s
  JOIN organisation o ON o.id = s.organisation_id
 ORDER BY lower(s.name), s.id`;

/** CONNECTIONS requests in flight for SECONDS; every latency kept, so the p95 is exact. */
async function load(request) {
  const latencies = [];
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  let n = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      const res = await request(n++);
      await res.arrayBuffer();
      if (!res.ok) errors++;
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { requests: latencies.length / SECONDS, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

async function seed(pool) {
  const [{ id: partnershipId }] = (await pool.query(`SELECT id FROM partnership WHERE slug = $1`, [SLUG])).rows;
  const areas = ['Birmingham', 'Coventry', 'Sandwell', 'Wolverhampton', 'Walsall', 'Dudley', 'Solihull', 'Stoke-On-Trent', 'Herefordshire', 'Rugby'];
  const languages = ['Arabic', 'Farsi', 'Dari', 'Pashto', 'Tigrinya', 'Kurdish Sorani', 'Ukrainian', 'Urdu', 'Somali', 'Polish', 'French', 'Amharic'];
  const types = ['ESOL', 'ADVICE', 'IMMIGRATION_ADVICE', 'HOUSING', 'EMPLOYMENT', 'HEALTH', 'MENTAL_HEALTH', 'FOOD', 'LEGAL', 'EDUCATION', 'YOUTH', 'BEFRIENDING'];
  const kinds = ['CHARITY', 'COMMUNITY_GROUP', 'LOCAL_AUTHORITY', 'NHS', 'COLLEGE', 'UNIVERSITY'];
  await pool.query(
    `INSERT INTO organisation (partnership_id, name, kind, areas_served, description)
     SELECT $1, 'Bench partner ' || g, ($2::text[])[1 + g % 6], ARRAY[($3::text[])[1 + g % 10]], 'Support for refugees and migrants in the region.'
       FROM generate_series(1, $4) g`,
    [partnershipId, kinds, areas, ORGANISATIONS],
  );
  // Three services per organisation on average, spread over types, areas, languages and weekdays.
  await pool.query(
    `INSERT INTO directory_service (partnership_id, organisation_id, name, description, service_type, visibility, languages, service_areas, levels, childcare, spaces_available)
     SELECT $1, o.id, 'Service ' || g || ' of ' || o.name, 'Drop-in sessions and casework.', ($2::text[])[1 + g % 12],
            CASE WHEN g % 5 = 0 THEN 'PARTNERSHIP' ELSE 'PUBLIC' END,
            ARRAY[($3::text[])[1 + g % 12], ($3::text[])[1 + (g / 12) % 12]], ARRAY[($4::text[])[1 + (g / 7) % 10]],
            CASE WHEN g % 12 = 0 THEN ARRAY['ENTRY_1'] ELSE '{}' END, g % 3 = 0, g % 4
       FROM generate_series(1, $5) g
       JOIN LATERAL (SELECT id, name FROM organisation WHERE partnership_id = $1 AND name = 'Bench partner ' || (1 + g % $6)) o ON true`,
    [partnershipId, types, languages, areas, SERVICES, ORGANISATIONS],
  );
  await pool.query(
    `INSERT INTO directory_service_slot (service_id, weekday, starts_minute, ends_minute)
     SELECT s.id, 1 + (abs(hashtext(s.id::text)) % 7), 600, 720 FROM directory_service s WHERE s.partnership_id = $1 AND s.name LIKE 'Service %'`,
    [partnershipId],
  );
  await pool.query('ANALYZE');
  return partnershipId;
}

async function main() {
  const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
  await admin.query('DROP DATABASE IF EXISTS convene_bench_directory WITH (FORCE)');
  await admin.query('CREATE DATABASE convene_bench_directory');
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = '/convene_bench_directory';
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    REDIS_URL,
    REDIS_PREFIX: 'convene-bench-directory',
    API_PORT: '3992',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    THROTTLE_PER_IP: '1000000',
    // The public API allows 60 requests a minute per client address: the benchmark plays many
    // clients through X-Forwarded-For, trusted from loopback as behind the web server.
    TRUST_PROXY: 'loopback',
  };
  run('dist/libs/server/data-source/src/migrate.main.js', env);
  run('dist/prisma-seed/seed.main.js', env);

  const pool = new Pool({ connectionString: env.DATABASE_URL, max: 10 });
  const seeded = performance.now();
  const partnershipId = await seed(pool);
  const counts = (await pool.query(`SELECT (SELECT count(*) FROM organisation)::int AS o, (SELECT count(*) FROM directory_service)::int AS s`)).rows[0];
  console.log(`data: ${counts.o} organisations, ${counts.s} services (seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s)`);

  const api = spawn(process.execPath, ['dist/apps/api/src/main.js'], { cwd: ROOT, env, stdio: 'ignore' });
  let raw;
  try {
    await waitFor(`${API}/health`);
    const signIn = await (await fetch(`${API}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { signIn(input: { email: "coordinator@demo.convene.localhost", password: "demo-coordinator-2026" }) { token } }' }) })).json();
    const token = signIn.data.signIn.token;
    const body = JSON.stringify({ query: FIND, variables: { f: FILTER } });
    const graphqlRequest = () => fetch(`${API}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const publicRequest = (n) => fetch(`${API}${PUBLIC_PATH}`, { headers: { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` } });

    raw = http.createServer(async (req, res) => {
      const levels = req.url === '/public' ? ['PUBLIC'] : ['PUBLIC', 'PARTNERSHIP', 'COORDINATORS'];
      const result = await pool.query(RAW_SQL, [partnershipId, levels]);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { findServices: { nodes: result.rows } } }));
    });
    await new Promise((r) => raw.listen(3993, '127.0.0.1', r));
    const rawRequest = () => fetch(`${RAW}/`);
    const rawPublicRequest = () => fetch(`${RAW}/public`);

    // The three answer the same search: the same first page (ids), before any timing.
    const viaGraphql = await (await graphqlRequest()).json();
    if (viaGraphql.errors) throw new Error(JSON.stringify(viaGraphql.errors));
    const viaRaw = await (await rawRequest()).json();
    const viaPublic = await (await publicRequest(1)).json();
    const viaRawPublic = await (await rawPublicRequest()).json();
    const ids = (nodes) => nodes.map((n) => n.id).join();
    if (ids(viaGraphql.data.findServices.nodes) !== ids(viaRaw.data.findServices.nodes)) throw new Error('GraphQL and raw SQL disagree on the first page');
    if (ids(viaPublic.contents) !== ids(viaRawPublic.data.findServices.nodes)) throw new Error(`the public API and raw SQL disagree on the first page: ${JSON.stringify(viaPublic).slice(0, 300)}`);
    console.log(`search: ESOL, Arabic, Birmingham, Tuesday: ${viaGraphql.data.findServices.nodes.length} on the first page (GraphQL, signed in), ${viaPublic.total_items} public services in all`);

    const line = (name, r) => `${name} ${r.requests.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, errors ${r.errors}`;
    const rows = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const g = await load(graphqlRequest);
      const r = await load(rawRequest);
      const p = await load(publicRequest);
      const rp = await load(rawPublicRequest);
      rows.push({ g, r, p, rp });
      console.log(`round ${round}: ${line('GraphQL', g)} | ${line('raw', r)} | ratio ${(g.requests / r.requests).toFixed(2)}x`);
      console.log(`         ${line('public API', p)} | ${line('raw (public)', rp)} | ratio ${(p.requests / rp.requests).toFixed(2)}x`);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const summary = (name, pick, base) =>
      `${name}: p95 median ${median(rows.map((x) => pick(x).p95)).toFixed(1)} ms (goal < 50 ms), throughput median ${median(rows.map((x) => pick(x).requests / base(x).requests)).toFixed(2)}x raw (goal >= 0.5x)`;
    console.log(summary('GraphQL finder', (x) => x.g, (x) => x.r));
    console.log(summary('public API', (x) => x.p, (x) => x.rp));
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
