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
    const results = path.join(os.tmpdir(), `convene-jest-${process.pid}.json`);
    // --forceExit: if a test leaves a server open after a failure, jest still ends and says so.
    if (code === 0) code = await step('jest', bin('jest'), ['--ci', '--forceExit', '--json', `--outputFile=${results}`, ...jestArgs], env, { inherit: true });
    if (fs.existsSync(results)) {
      const summary = JSON.parse(fs.readFileSync(results, 'utf8'));
      process.stdout.write(`\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed\n`);
      fs.rmSync(results, { force: true });
    }
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
