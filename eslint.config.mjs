import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Module boundaries follow the Nx tags in each project.json: web and shared code never
// reach into server code, and libraries never import applications.
export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'tmp/**', 'apps/web/public/**', 'apps/web/src/gql/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { '@nx': nx, '@typescript-eslint': tseslint.plugin },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:server', 'scope:shared'] },
            { sourceTag: 'scope:forum', onlyDependOnLibsWithTags: ['scope:forum', 'scope:server', 'scope:shared'] },
            { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:worker', 'scope:server', 'scope:shared'] },
            { sourceTag: 'type:app', notDependOnLibsWithTags: ['type:app'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through @convene/config.' }],
    },
  },
  {
    // Only the config lib, tooling, tests and benchmarks may read the environment.
    files: ['libs/server/config/**', 'tools/**', 'bench/**', '**/*.spec.ts', 'libs/server/testing/**', 'apps/web/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'libs/server/testing/**', '**/testing/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // End-to-end specs boot several apps together (the worker's tests drive the real API), so
    // they may reach the other apps' test harnesses. Production code never may.
    files: ['apps/**/*.spec.ts', 'apps/web/e2e/**', 'prisma-seed/**/*.spec.ts', 'bench/**'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
