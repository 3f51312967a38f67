import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

/*
 * Vitest's global set-up for the server tests: compiles the server once, as `npm run build`
 * does, into a folder of this run's own, so the tests that start real server processes run the
 * JavaScript production runs (plain `node`, no loader), and runs side by side never share one.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    compiledServerDir: string;
  }
}

const root = new URL('../..', import.meta.url).pathname;

export default async function compileServer(project: TestProject): Promise<() => void> {
  // Inside the project, so the build finds node_modules as dist-server/ does.
  const parent = join(root, 'node_modules', '.tmp');
  mkdirSync(parent, { recursive: true });
  const outDir = mkdtempSync(join(parent, 'server-build-'));
  await build({
    root,
    configFile: join(root, 'vite.server.config.ts'),
    build: { outDir },
    logLevel: 'error',
  });
  project.provide('compiledServerDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
