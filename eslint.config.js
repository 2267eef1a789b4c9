import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** What no app file may import: the build-time pipeline and Node. */
const APP_FORBIDS = [
  {
    group: ['**/pipeline/**', 'node:*', 'chrono-node', 'gray-matter'],
    message: 'The app never imports the build-time pipeline or Node.',
  },
];

/** Browser globals the app's pure core must not touch (tsconfig.core.json also checks it without the DOM). */
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'getComputedStyle',
  'matchMedia',
  'fetch',
  'Element',
  'HTMLElement',
  'HTMLCanvasElement',
  'CanvasRenderingContext2D',
  'Event',
  'KeyboardEvent',
  'MouseEvent',
  'PointerEvent',
  'ResizeObserver',
];

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
    rules: { 'no-restricted-imports': ['error', { patterns: APP_FORBIDS }] },
  },
  {
    // The app in three parts (README, Architecture): core/ is pure logic over the data, with no React, no zustand,
    // no DOM (tsconfig.core.json type-checks it without the DOM library) and nothing from the other two parts;
    // store/ may use core/ but never the views.
    files: ['src/app/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...APP_FORBIDS,
            { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: 'core/ is pure: no React.' },
            { group: ['zustand', 'zustand/*'], message: 'core/ is pure: the store lives in store/.' },
            { group: ['d3-selection', 'd3-zoom', 'd3-brush'], message: 'core/ is pure: DOM-bound d3 is for views/.' },
            { group: ['**/store/**', '**/views/**', '**/data/**'], message: 'core/ imports only core/ and model/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: 'core/ has no DOM.' }))],
    },
  },
  {
    files: ['src/app/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...APP_FORBIDS, { group: ['**/views/**'], message: 'The store never imports views.' }] },
      ],
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
