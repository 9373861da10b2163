// `npm test`: make sure PostgreSQL and Redis are there, then lint, type-check and run jest.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { ROOT, ensurePostgres, ensureRedis } = require('../stack/services');

function step(name, command, args, env) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  process.stdout.write(`\n${name}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  return result.status ?? 1;
}

async function main() {
  const say = (m) => process.stdout.write(`${m}\n`);
  // Tests get their own embedded cluster, never the dev data in .data/postgres.
  const postgres = await ensurePostgres({ dataDir: path.join(ROOT, '.data/postgres-test'), log: say });
  const redis = await ensureRedis({ log: say });
  const env = { ...process.env, DATABASE_URL: postgres.url, REDIS_URL: redis.url, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
  let code = 0;
  try {
    const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);
    // The boundary rule reads Nx's project graph, which `nx show projects` computes and caches.
    code = step('project graph', bin('nx'), ['show', 'projects'], env);
    if (code === 0) code = step('lint (module boundaries)', bin('eslint'), ['.'], env);
    if (code === 0) code = step('type check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], env);
    // What `npm start` and the images build: server code only, without test-only types.
    if (code === 0) code = step('type check (build)', bin('tsc'), ['-p', 'tsconfig.build.json', '--noEmit', '--incremental', 'false', '--tsBuildInfoFile', 'null'], env);
    if (code === 0) code = step('type check (web client)', bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit'], env);
    // The web client's GraphQL types must match schema.gql and its operations (`npm run codegen`).
    if (code === 0) code = step('web client types are current', bin('graphql-codegen'), ['--config', 'apps/web/codegen.ts', '--check'], env);
    const results = path.join(os.tmpdir(), `convene-jest-${process.pid}.json`);
    if (code === 0) code = step('jest', bin('jest'), ['--ci', '--json', `--outputFile=${results}`, ...process.argv.slice(2)], env);
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
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
