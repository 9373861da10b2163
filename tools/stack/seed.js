'use strict';
// `npm run seed`
require('./run-compiled')
  .runCompiled('dist/prisma-seed/seed.main.js')
  .catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
