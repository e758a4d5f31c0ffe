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
    files: ['**/*.mjs', 'bench/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
