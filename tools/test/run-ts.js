// Runs a TypeScript entry point in a plain Node process, for tests that must kill a real
// process (SIGKILL) rather than close an in-process app: `node tools/test/run-ts.js file.ts`.
// swc transpiles each file as it is required, with the same settings as jest, and the
// tsconfig path aliases resolve to the libs' sources.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const ROOT = path.resolve(__dirname, '../..');
const swc = JSON.parse(fs.readFileSync(path.join(ROOT, '.swcrc'), 'utf8'));
delete swc.$schema;
const { compilerOptions } = require(path.join(ROOT, 'tsconfig.base.json'));
const aliases = new Map(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [alias, path.join(ROOT, target)]));

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, aliases.get(request) ?? request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swc, swcrc: false, filename });
  module._compile(code, filename);
};

require('reflect-metadata');
require(path.resolve(process.argv[2]));
