import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The browser ships one flavour of zod: src/ (the model and the API contract) uses zod/mini. */
const oneZod = {
  name: 'zod',
  message:
    "Use 'zod/mini' in src/: the browser ships one flavour of zod (the server may use 'zod').",
};

const oneTranslationHook = {
  name: 'react-i18next',
  importNames: ['useTranslation'],
  message:
    'Use src/lib/i18n/useTranslation: one `t` a language and namespace, shared by every component (react-i18next’s costs about ten hooks and a copy of the i18next instance each).',
};

/*
 * Features are rooms of one floor: a feature imports the floors below (FLOORS) and the preview
 * renderer, never another feature, and never the pages above it. A page (src/pages, one per
 * route) puts features together: the designer's toolbar with import, JSON view and
 * save-as-template. The joins left are listed here, each as `feature: target module` (relative
 * to src/features), so no new one can appear unnoticed. None is left: the drafts live in
 * src/work (issue 15), a floor every feature may use. scripts/featureCycles.test.ts
 * checks that the features (dynamic imports too) form no cycle.
 */
const FEATURE_JOINS = {};

/** Features every feature may import: the preview renders every message. */
const SHARED_FEATURES = ['preview'];

/**
 * The floors below the features (folders of src/): the model, the API client, the UI kit, the
 * shell, the shared editors (markdown, rich text), the {{field}} placeholders, the work being
 * edited. They import no feature but the preview (src/app's pages.ts reaches the pages through a
 * glob, not an import).
 */
const FLOORS = ['mind', 'api', 'ui', 'app', 'editors', 'fields', 'work', 'lib', 'locales'];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const featureMessage =
  'A feature does not import another feature: use a floor below (src/mind, src/api, src/ui, src/editors, src/fields, src/work…) or the preview, or put the two together in a page (src/pages; see FEATURE_JOINS in eslint.config.js).';

/**
 * One block per feature and folder depth (folders are at most three deep): a relative import
 * that climbs exactly to src/features/ and enters another feature is refused, unless it is
 * one of that feature's listed joins; one that climbs to src/ may enter only a floor (not
 * src/pages). Dynamic `import()` is not checked by the rule (scripts/featureCycles.ts reads it).
 */
function featureBoundaries() {
  const features = readdirSync('src/features', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const floors = FLOORS.map(escapeRegex).join('|');
  return features.flatMap((feature) =>
    [0, 1, 2].map((depth) => {
      const up = `(?:\\.\\./){${depth + 1}}`;
      const own = [feature, ...SHARED_FEATURES].map(escapeRegex).join('|');
      const joins = (FEATURE_JOINS[feature] ?? []).map(escapeRegex).join('|');
      const allowed = joins ? `(?!(?:${joins})$)` : '';
      return {
        files: [`src/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              paths: [oneZod, oneTranslationHook],
              patterns: [
                {
                  regex: `^${up}(?!(?:${own})(?:/|$))${allowed}[^./]`,
                  message: featureMessage,
                },
                {
                  regex: `^${up}\\.\\./(?!(?:${floors}|features)(?:/|$))[^./]`,
                  message: featureMessage,
                },
              ],
            },
          ],
        },
      };
    }),
  );
}

/** A floor imports no feature but the preview, and no page. */
const floorBoundaries = {
  files: FLOORS.filter((floor) => floor !== 'mind').map((floor) => `src/${floor}/**/*.{ts,tsx}`),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [oneZod, oneTranslationHook],
        patterns: [
          {
            regex: '^(?:\\.\\./)+(?:features/(?!preview(?:/|$))|pages(?:/|$))',
            message:
              'A floor below the features (src/ui, src/editors, src/fields…) imports no feature but the preview, and no page: pass what it needs in, or move it up.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'node_modules',
      'data',
      'test-results',
      'playwright-report',
      'artifacts',
      'coverage',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [oneZod, oneTranslationHook] }] },
  },
  ...featureBoundaries(),
  floorBoundaries,
  {
    // One door to storage: every stored value goes through src/lib/storage (STORED, persistOptions).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/storage/**', 'src/**/*.test.{ts,tsx}', 'src/app/testing/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: 'Keep values through src/lib/storage (STORED, persistOptions, storedText).',
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) =>
          ['localStorage', 'sessionStorage'].map((property) => ({
            object,
            property,
            message: 'Keep values through src/lib/storage (STORED, persistOptions, storedText).',
          })),
        ),
      ],
    },
  },
  {
    files: ['src/mind/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [oneZod, oneTranslationHook],
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'react/*',
                'zustand',
                'zustand/*',
                'zundo',
                '@tiptap/*',
                '@dnd-kit/*',
                '@tanstack/*',
                'dompurify',
                'i18next',
                'radix-ui',
                '**/ui/**',
                '**/features/**',
                '**/app/**',
                '**/api/**',
              ],
              message:
                'src/mind is the pure Mind model, shared with the server: no React, DOM, state or UI imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/mind must not touch the DOM.' },
        { name: 'document', message: 'src/mind must not touch the DOM.' },
        { name: 'localStorage', message: 'src/mind must not touch the DOM.' },
      ],
    },
  },
);
