// Compiles the TypeScript apps and libs to dist/ when the sources are newer than the build.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT } = require('./services');

function newestSource(dir, newest = 0) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(full, newest);
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` unless dist/ is already newer than every source; prints output only on failure. */
function build({ force = false } = {}) {
  const marker = path.join(ROOT, 'dist/apps/api/src/main.js');
  const sources = Math.max(...['apps', 'libs', 'prisma-seed'].map((d) => newestSource(path.join(ROOT, d))), fs.statSync(path.join(ROOT, 'tsconfig.base.json')).mtimeMs);
  if (!force && fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= sources) return;
  process.stdout.write('Building…\n');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('The build failed (see above).');
  }
  fs.utimesSync(marker, new Date(), new Date());
}

module.exports = { build };
