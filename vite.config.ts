/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readFile, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { pickLanguage, pickPageLanguage } from './src/app/pickLanguage.ts';
import {
  PAGE_ROUTES,
  PRELOADS_FILE,
  routePattern,
  startupModules,
  type PagePreloads,
  type RoutePreloads,
} from './src/app/routeManifest.ts';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/*
 * Each page is a lazy chunk (src/app/routeManifest.ts), so a first visit fetched the shell, ran
 * it, and only then asked for the page: a waterfall measured at 0.5–1 s on the start bench. This
 * plugin writes, beside index.html, each page's files (JS and CSS) and per language the
 * translations it starts with (`preloads.json`); the server names the files of the page asked
 * for as `<link>` preloads in the HTML it serves (server/pageHtml.ts), after the shell's own, so
 * the browser's preload scanner requests them all while the HTML is parsed, with no script.
 * The server picks the translations' language from `?lang=` and Accept-Language; a tiny script
 * at the end of the body preloads the right ones when the app will pick another (a language
 * chosen before, in localStorage: src/app/pickLanguage.ts, whose source the script carries).
 * Each preload is made in the mode the file is then requested in: Vite loads a chunk's CSS
 * with `<link rel=stylesheet crossorigin>`, so the CSS preload is `crossorigin` too, or
 * Chromium fetches it twice.
 */

const root = new URL('.', import.meta.url).pathname;

