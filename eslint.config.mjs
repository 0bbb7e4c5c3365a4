import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const nodeGlobals = { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' };

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', '.local/**', 'coverage/**', 'apps/web/client/src/api/generated/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Prettier wraps code at the same width but leaves strings, template literals, regexes and comments alone.
    rules: { 'max-len': ['error', { code: 140, ignoreUrls: true }] },
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.tsx'],
    rules: {
      // No consistent-type-imports: Nest's dependency injection needs constructor types as value imports.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // Jest's globalSetup/globalTeardown contract requires a default export.
    files: ['test/global-setup.mts', 'test/global-teardown.mts', 'test/database-setup.mts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...nodeGlobals, module: 'writable', require: 'readonly' } },
  },
);
