// `npm test`: make sure PostgreSQL and Redis are there, then lint, type-check and run jest.
// `npm test -- <file or pattern>` runs just those tests: no lint or type checks, so it takes seconds.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const { spawn } = require('node:child_process');
const path = require('node:path');
const { ROOT, ensurePostgres, ensureRedis } = require('../stack/services');

const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);

/** Runs one step, printing its output when it ends (so parallel steps don't interleave). */
function step(name, command, args, env, { inherit = false } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    if (!inherit) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => (output += `${error.message}\n`));
    child.on('close', (status) => {
      if (output) process.stdout.write(output);
      process.stdout.write(`\n${name}: ${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
      resolve(status ?? 1);
    });
  });
}

/** Lint, then the type checks and the codegen check side by side: they read and never write. */
async function staticChecks(env) {
  // The boundary rule reads Nx's project graph, which `nx show projects` computes and caches.
  let code = await step('project graph', bin('nx'), ['show', 'projects'], env);
  if (code !== 0) return code;
  const results = await Promise.all([
    step('lint (module boundaries)', bin('eslint'), ['.'], env),
    step('type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], env),
    // What `npm start` and the images build: server code only, without test-only types.
    step('type check (build)', bin('tsc'), ['-p', 'tsconfig.build.json', '--noEmit', '--incremental', 'false', '--tsBuildInfoFile', 'null'], env),
    step('type check (web client)', bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit'], env),
    // The web client's GraphQL types must match schema.gql and its operations (`npm run codegen`).
    step('web client types are current', bin('graphql-codegen'), ['--config', 'apps/web/codegen.ts', '--check'], env),
  ]);
  code = results.find((status) => status !== 0) ?? 0;
  return code;
}

/** Runs jest once, then prints its totals; returns its exit code and the totals. */
async function jestRun(name, args, env) {
  const results = path.join(os.tmpdir(), `convene-jest-${process.pid}-${name.replace(/\W+/g, '-')}.json`);
  // --forceExit: if a test leaves a server open after a failure, jest still ends and says so.
  const code = await step(name, bin('jest'), ['--ci', '--forceExit', '--json', `--outputFile=${results}`, ...args], env, { inherit: true });
  const totals = { passed: 0, failed: 0, skipped: 0 };
  if (fs.existsSync(results)) {
    const summary = JSON.parse(fs.readFileSync(results, 'utf8'));
    Object.assign(totals, { passed: summary.numPassedTests, failed: summary.numFailedTests, skipped: summary.numPendingTests });
    fs.rmSync(results, { force: true });
  }
  return { code, totals };
}

async function jest(name, args, env) {
  const { code, totals } = await jestRun(name, args, env);
  process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  return code;
}

/** A spec whose first lines carry this marker measures behaviour under faults by the clock. */
const SERIAL_MARKER = '@test-serial';

function serialSpecs() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.spec.ts') && fs.readFileSync(full, 'utf8').slice(0, 2000).includes(SERIAL_MARKER)) found.push(full);
    }
  };
  for (const top of ['apps', 'libs', 'docker', 'prisma-seed', 'tools', 'bench']) walk(path.join(ROOT, top));
  return found;
}

/**
 * The whole suite in two phases. Fault specs (a killed worker, PostgreSQL cut mid-send) time
 * lock hand-overs and recoveries by the clock, so they run one at a time on a machine nothing
 * else loads; every other spec then runs on all the cores.
 */
async function jestInPhases(args, env) {
  const serial = serialSpecs();
  const escape = (file) => path.relative(ROOT, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const first = serial.length ? await jestRun('jest (fault specs, one at a time)', ['--maxWorkers=1', ...args, ...serial.map(escape)], env) : { code: 0, totals: { passed: 0, failed: 0, skipped: 0 } };
  const ignore = ['/node_modules/', '/dist/', ...serial.map(escape)];
  const rest = await jestRun('jest (every other spec)', [`--maxWorkers=${process.env.JEST_MAX_WORKERS || '100%'}`, ...args, '--testPathIgnorePatterns', ...ignore], env);
  const sum = (key) => first.totals[key] + rest.totals[key];
  process.stdout.write(`\n${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped\n`);
  return first.code || rest.code;
}

async function main() {
  const say = (m) => process.stdout.write(`${m}\n`);
  const jestArgs = process.argv.slice(2);
  const namesFiles = jestArgs.some((arg) => !arg.startsWith('-'));
  // Tests get their own embedded cluster, never the dev data in .data/postgres.
  const postgres = await ensurePostgres({ dataDir: path.join(ROOT, '.data/postgres-test'), log: say });
  const redis = await ensureRedis({ log: say });
  const env = { ...process.env, DATABASE_URL: postgres.url, REDIS_URL: redis.url, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  let code = 0;
  try {
    if (!namesFiles) code = await staticChecks(env);
    if (code === 0) code = namesFiles ? await jest('jest', jestArgs, env) : await jestInPhases(jestArgs, env);
  } finally {
    await redis.stop();
    await postgres.stop();
  }
  process.exit(code);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : `Could not start the test services: ${String(error)}`}\n`);
  process.exit(1);
});
