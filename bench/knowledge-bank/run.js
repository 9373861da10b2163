// Knowledge bank benchmark: faceted search (text + two facets + counts) over 50,000 resources,
// through the GraphQL API against a raw node:http + pg server running the same SQL (the search
// statement, which answers with the page's rows too), on the same data, in the same run. Loopback only, bounded.
//   node bench/knowledge-bank/run.js        (after `npm run build`; uses DATABASE_URL or local PostgreSQL)
//   BENCH_REUSE=1 node bench/knowledge-bank/run.js   keeps a database an earlier run seeded with
//     the same number of resources (migrating it to the build's schema) instead of seeding afresh
'use strict';
const http = require('node:http');
const path = require('node:path');
const { spawn } = require('node:child_process');
const autocannon = require('autocannon');
const { Pool } = require('pg');
const { ROOT, run, waitFor } = require('../kit');

const DATABASE = process.env.BENCH_DATABASE || 'convene_bench_bank';
const RESOURCES = Number(process.env.BENCH_RESOURCES || 50_000);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
// The latency phase: this many requests, this many at a time, each timed on its own.
const LATENCY_REQUESTS = Number(process.env.BENCH_LATENCY_REQUESTS || 400);
// Each round times it at every one of these loads: one search at a time, one per core, two per core.
const LATENCY_CONCURRENCIES = String(process.env.BENCH_LATENCY_CONCURRENCY || '1,2,4').split(',').map(Number);
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const REUSE = process.env.BENCH_REUSE === '1';

const SEARCH = { text: 'housing support', types: ['REPORT', 'BRIEFING'], themes: ['housing', 'destitution'], pageSize: 24 };
const QUERY = `query($s: ResourceSearchInput) { resources(search: $s) { total page pageSize suggestion
  items { id title type year pageUrl organisations { id name } outsideAuthors hasThumbnail }
  facets { types { value count } themes { value count } policyAreas { value count } organisations { value count } languages { value count } years { value count } } } }`;

// The timed requests go through node:http on kept-alive connections: the client's own CPU is
// shared with both servers on the same cores, and fetch costs several times as much per request.
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
function request(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          reject(new Error(`${res.statusCode}: ${error.message}`));
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const load = (opts) => new Promise((resolve, reject) => autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts }, (err, result) => (err ? reject(err) : resolve(result))));

/** p50 and p95 of LATENCY_REQUESTS requests, `concurrency` at a time. */
async function latency(send, concurrency) {
  const times = [];
  let left = LATENCY_REQUESTS;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) {
        const start = process.hrtime.bigint();
        await send();
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }),
  );
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

