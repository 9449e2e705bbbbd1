// Lint: TypeScript's recommended rules, the rules of hooks, and the house's import direction
// (shared/HOUSE_STYLE.md): domain <- store <- features <- app; components import neither store nor
// features; no feature imports another; src/domain stays free of React, zustand and recharts.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { importDirection } from './scripts/lint/import-direction.js';

export default tseslint.config(
  { ignores: ['dist', '.e2e-dist', 'node_modules', 'coverage', 'test-results', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, house: { rules: { 'import-direction': importDirection } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'house/import-direction': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'recharts', 'recharts/*'],
          message: 'src/domain is pure TypeScript: no UI or state libraries.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Time is an input of the domain.' },
        { object: 'Math', property: 'random', message: 'Randomness is an input of the domain (seeded).' }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
