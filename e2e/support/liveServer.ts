import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockMind, type MockMind, type MockMindOptions } from './mockMind';

/*
 * A second app server for a spec that needs live mode against the mock Mind (faults, exact
 * upstream bodies) or other settings (ACCESS_TOKEN): the real `server/main.ts` in its own
 * process, serving the build Playwright's webServer made (E2E_DIST_DIR), on a free port,
 * with a fresh SQLite file. The mock runs in the test's worker, so a spec drives it directly:
 *
 *   const live = await startLiveServer();
 *   live.mock.enqueue({ kind: 'status', status: 503 });
 *   await page.goto(`${live.url}/compose`);
 *   … expect(live.mock.requests).toHaveLength(2);
 *   await live.close();
 */

export const MOCK_APP_ID = 'mind_e2e_app';
export const MOCK_APP_SECRET = 'e2e-secret-never-shown';

export interface LiveServer {
  url: string;
  mock: MockMind;
  close(): Promise<void>;
}

export interface LiveServerOptions {
  /** Extra environment for the server (e.g. `ACCESS_TOKEN`, `MIND_BATCH_SIZE`). */
  env?: Record<string, string>;
  mock?: MockMindOptions;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export async function startLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const mock = await startMockMind({
    appId: MOCK_APP_ID,
    appSecret: MOCK_APP_SECRET,
    ...options.mock,
  });
  const port = await freePort();
  const root = new URL('../..', import.meta.url).pathname;
  // The server the suite compiled (playwright.config.ts), or the sources when run on their own.
  const serverDir = process.env.E2E_SERVER_DIR;
  const server = serverDir
    ? ['--enable-source-maps', join(serverDir, 'main.js')]
    : ['--import', 'tsx', join(root, 'server', 'main.ts')];
  const child = spawn(process.execPath, server, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'mcs-e2e-live-')),
      STATIC_DIR: process.env.E2E_DIST_DIR ?? join(root, 'dist'),
      MIND_APP_ID: MOCK_APP_ID,
      MIND_APP_SECRET: MOCK_APP_SECRET,
      MIND_API_URL: mock.url,
      MIND_BACKOFF_MS: '50',
      MIND_TIMEOUT_MS: '3000',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the live server exited: ${errors}`);
    const up = await fetch(`${url}/api/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`the live server did not start: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    mock,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await mock.close();
    },
  };
}
