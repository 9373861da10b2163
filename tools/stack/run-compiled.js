// Runs a compiled entry point with the embedded database when DATABASE_URL is not set.
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, ensureDatabase, ensurePostgres } = require('./services');
const { build } = require('./build');

async function runCompiled(entry, { needsDatabase = true } = {}) {
  build();
  let postgres;
  const env = { ...process.env };
  try {
    if (needsDatabase && !env.DATABASE_URL) {
      postgres = await ensurePostgres({ log: (m) => process.stdout.write(`${m}\n`) });
      env.DATABASE_URL = await ensureDatabase(postgres.url, 'convene');
    }
    const result = spawnSync(process.execPath, [path.join(ROOT, entry)], { cwd: ROOT, env, stdio: 'inherit' });
    process.exitCode = result.status ?? 1;
  } finally {
    if (postgres) await postgres.stop();
  }
}

module.exports = { runCompiled };
