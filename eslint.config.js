import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Files that are the pure domain core: no database, HTTP, React or file system (see docs/architecture.md). */
const DOMAIN_CORE = ['src/shared/**/*.ts', 'src/policy/**/*.ts', 'src/**/domain/**/*.ts', 'src/auth/roles.ts', 'src/auth/throttle.ts'];

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'data/', 'drizzle/', '.vitest-results/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // server/ is the composition root: it imports every capability, nothing imports it back
    // (except the other roots: the CLI that starts it and the test harness that builds it).
    files: ['src/**/*.ts'],
    ignores: ['src/server/**', 'src/cli/**', 'src/test/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/*'], message: 'Capabilities do not import the composition root (src/server/); shared HTTP plumbing lives in src/http/.' }] }],
    },
  },
  {
    files: DOMAIN_CORE,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'fastify', 'fastify-*', '@fastify/*', 'react', 'react-dom', 'react/*'], message: 'The domain core is pure: no database, HTTP or UI here.' },
            { group: ['node:fs', 'node:fs/*', 'fs', 'node:net', 'node:http', 'node:child_process'], message: 'The domain core does no I/O.' },
            { group: ['**/db/*', '**/server/*', '**/*.routes.js', '**/*.schema.js'], message: 'The domain core does not depend on the edges.' },
          ],
        },
      ],
    },
  },
  {
    // A contract is shared with the web app: zod and pure code only.
    files: ['src/**/*.contract.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'fastify', 'fastify-*', '@fastify/*', 'node:*', 'pdfkit'], message: 'A contract is imported by the browser: zod and pure code only.' },
            { group: ['**/db/*', '**/server/*', '**/*.routes.js', '**/*.schema.js', '**/*.service.js', '**/*.queries.js'], message: 'A contract does not depend on the edges.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
