// The server's start: from spawning the process to its first answer on /api/status, for the
// compiled server as `npm start` runs it (a fresh data directory, so the migrations run, and a
// restart on the same one), beside the same sources run through tsx's loader, the way the
// server was started before it was compiled (issue 15).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figureOf, freePort, report, serverEnv, summarize } from './support';
import { builtServer } from './support/server';

const RUNS = 10;
const root = new URL('..', import.meta.url).pathname;

/** Milliseconds from spawn to the first 200 of /api/status, polled every 5 ms. */
async function timeStart(args: string[], dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: serverEnv(port, dataDir),
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      if (performance.now() - started > 30_000) throw new Error('server did not start in 30 s');
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/status`);
        if (response.ok) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const compiled = [join(builtServer(), 'main.js')];
const throughLoader = ['--import', 'tsx', join(root, 'server', 'main.ts')];
const fresh: number[] = [];
const restart: number[] = [];
const loader: number[] = [];
// Alternating, so a busy moment of the machine falls on both ways alike.
for (let run = 0; run < RUNS; run += 1) {
  const dataDir = mkdtempSync(join(tmpdir(), 'mcs-bench-start-'));
  try {
    fresh.push(await timeStart(compiled, dataDir));
    restart.push(await timeStart(compiled, dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const loaderDir = mkdtempSync(join(tmpdir(), 'mcs-bench-start-'));
  try {
    loader.push(await timeStart(throughLoader, loaderDir));
  } finally {
    rmSync(loaderDir, { recursive: true, force: true });
  }
}

const method = `spawn → first 200 of GET /api/status (polled every 5 ms), sandbox mode, ${RUNS} runs alternating`;
report({
  suite: 'Server start',
  figures: [
    figureOf('compiled server, new data directory (migrations run)', 'ms', fresh, method, {
      baseline: `tsx loader on the sources: ${Math.round(summarize(loader).median)} ms median`,
    }),
    figureOf('compiled server, restart on the same data directory', 'ms', restart, method),
    figureOf('sources through tsx (before the server was compiled)', 'ms', loader, method),
  ],
});
