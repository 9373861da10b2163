// One jest run for the whole monorepo: swc transpiles TypeScript (with decorator metadata),
// and path aliases come from tsconfig.base.json so tests import libs exactly as apps do.
const { compilerOptions } = require('./tsconfig.base.json');
const fs = require('node:fs');

const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

// marked ships only ESM; Node 20.19+ can require it, jest cannot, so tests use its UMD build.
moduleNameMapper['^marked$'] = '<rootDir>/node_modules/marked/lib/marked.umd.js';
// file-type and its readers ship only ESM (Node 20.19+ requires them natively): jest gets them
// compiled to CommonJS by swc, like the project's own code.
moduleNameMapper['^file-type$'] = '<rootDir>/node_modules/file-type/index.js';
// email-reply-parser too (its dist is ESM).
moduleNameMapper['^email-reply-parser$'] = '<rootDir>/node_modules/email-reply-parser/dist/emailreplyparser.js';
const ESM_ONLY = ['file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', '@borewit', 'email-reply-parser'];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
    [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: ['@swc/jest', { ...swc, swcrc: false, jsc: { ...swc.jsc, parser: { syntax: 'ecmascript' } } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper,
  testMatch: ['<rootDir>/{apps,libs,docker,prisma-seed,tools,bench}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/tools/test/global-setup.ts',
  globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
  // `npm test -- <file>`: half the cores. The whole suite (`tools/test/run.js`) runs the specs
  // marked `@test-serial` (faults timed by the clock) one at a time first, then the rest on every
  // core; JEST_MAX_WORKERS overrides the second phase.
  maxWorkers: process.env.JEST_MAX_WORKERS || '50%',
};
