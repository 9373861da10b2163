// Builds the web client: TypeScript (Preact) bundled by esbuild, and GOV.UK Frontend's Sass
// compiled without the crown and the GDS font. Output goes to apps/web/public/build/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const sass = require('sass');

const WEB = __dirname;
const OUT = path.join(WEB, 'public/build');

async function build({ minify = process.env.NODE_ENV === 'production' } = {}) {
  fs.mkdirSync(OUT, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(WEB, 'src/main.tsx')],
    bundle: true,
    outfile: path.join(OUT, 'app.js'),
    format: 'esm',
    target: ['chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: path.join(WEB, 'tsconfig.json'),
    sourcemap: true,
    minify,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const css = sass.compile(path.join(WEB, 'src/styles/app.scss'), {
    loadPaths: [path.join(WEB, '../../node_modules')],
    style: minify ? 'compressed' : 'expanded',
    quietDeps: true,
    silenceDeprecations: ['import', 'global-builtin'],
  });
  fs.writeFileSync(path.join(OUT, 'app.css'), css.css);
}

module.exports = { build };

if (require.main === module) {
  build().catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
