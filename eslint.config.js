import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/** Hooks and APIs that React 17 lacks. */
const react18Only = [
  'useId',
  'useTransition',
  'useDeferredValue',
  'useSyncExternalStore',
  'useInsertionEffect',
  'startTransition',
];
/** The SDK and the router: their API and package differ between console lines. */
const seamPackages = [
  '@openshift-console/dynamic-plugin-sdk',
  'react-router',
  'react-router-dom',
  'react-router-dom-v5-compat',
];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'integration-tests/dev-shell/.build/',
      'test-results/',
      'playwright-report/',
      'charts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // @kubernetes/client-node models are plain data classes; object literals are how its docs build them.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // node:test's test() returns a promise the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          ],
        },
      ],
    },
  },
  {
    // Tests type parsed JSON with a generic and check it defensively: both rules only add noise there.
    files: ['**/*.test.ts', '**/*.itest.ts', 'integration-tests/**/*.ts', 'server/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // Fastify plugins and handlers are async by contract, whether or not they await.
    files: ['server/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['**/*.tsx'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    settings: { react: { version: '18' } },
  },
  {
    files: ['**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The 4.19–4.21 seam compiles against that line's packages, in its build's own project.
    files: ['src/**/*.4.19.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './console-4.19/tsconfig.json' },
    },
  },
  {
    // One source for two builds: consoles 4.19–4.21 share React 17, and the SDK and router differ by line.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    // Unit and component tests run against the 4.22 line's packages only (a router around the page).
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/__mocks__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              importNames: react18Only,
              message: 'React 18 only: consoles 4.19–4.21 run React 17.',
            },
            {
              name: 'react-dom/client',
              message: 'React 18 only: consoles 4.19–4.21 run React 17.',
            },
            ...seamPackages.map((name) => ({
              name,
              message: 'Import it from src/console.ts, the seam each console line has its own of.',
            })),
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        ...react18Only.map((property) => ({
          object: 'React',
          property,
          message: 'React 18 only: consoles 4.19–4.21 run React 17.',
        })),
      ],
    },
  },
  {
    files: ['src/console.ts', 'src/console.*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
