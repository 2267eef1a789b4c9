import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-bench/',
      'build/',
      'node_modules/',
      'public/',
      'test-output/',
      'coverage/',
      'scripts/bench/peers/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass the reference date in; never read the clock in src/.',
        },
      ],
    },
  },
  {
    // The pipeline runs at build time in Node and must not depend on the app, and vice versa.
    files: ['src/pipeline/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**', 'react', 'react-dom', 'd3*', 'zustand'] }] },
  },
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/pipeline/**', 'node:*', 'chrono-node', 'gray-matter'] }],
    },
  },
  {
    files: ['src/model/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**', '**/pipeline/**', 'node:*'] }] },
  },
  {
    // Exports are pure converters over the model, usable by the CLI and (later) the app's Download menu alike.
    files: ['src/export/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**', '**/pipeline/**', 'node:*'] }] },
  },
);
