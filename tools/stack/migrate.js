'use strict';
// `npm run migrate`
require('./run-compiled')
  .runCompiled('dist/libs/server/data-source/src/migrate.main.js')
  .catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
