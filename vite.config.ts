/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/*
 * Each page is a lazy chunk (src/app/pages.ts), so a first visit fetched the shell, ran it,
 * and only then asked for the page: a waterfall measured at 0.5–1 s on the start bench. This
 * plugin writes a tiny script into index.html that, while the HTML is still being parsed,
 * preloads the chunks (JS and CSS) of the page the address names, in parallel with the shell.
 * The route table is read from pages.ts, so it stays in step with it.
 */

const root = new URL('.', import.meta.url).pathname;

/** `[path pattern, module file]` pairs from src/app/pages.ts. */
function routesFromPages(): [string, string][] {
  const source = readFileSync(resolve(root, 'src/app/pages.ts'), 'utf8');
  const routes: [string, string][] = [];
  for (const match of source.matchAll(/path:\s*'([^']+)'[^]*?import\('([^']+)'\)/g)) {
    const [, path = '', module = ''] = match;
    routes.push([path, resolve(root, 'src/app', module)]);
  }
  return routes;
}

/** Where `/` redirects to (src/app/routes.tsx), or null. */
function landingPath(): string | null {
  const source = readFileSync(resolve(root, 'src/app/routes.tsx'), 'utf8');
  return /<Redirect to="([^"]+)"/.exec(source)?.[1] ?? null;
}

/** A route path as a pattern over `location.pathname`; `/` too for the landing page. */
const pattern = (path: string, landing: boolean) =>
  `^${landing ? '/?(' : '('}${path.replace(/:[^/]+/g, '[^/]+')})${landing ? '?' : ''}/?$`;

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

function preloadRouteChunks(): Plugin {
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
        const table: [string, string[]][] = [];
        const landing = landingPath();
        for (const [path, module] of routesFromPages()) {
          const chunk = chunks.find((item) =>
            item.facadeModuleId?.replace(/\.[jt]sx?$/, '').endsWith(module),
          );
          if (!chunk) continue;
          table.push([pattern(path, path === landing), filesOf(bundle, chunk, shell)]);
        }
        const script = `(function(){var r=${JSON.stringify(table)},p=location.pathname;for(var i=0;i<r.length;i++){if(!new RegExp(r[i][0]).test(p))continue;r[i][1].forEach(function(h){var l=document.createElement('link');if(/\\.css$/.test(h)){l.rel='preload';l.as='style'}else{l.rel='modulepreload';l.crossOrigin=''}l.href='/'+h;document.head.appendChild(l)});break}})();`;
        // The translations of the language src/app/i18n.ts will pick (the same order: ?lang=,
        // the saved choice, the browser's languages, else English), one chunk per language.
        const languages: Record<string, string[]> = {};
        for (const chunk of chunks) {
          const language = /\/src\/locales\/(\w+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          if (language) languages[language] = filesOf(bundle, chunk, shell);
        }
        const languageScript = `(function(){var m=${JSON.stringify(languages)},l=null,n=navigator.languages||[navigator.language];try{l=new URLSearchParams(location.search).get('lang')||localStorage.getItem('mcs.lang')}catch(e){}for(var i=0;!l&&i<n.length;i++){var c=String(n[i]).slice(0,2).toLowerCase();if(m[c])l=c}l=String(l||'en').slice(0,2).toLowerCase();(m[l]||m.en||[]).forEach(function(h){var k=document.createElement('link');k.rel='modulepreload';k.crossOrigin='';k.href='/'+h;document.head.appendChild(k)})})();`;
        return [
          { tag: 'script', children: script, injectTo: 'head-prepend' },
          { tag: 'script', children: languageScript, injectTo: 'head-prepend' },
        ];
      },
    },
  };
}

const apiTarget = process.env.VITE_API_TARGET ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), preloadRouteChunks()],
  server: {
    proxy: { '/api': apiTarget },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
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
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
    ],
  },
});
