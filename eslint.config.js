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

/*
 * Features are rooms of one floor: a feature imports the floors below (src/mind, src/api,
 * src/ui, src/app, src/work — the message being worked on, its drafts and stores — and src/lib)
 * and the preview renderer, never another feature. The joins that exist today are listed here,
 * each as `feature: target module` (relative to src/features), so no new one can appear
 * unnoticed; issue 15 moves them to a page layer above the features (toolbars that put several
 * together), and then they leave this list.
 */
const FEATURE_JOINS = {
  compose: [
    // Editors embedded in compose.
    'markdown/MarkdownEditor',
    'richtext/LazyRichTextEditor',
    // A toolbar that puts features together.
    'templates/SaveTemplateButton',
  ],
  // The designer's page and toolbar put import, export, JSON view and templates together.
  designer: [
    // The inspector's Fields menu (docs/personal.md), downloaded while compose has a list.
    'compose/personal/FieldsMenuButton',
    // The same marks on {{field}} tokens in a markdown block as in compose's editors.
    'compose/personal/useFieldHighlights',
    'exchange/ImportButton',
    'exchange/ShareLinkReceiver',
    'exchange/useExportExtras',
    'jsonview/JsonViewPanel',
    'jsonview/JsonViewToggle',
    'jsonview/jsonViewStore',
    'markdown/MarkdownEditor',
    'richtext/LazyRichTextEditor',
    'templates/SaveTemplateButton',
  ],
  richtext: ['templates/SaveTemplateButton'],
  // The gallery puts import, export, share links and opening into an editor together.
  templates: [
    'exchange/CodeExportDialog',
    'exchange/ImportButton',
    'exchange/ShareLinkDialog',
    'exchange/ShareLinkReceiver',
  ],
  // Duplicate into compose (it also loads the send's recipients and fields into compose's own
  // state), and the send's result panel, shared with compose's review.
  history: ['compose/draft/loadIntoCompose', 'compose/send/SendResult'],
  // Its strings live in the history's namespace.
  inbox: ['history/CollapsiblePreview'],
};

/** Features every feature may import: the preview renders every message. */
const SHARED_FEATURES = ['preview'];

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One block per feature and folder depth (folders are at most three deep): a relative import
 * that climbs exactly to src/features/ and enters another feature is refused, unless it is
 * one of that feature's listed joins. Dynamic `import()` is not checked by the rule.
 */
function featureBoundaries() {
  const features = readdirSync('src/features', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
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
              paths: [oneZod],
              patterns: [
                {
                  regex: `^${up}(?!(?:${own})(?:/|$))${allowed}[^./]`,
                  message:
                    'A feature does not import another feature: use src/mind, src/api, src/ui, src/work (drafts), src/lib or the preview, or put the two together in the page above them (see FEATURE_JOINS in eslint.config.js).',
                },
              ],
            },
          ],
        },
      };
    }),
  );
}

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
    rules: { 'no-restricted-imports': ['error', { paths: [oneZod] }] },
  },
  ...featureBoundaries(),
  {
    // src/work and src/lib are floors below the features: they never import one, nor the shell.
    files: ['src/work/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [oneZod],
          patterns: [
            {
              group: ['**/features/**', '**/app/**', '**/pages/**'],
              message:
                'src/work (drafts) and src/lib sit below the features and the shell: they import src/mind, src/api, src/ui and each other only.',
            },
          ],
        },
      ],
    },
  },
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
          paths: [oneZod],
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
