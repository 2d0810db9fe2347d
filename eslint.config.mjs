// ESLint flat config. Besides the usual TypeScript rules it enforces the architecture of ../STYLE:
// src/core is pure — no `vscode`, no Node built-ins — so it runs in the extension host, the CLI and the browser alike.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/core must not import vscode: put editor glue in src/vscode.' }],
          patterns: [
            { regex: '^node:', message: 'src/core must not import Node built-ins: put adapters in src/node.' },
            { group: ['**/vscode/**', '**/node/**', '**/cli/**'], message: 'src/core must not depend on outer layers.' },
            {
              regex: '^(fs|path|os|http|https|child_process|crypto|url|stream|util|events|net|zlib)(/.*)?$',
              message: 'src/core must not import Node built-ins: put adapters in src/node.',
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
