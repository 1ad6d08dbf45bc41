// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', '.try/', 'coverage/', '.bench/', '**/*.js', '!media/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The panel webview runs in a browser frame.
    files: ['media/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { acquireVsCodeApi: 'readonly', document: 'readonly', window: 'readonly', HTMLElement: 'readonly', HTMLInputElement: 'readonly', Node: 'readonly', Element: 'readonly', NodeFilter: 'readonly', performance: 'readonly' } },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The analysis core is pure: it runs in the CLI, the extension host and a browser worker.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'src/core must not depend on VS Code; put adapter code in src/extension.' },
          { group: ['node:*', 'fs', 'path', 'os', 'util', 'child_process', 'crypto', 'stream', 'buffer', 'process', 'url'], message: 'src/core must run in a browser worker: no Node built-ins.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', 'require', 'window', 'document'],
    },
  },
);
