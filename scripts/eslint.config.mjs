// ESLint flat config (kept in scripts/ because the project's top level is fixed by the client).
// Run from the project root: `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The renderer runs in a sandboxed browser page: no Node built-ins, no Electron.
    files: ['renderer/**/*.ts'],
    ...litConfigs['flat/recommended'],
    rules: {
      ...litConfigs['flat/recommended'].rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', 'fs', 'path', 'child_process'], message: 'The renderer is a sandboxed web page.' },
            // zod probes `new Function`, which the CSP forbids; the renderer takes only types from the schema.
            { group: ['**/scripts/content/schema'], allowTypeImports: true, message: 'Import only types from the content schema.' },
          ],
        },
      ],
    },
  },
  {
    // Only the entry file and the preload may load Electron at run time (see DESIGN.md): every
    // other main-process module imports types only, so tests can load it without the binary.
    files: ['main/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'],
    ignores: ['main/index.ts', 'main/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Use `import type` from electron and take what you need as a parameter.', allowTypeImports: true }] }],
    },
  },
);
