/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.VITE_API_TARGET ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
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
