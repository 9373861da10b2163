// Generates the web client's GraphQL types from schema.gql and the operations in src/.
// `npm run codegen` rewrites src/gql/; `npm test` fails if they are out of date.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' }, avoidOptionals: { field: true, inputValue: false } },
    },
  },
};

export default config;