/** 50,000 resources across the types, themes, policy areas, years, languages and organisations. */
async function seed(pool, partnershipId) {
  const orgs = [];
  for (const name of ['Refugee Action', 'Joseph Rowntree Foundation', 'British Red Cross', 'Migrant Help', 'Shelter', 'Crisis', 'NACCOM', 'Praxis', 'Asylum Matters', 'Citizens Advice']) {
    orgs.push((await pool.query(`INSERT INTO organisation (partnership_id, name, kind) VALUES ($1, $2, 'CHARITY') ON CONFLICT DO NOTHING RETURNING id`, [partnershipId, `${name} (bench)`])).rows[0].id);
  }
  const started = Date.now();
  await pool.query(
    `INSERT INTO resource (partnership_id, title, summary, type, year, themes, policy_areas, language, visibility, outside_authors)
     SELECT $1,
            initcap((ARRAY['housing','destitution','asylum','employment','health','language','cohesion','advice','support','integration'])[1 + i % 10]) || ' ' ||
              (ARRAY['report','briefing','review','evidence','toolkit','guide','survey','study'])[1 + (i / 10) % 8] || ' ' ||
              (ARRAY['for refugees','in the West Midlands','after asylum','for local authorities','on move-on','for families','in practice','2.0'])[1 + (i / 80) % 8] || ' ' || i,
            'Findings on ' || (ARRAY['housing support','destitution','employment routes','English classes','mental health','hate crime','move-on support','advice services'])[1 + (i / 7) % 8] || ' from partner organisations, with recommendations.',
            (ARRAY['REPORT','BRIEFING','INFOGRAPHIC','TOOLKIT','GUIDANCE','DATASET','VIDEO','WEB_PAGE'])[1 + (i / 3) % 8],
            2000 + i % 26,
            ARRAY[(ARRAY['housing','health','education','employment','esol','destitution','hate crime','immigration status','cohesion'])[1 + i % 9],
                  (ARRAY['housing','health','education','employment','esol','destitution','hate crime','immigration status','cohesion'])[1 + (i / 9) % 9]],
            ARRAY[(ARRAY['HOUSING','COMPULSORY_EDUCATION','HEALTH','EMPLOYMENT','ADULT_EDUCATION','COMMUNITY_COHESION','MEDIA_INFORMATION','ADVICE_GUIDANCE'])[1 + i % 8]],
            (ARRAY['en','en','en','cy','ar','fa'])[1 + i % 6],
            (ARRAY['PUBLIC','PARTNERSHIP','PARTNERSHIP'])[1 + i % 3],
            ARRAY['Author ' || (i % 500)]
       FROM generate_series(1, $2) i`,
    [partnershipId, RESOURCES],
  );
  await pool.query(`INSERT INTO resource_organisation (resource_id, organisation_id) SELECT r.id, ($2::uuid[])[1 + (abs(hashtext(r.id::text)) % 10)] FROM resource r WHERE r.partnership_id = $1`, [partnershipId, orgs]);
  // The search vector and word list exactly as a save makes them, a batch at a time.
  const ids = (await pool.query(`SELECT id FROM resource WHERE partnership_id = $1`, [partnershipId])).rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 2000) await pool.query(`SELECT resource_reindex(id) FROM unnest($1::uuid[]) id`, [ids.slice(i, i + 2000)]);
  await pool.query('ANALYZE');
  console.log(`seeded ${ids.length} resources in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** With BENCH_REUSE=1: whether the database is there, seeded by an earlier run with RESOURCES resources. */
async function seededBefore(admin, url) {
  if (!REUSE || !(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE])).rows.length) return false;
  const db = new Pool({ connectionString: url, max: 1 });
  try {
    const [row] = (await db.query(`SELECT count(*)::int AS n FROM resource WHERE summary LIKE 'Findings on % from partner organisations, with recommendations.' AND search <> ''::tsvector`)).rows;
    return row.n === RESOURCES;
  } catch {
    return false;
  } finally {
    await db.end();
  }
}

async function main() {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
  const reused = await seededBefore(admin, url.toString());
  if (!reused) {
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  }
  await admin.end();
  const env = { ...process.env, DATABASE_URL: url.toString(), REDIS_URL, REDIS_PREFIX: 'convene-bench-bank', API_PORT: '3996', LOG_LEVEL: 'warn', NODE_ENV: 'production', THROTTLE_PER_IP: '100000' };
  // Migrating an earlier run's database brings it to this build's schema (a new index, a new
  // column filled by its migration) without seeding again.
  run('dist/libs/server/data-source/src/migrate.main.js', env);
  if (!reused) run('dist/prisma-seed/seed.main.js', env);

  const pool = new Pool({ connectionString: env.DATABASE_URL, max: 10 });
  const api = spawn(process.execPath, ['dist/apps/api/src/main.js'], { cwd: ROOT, env, stdio: 'ignore' });
  let raw;
  try {
    const [{ id: partnershipId }] = (await pool.query(`SELECT p.partnership_id AS id FROM person p JOIN account a ON a.id = p.account_id WHERE a.email = 'member@demo.convene.localhost'`)).rows;
    if (reused) {
      await pool.query('ANALYZE');
      console.log(`reusing the ${RESOURCES} resources seeded earlier in ${DATABASE}`);
    } else await seed(pool, partnershipId);
    await waitFor('http://127.0.0.1:3996/health');
    const signIn = await (await fetch('http://127.0.0.1:3996/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { signIn(input: { email: "member@demo.convene.localhost", password: "demo-member-2026" }) { token } }' }) })).json();
    if (!signIn.data) throw new Error(JSON.stringify(signIn.errors));
    const token = signIn.data.signIn.token;
    const [{ personId }] = (await pool.query(`SELECT p.id AS "personId" FROM person p JOIN account a ON a.id = p.account_id WHERE a.email = 'member@demo.convene.localhost'`)).rows;

    // The raw server runs the API's own statements (from the build) for the same reader: a member.
    const { searchStatement, checkQuery } = {
      ...require(path.join(ROOT, 'dist/libs/server/knowledge-bank/src/search/search.sql.js')),
      ...require(path.join(ROOT, 'dist/libs/server/knowledge-bank/src/search/bank-search.service.js')),
    };
    const reader = { partnershipId, personId, coordinator: false };
    const { sql, params } = searchStatement(reader, checkQuery(SEARCH));
    raw = http.createServer(async (req, res) => {
      try {
        // The statement answers with the page's rows too (in page order by their ids).
        const [{ total, facets, ids, rows }] = (await pool.query(sql, params)).rows;
        const byId = new Map(rows.map((r) => [r.id, r]));
        const items = ids.map((id) => byId.get(id)).filter(Boolean);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { resources: { total, items, facets } } }));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
    await new Promise((r) => raw.listen(3997, '127.0.0.1', r));

    const body = JSON.stringify({ query: QUERY, variables: { s: SEARCH } });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const viaApi = async () => {
      const json = await request('http://127.0.0.1:3996/graphql', { method: 'POST', headers, body });
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return json.data.resources;
    };
    const viaRaw = async () => (await request('http://127.0.0.1:3997/')).data.resources;
    const [a, b] = [await viaApi(), await viaRaw()];
    if (a.total !== b.total || a.items.length !== b.items.length) throw new Error(`the two servers disagree: ${a.total}/${a.items.length} against ${b.total}/${b.items.length}`);
    console.log(`search: "${SEARCH.text}", types ${SEARCH.types.join('+')}, themes ${SEARCH.themes.join('+')}: ${a.total} hits, ${a.items.length} on the page, ${a.facets.types.length + a.facets.themes.length + a.facets.policyAreas.length + a.facets.years.length} facet values`);

    const p95s = new Map(LATENCY_CONCURRENCIES.map((c) => [c, { graphql: [], raw: [] }]));
    const ratios = [];
    const line = (name, r) => `${name} ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}`;
    for (let round = 1; round <= ROUNDS; round++) {
      for (const concurrency of LATENCY_CONCURRENCIES) {
        const lat = await latency(viaApi, concurrency);
        const rawLat = await latency(viaRaw, concurrency);
        p95s.get(concurrency).graphql.push(lat.p95);
        p95s.get(concurrency).raw.push(rawLat.p95);
        console.log(
          `round ${round}: latency (${concurrency} at a time) GraphQL p50 ${lat.p50.toFixed(1)} ms p95 ${lat.p95.toFixed(1)} ms | raw p50 ${rawLat.p50.toFixed(1)} ms p95 ${rawLat.p95.toFixed(1)} ms`,
        );
      }
      const graphql = await load({ url: 'http://127.0.0.1:3996/graphql', method: 'POST', headers, body });
      const baseline = await load({ url: 'http://127.0.0.1:3997/' });
      ratios.push(graphql.requests.average / baseline.requests.average);
      console.log(`round ${round}: throughput (${CONNECTIONS} connections) ${line('GraphQL API', graphql)} | ${line('raw http + pg', baseline)} | ratio ${ratios.at(-1).toFixed(2)}x`);
    }
    const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    for (const [concurrency, { graphql, raw: rawP95 }] of p95s) {
      console.log(`p95, ${concurrency} at a time, median of ${ROUNDS} rounds: GraphQL ${median(graphql).toFixed(1)} ms, raw SQL ${median(rawP95).toFixed(1)} ms (goal < 50 ms)`);
    }
    console.log(`throughput ratio: median ${median(ratios).toFixed(2)}x, range ${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}x (goal >= 0.5x)`);
  } finally {
    api.kill('SIGTERM');
    // Requests autocannon left in flight finish (or fail) before the pool goes.
    agent.destroy();
    raw?.closeAllConnections();
    await new Promise((r) => (raw ? raw.close(r) : r()));
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
