'use strict';
// `npm run schema`: rewrites schema.gql from the resolvers (no database needed).
require('./run-compiled')
  .runCompiled('dist/apps/api/src/print-schema.main.js', { needsDatabase: false })
  .catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
