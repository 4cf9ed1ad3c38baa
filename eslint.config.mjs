// Type-aware lint; the core may not import LSP, VS Code or Node modules (architecture: pure core).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-e2e/**', 'e2e-artifacts/**', 'server/src/core/text/fold-table.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['vscode', 'vscode-*', 'node:*', 'fs', 'path', 'child_process', 'os'], message: 'The core is pure: no VS Code, LSP or Node imports.' },
        { group: ['**/lsp/**', '**/cli/**', '**/server', '**/cli'], message: 'The core does not depend on its callers.' },
      ] }],
    },
  },
  {
    // The CLI bundle must not drag in the LSP library: it and the helpers it shares with the server stay plain.
    files: ['server/src/cli/**/*.ts', 'server/src/positions.ts', 'server/src/paths.ts', 'server/src/config/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode'], message: 'Used by the CLI: keep the LSP library out of its bundle.' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
