// ESLint flat config. Besides the usual TypeScript rules it enforces the architecture of ../STYLE:
// src/core is pure — no `vscode`, no Node built-ins — so it runs in the extension host, the CLI and the browser alike.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const coreBansVscode = { name: 'vscode', message: 'src/core must not import vscode: put editor glue in src/vscode.' };
const corePatterns = [
  { regex: '^node:', message: 'src/core must not import Node built-ins: put adapters in src/node.' },
  { group: ['**/vscode/**', '**/node/**', '**/cli/**'], message: 'src/core must not depend on outer layers.' },
  {
    regex: '^(fs|path|os|http|https|child_process|crypto|url|stream|util|events|net|zlib)(/.*)?$',
    message: 'src/core must not import Node built-ins: put adapters in src/node.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'media/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [coreBansVscode], patterns: corePatterns }] },
  },
  {
    // The tickers are core's vocabulary (TickerRef, ExchangeId): quotes, lint, charts and the rest read them, never
    // the other way round. (A later block's rule replaces an earlier one's, hence the core patterns again.)
    files: ['src/core/tickers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [coreBansVscode],
          patterns: [
            ...corePatterns,
            {
              group: ['**/quotes/**', '**/lint/**', '**/charts/**', '**/preview/**', '**/hover/**', '**/completion/**', '**/inlinePrices/**'],
              message: 'core/tickers is the vocabulary the other core parts use: it imports none of them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['webview/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The webview talks to the host only through messages.' }] }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The CLI and Node adapters run without VS Code.' }] }],
    },
  },
);
