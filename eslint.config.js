// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (shared/design/architecture.md): domain <- documents <- (api, storage) <- (i18n, ui) <- features <- app.
 * storage holds the encrypted drafts on the device (IndexedDB + WebCrypto); it knows nothing of React.
 * `src` never imports mocks/ or tests/, except the one dynamic import in src/app/main.tsx that starts the worker.
 */
const layers = ['domain', 'documents', 'api', 'storage', 'i18n', 'ui', 'features', 'app', 'cli', 'server'];
const mayImport = {
  domain: [],
  documents: ['domain'],
  api: ['domain', 'documents'],
  storage: ['domain', 'documents'],
  i18n: ['domain'],
  ui: ['domain', 'i18n'],
  features: ['domain', 'documents', 'api', 'storage', 'i18n', 'ui'],
  app: ['domain', 'documents', 'api', 'storage', 'i18n', 'ui', 'features'],
  cli: ['domain', 'documents'],
  // The insurer's server (issue 9) reuses the domain, the documents and the API contracts; no UI, no features,
  // and no layer imports it: the app reaches it over HTTP only.
  server: ['domain', 'documents', 'api'],
};
const layerZones = layers.flatMap((layer) => [
  ...layers
    .filter((other) => other !== layer && !mayImport[layer].includes(other))
    .map((other) => ({
      target: `./src/${layer}`,
      from: `./src/${other}`,
      message: `src/${layer} must not import src/${other} (architecture.md: domain <- documents <- api <- ui <- features <- app).`,
    })),
  {
    target: `./src/${layer}`,
    from: ['./mocks', './tests'],
    message: 'The app never imports the mock backend or tests (only main.tsx starts the worker).',
  },
]);

// No feature imports another: what two features share belongs in ui, api or domain.
const featureNames = (() => {
  try {
    return readdirSync('src/features', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
})();
const featureZones = featureNames.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'A feature does not import another feature.',
}));

const mockZones = [
  {
    target: './mocks',
    from: ['./src/app', './src/features', './src/ui', './src/i18n', './src/storage', './tests'],
    message: 'The mock backend uses only src/domain, src/documents and the API contracts in src/api.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'coverage', 'mocks/public/mockServiceWorker.js', 'node_modules', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones, ...mockZones] }],
      'import-x/no-default-export': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Hooks live in .ts files too (use-step-form.ts, use-draft-api.ts): the rules of hooks apply there as well.
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // Draft storage is plain TypeScript over IndexedDB and WebCrypto: the UI decides what to show.
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|react-router|@tanstack/|react-hook-form)',
              message: 'src/storage knows nothing of React.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no UI, no network, no storage, no clock, no PDF or zip (those live in src/documents).
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(react|react-dom|react-router|@tanstack/|react-hook-form|@hookform/|msw|pdf-lib|@cantoo/|@pdf-lib/|fflate|qrcode|node:)',
              message:
                'src/domain is pure TypeScript: no React, DOM, network, mock, PDF, zip or Node modules.',
            },
            {
              regex: '^(fs|path|os|http|https|child_process)$',
              message: 'src/domain must not use Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'fetch',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'crypto',
          'process',
        ].map((name) => ({ name, message: `src/domain is pure: ${name} belongs outside the domain.` })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Rules never read the clock: pass the reference date in.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Rules never read the clock: pass the reference date in.',
        },
        {
          selector: "CallExpression[callee.name='parseFloat']",
          message: 'Money is integer cents: no parseFloat.',
        },
        {
          selector: "CallExpression[callee.property.name='toFixed']",
          message: 'Money is integer cents: no toFixed.',
        },
      ],
    },
  },
  {
    // The server runs in Node: no React, no DOM, no browser storage.
    files: ['src/server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|react-router|@tanstack/|react-hook-form|@hookform/|msw|idb)',
              message: 'src/server runs in Node: no React, no browser libraries, no mock.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
          name,
          message: `src/server runs in Node: ${name} does not exist there.`,
        })),
      ],
    },
  },
  {
    // A test may assert that a value exists by dereferencing it: a failure then fails the test, as it should.
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Command-line tools print their results.
    files: ['bench/**/*.ts', 'scripts/**/*.ts', 'src/cli/**/*.ts', 'src/server/main.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Config files, Vite entry points and piscina's worker modules are the only default exports the tools require.
    files: ['*.config.ts', '*.config.js', 'vitest.*.ts', 'src/server/**/*.worker.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
