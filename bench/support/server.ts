import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AppServer {
  url: string;
  port: number;
  process: ChildProcess;
  close: () => Promise<void>;
}

export interface AppServerOptions {
  /** Extra environment for the server, e.g. `MIND_API_URL` and credentials for live mode. */
  env?: Record<string, string>;
  /** Node options before the server's script, e.g. `--import` of a probe. */
  nodeArgs?: string[];
  /** An IPC channel to the server process (for a probe that answers messages). */
  ipc?: boolean;
}

const root = new URL('../..', import.meta.url).pathname;

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
    server.on('error', reject);
  });
}

/**
 * The built app: `BENCH_DIST_DIR` when the runner built it, else a fresh build in a temp dir.
 * With hidden source maps (`.map` files beside the chunks, no reference in them, so the chunks
 * are byte for byte what a production build serves), for the page-weight breakdown.
 */
export function builtApp(): string {
  if (process.env.BENCH_DIST_DIR) return process.env.BENCH_DIST_DIR;
  const dir = mkdtempSync(join(tmpdir(), 'mcs-bench-dist-'));
  const build = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--sourcemap',
      'hidden',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('vite build failed');
  process.env.BENCH_DIST_DIR = dir;
  return dir;
}

/**
 * The compiled server, as `npm start` runs it: `BENCH_SERVER_DIR` when built already, else a
 * fresh build inside the project (so it finds node_modules, as dist-server/ does).
 */
export function builtServer(): string {
  if (process.env.BENCH_SERVER_DIR) return process.env.BENCH_SERVER_DIR;
  const parent = join(root, 'node_modules', '.tmp');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, 'bench-server-'));
  const build = spawnSync(
    'npx',
    ['vite', 'build', '-c', 'vite.server.config.ts', '--outDir', dir, '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('vite build of the server failed');
  process.env.BENCH_SERVER_DIR = dir;
  return dir;
}

/** The credentials every bench gives the server and uses straight against the mock Mind. */
export const BENCH_CREDENTIALS = { MIND_APP_ID: 'mind_bench', MIND_APP_SECRET: 'bench-secret' };

/**
 * What the server is started with: loopback on `port`, data in `dataDir`, the built app,
 * sandbox mode and quiet logs, unless `env` says otherwise.
 */
export function serverEnv(
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    STATIC_DIR: builtApp(),
    MIND_APP_ID: '',
    MIND_APP_SECRET: '',
    LOG_LEVEL: 'warn',
    ...env,
  };
}

/**
 * The server in live mode against the mock Mind at `mindUrl`, with nothing of its own in the
 * way of a bench: no pacing (20 requests a second by default would be all it measured) and no
 * rate limit per client.
 */
export function startLiveServer(
  mindUrl: string,
  { env = {}, ...options }: AppServerOptions = {},
): Promise<AppServer> {
  return startAppServer({
    ...options,
    env: {
      ...BENCH_CREDENTIALS,
      MIND_API_URL: mindUrl,
      MIND_RATE_PER_SECOND: '10000',
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
  });
}

/** Starts the real server (sandbox mode unless `env` says otherwise) on a free port. */
export async function startAppServer({
  env = {},
  nodeArgs = [],
  ipc = false,
}: AppServerOptions = {}): Promise<AppServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'mcs-bench-data-'));
  const child = spawn(process.execPath, [...nodeArgs, join(builtServer(), 'main.js')], {
    cwd: root,
    stdio: ipc ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['ignore', 'ignore', 'inherit'],
    env: serverEnv(port, dataDir, env),
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/api/status`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    const failure =
      child.exitCode !== null
        ? `server exited with ${child.exitCode}`
        : Date.now() > deadline
          ? 'server did not start within 60 s'
          : null;
    if (failure) {
      await close();
      throw new Error(failure);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    port,
    process: child,
    close,
  };
}
