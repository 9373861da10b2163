// What every benchmark starts with: running a built entry point, and waiting for a server to answer.
'use strict';
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');

/** Runs a built entry point (a migration, the seed) to its end; throws with its stderr if it fails. */
function run(entry, env) {
  const result = spawnSync(process.execPath, [path.join(ROOT, entry)], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${entry} failed: ${result.stderr}`);
}

/** Waits until `url` answers 2xx, polling every 200 ms, at most `seconds`. */
async function waitFor(url, seconds = 30) {
  for (let i = 0; i < seconds * 5; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

module.exports = { ROOT, run, waitFor };
