import { defineConfig } from 'vite';

/*
 * The server, compiled: `server/main.ts` and what it imports from `src/mind` become one ES
 * module in `dist-server/` that plain `node` runs; packages stay imports of node_modules, so a
 * production install (`npm ci --omit=dev`) has all it needs at run time.
 */
export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    reportCompressedSize: false,
  },
  ssr: { target: 'node' },
});
