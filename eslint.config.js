// @ts-check
import js from '@eslint/js';
import { lintWalls } from './lint-walls.js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const PURE = ['src/model/**', 'src/core/**', 'src/marketplaces/**'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/fixtures/**', 'bench/results.json', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['lint-walls.js'] }, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text is data, never HTML (CONVENTIONS.md §10).
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Page text is data: use textContent / React children, never innerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page text is data: never insertAdjacentHTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is data: never dangerouslySetInnerHTML.' },
      ],
    },
  },
  // The dependency direction of CONVENTIONS.md (lint-walls.js).
  { files: ['src/**', 'entrypoints/**'], ...lintWalls },
  {
    // Tests may build fixtures and fakes freely, but the source walls above still hold for src/.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'scripts/**', 'bench/**'],
    rules: {
      'import-x/no-restricted-paths': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // expect.any()/stringMatching() are typed any by vitest.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // The pure rings: no browser, no DOM globals of the running page, no I/O libraries.
    files: PURE,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome', 'indexedDB', 'window', 'location', 'navigator', 'localStorage', 'fetch'],
      'no-restricted-imports': [
        'error',
        { paths: ['wxt/browser', '#imports', 'idb', 'react', 'webextension-polyfill'], patterns: ['wxt/*', '@wxt-dev/*'] },
      ],
    },
  },
  {
    files: ['eslint.config.js', 'scripts/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
);