/** The app's languages: the folders of src/locales (as src/app/i18n.ts lists them). */
const LANGUAGES = readdirSync(resolve(root, 'src/locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The chunk's own file, its static imports (recursively) and their CSS, minus `skip`. */
function filesOf(bundle: OutputBundle, chunk: OutputChunk, skip: Set<string>): string[] {
  const files = new Set<string>();
  const visit = (current: OutputChunk) => {
    if (files.has(current.fileName) || skip.has(current.fileName)) return;
    files.add(current.fileName);
    for (const css of current.viteMetadata?.importedCss ?? []) files.add(css);
    for (const name of current.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(chunk);
  return [...files];
}

/**
 * Runs in index.html: preloads a built file in the mode Vite will then request it in, unless
 * the page names it already (server/pageHtml.ts writes the same links).
 */
function preloadFile(file: string): void {
  const href = '/' + file;
  if (document.querySelector('link[href="' + href + '"]')) return;
  const link = document.createElement('link');
  if (/\.css$/.test(file)) {
    link.rel = 'preload';
    link.as = 'style';
  } else {
    link.rel = 'modulepreload';
  }
  link.crossOrigin = '';
  link.href = href;
  document.head.appendChild(link);
}

function preloadRouteChunks(): Plugin {
  let preloads: PagePreloads | undefined;
  return {
    name: 'mcs-preload-route-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return html;
        // The shell's own files are preloaded by Vite already.
        const shell = new Set(filesOf(bundle, entry, new Set()));
        const chunks = Object.values(bundle).filter(
          (item): item is OutputChunk => item.type === 'chunk' && item.isDynamicEntry,
        );
        const filesOfModule = (module: string): string[] => {
          const file = resolve(root, 'src', module);
          const chunk = chunks.find((item) => item.facadeModuleId === file);
          if (!chunk) throw new Error(`No chunk for ${module} (src/app/routeManifest.ts)`);
          return filesOf(bundle, chunk, shell);
        };
        const routes: RoutePreloads[] = PAGE_ROUTES.map((route) => {
          const [page = '', ...translations] = startupModules(route, '*');
          return {
            pattern: routePattern(route.path),
            files: filesOfModule(page),
            translations: Object.fromEntries(
              LANGUAGES.map((language) => [
                language,
                translations.flatMap((module) =>
                  filesOfModule(module.replace('/*/', `/${language}/`)),
                ),
              ]),
            ),
          };
        });
        preloads = { languages: LANGUAGES, routes };
        // Only the translations: the one thing the server may have guessed wrong.
        const table = routes.map((route) => [route.pattern, route.translations]);
        const script = `(function(){${pickLanguage.toString()}${pickPageLanguage.toString()}var r=${JSON.stringify(table)},p=location.pathname,l=${pickPageLanguage.name}(${JSON.stringify(LANGUAGES)});for(var i=0;i<r.length;i++){if(new RegExp(r[i][0]).test(p)){(r[i][1][l]||[]).forEach(${preloadFile.toString()});break}}})();`;
        return [{ tag: 'script', children: script, injectTo: 'body' }];
      },
    },
    async writeBundle({ dir }) {
      if (!dir || !preloads) return;
      await writeFile(join(dir, PRELOADS_FILE), JSON.stringify(preloads));
    },
  };
}

/*
 * Beside each built script and style sheet of some size, a brotli copy (`.br`) and a gzip copy
 * (`.gz`), which the server sends to a browser that takes them (@fastify/static's preCompressed,
 * server/app.ts): made once here, so serving a file costs no compression. The designer's first
 * visit is about a third of its raw size on the wire.
 */
const COMPRESSIBLE = /\.(js|css)$/;
/** Below this a compressed copy saves too little to be worth a file. */
const MIN_COMPRESSED_BYTES = 1024;

export function compressAssets(): Plugin {
  const brotli = promisify(brotliCompress);
  const gzipped = promisify(gzip);
  return {
    name: 'mcs-compress-assets',
    apply: 'build',
    async writeBundle({ dir }, bundle) {
      if (!dir) return;
      const files = Object.keys(bundle).filter((file) => COMPRESSIBLE.test(file));
      await Promise.all(
        files.map(async (file) => {
          const path = join(dir, file);
          const bytes = await readFile(path);
          if (bytes.length < MIN_COMPRESSED_BYTES) return;
          const [br, gz] = await Promise.all([
            // Quality 10: within 2 % of 11's size, in a third of its time.
            brotli(bytes, {
              params: {
                [zlib.BROTLI_PARAM_QUALITY]: 10,
                [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            }),
            gzipped(bytes, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

const apiTarget = process.env.VITE_API_TARGET ?? 'http://127.0.0.1:8080';

/** Server test files that also run on PostgreSQL when TEST_DATABASE_URL is set. */
const POSTGRES_SUITES = [
  'server/store/*Store.test.ts',
  'server/store/batchQueue.test.ts',
  'server/store/migrations.test.ts',
  'server/send.test.ts',
  'server/faults.test.ts',
  'server/history.test.ts',
  'server/templates.test.ts',
  'server/templates.starters.test.ts',
  'server/session.test.ts',
  'server/sandbox.test.ts',
  'server/bigIntegers.test.ts',
  'server/process.test.ts',
  'server/severalServers.test.ts',
  'server/personal.test.ts',
  'server/schedule.test.ts',
  'server/pacing.test.ts',
];

export default defineConfig({
  plugins: [react(), preloadRouteChunks(), compressAssets()],
  server: {
    proxy: { '/api': apiTarget },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // A translation file's chunk is named by its language and namespace (`zh-common-….js`).
        chunkFileNames: (chunk) => {
          const locale = /\/src\/locales\/(\w+)\/(\w+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `assets/${locale[1]}-${locale[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        codeSplitting: {
          groups: [
            {
              // Everything the entry needs, every page's first visit: one file instead of a
              // dozen, which compresses better (one gzip dictionary) and costs fewer requests.
              name: 'initial',
              tags: ['$initial'],
              priority: 10,
            },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            {
              // Radix's base and its modal layer (focus scope, dismissable layer, scroll lock), which
              // the designer's and rich text's first screens use whole: one chunk, not two, when a
              // page that loads only part of it first (compose) would split it (each file's glue).
              name: 'radix-base',
              test: /node_modules[\\/](@radix-ui[\\/](react-compose-refs|react-slot|react-primitive|react-context|react-use-layout-effect|primitive|react-use-effect-event|react-use-controllable-state|react-presence|react-id|react-use-callback-ref|react-dismissable-layer|react-focus-scope|react-portal|react-focus-guards)|tslib|react-remove-scroll|react-remove-scroll-bar|use-callback-ref|use-sidecar|get-nonce|react-style-singleton|aria-hidden)[\\/]/,
            },
            {
              // Shared by radix and TipTap: without its own group it lands in the tiptap chunk,
              // which every page then downloads.
              name: 'ui-vendor',
              test: /node_modules[\\/](@floating-ui|use-sync-external-store)[\\/]/,
            },
            {
              // Used by both editors (ProseMirror's keymap and CodeMirror's view). Without its
              // own group it lands in the tiptap chunk, and opening the JSON view downloads
              // TipTap too.
              name: 'editor-shared',
              test: /node_modules[\\/](w3c-keyname|crelt|style-mod)[\\/]/,
              priority: 1,
            },
            {
              name: 'tiptap',
              test: /node_modules[\\/](@tiptap|prosemirror-[a-z-]+|linkifyjs)[\\/]/,
            },
            { name: 'codemirror', test: /node_modules[\\/](@codemirror|@lezer|codemirror)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'model', include: ['src/mind/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/mind/**'],
          environment: 'happy-dom',
          setupFiles: ['src/app/testing/setup.ts'],
        },
      },
      {
        // The page-weight guard (scripts/pageWeight.ts): builds the app once, about 10 s.
        extends: true,
        test: {
          name: 'build',
          include: ['scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          globalSetup: [
            'server/testing/compiledServer.ts',
            'server/testing/databaseGlobalSetup.ts',
          ],
        },
      },
      // The store and the suites that go through it again, on PostgreSQL (server/testing/testDatabase.ts).
      ...(process.env.TEST_DATABASE_URL?.trim()
        ? [
            {
              extends: true as const,
              test: {
                name: 'server-postgres',
                include: POSTGRES_SUITES,
                environment: 'node' as const,
                testTimeout: 20_000,
                env: { MCS_TEST_DATABASE: 'postgres' },
                globalSetup: ['server/testing/compiledServer.ts'],
                setupFiles: ['server/testing/postgresTestSetup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
