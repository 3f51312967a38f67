import { defineConfig, devices } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/findChromium';
import { freePorts } from './e2e/support/freePorts';

// Chosen once in the runner; workers inherit the environment, so they agree on it.
if (!process.env.E2E_PORT || !process.env.E2E_MOCK_PORT || !process.env.E2E_LIVE_PORT) {
  const [app, mock, live] = freePorts(3);
  process.env.E2E_PORT ??= String(app);
  process.env.E2E_MOCK_PORT ??= String(mock);
  process.env.E2E_LIVE_PORT ??= String(live);
}
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'mcs-e2e-'));
// Each run builds into its own folder, so runs side by side never serve each other's build.
process.env.E2E_DIST_DIR ??= mkdtempSync(join(tmpdir(), 'mcs-e2e-dist-'));
// The server, compiled as `npm run build` compiles it, runs as production runs it: plain node.
// Its folder is inside the project so that it finds node_modules, as dist-server/ does.
mkdirSync('node_modules/.tmp', { recursive: true });
process.env.E2E_SERVER_DIR ??= mkdtempSync(join(process.cwd(), 'node_modules/.tmp/e2e-server-'));
const serverMain = join(process.env.E2E_SERVER_DIR, 'main.js');
const port = Number(process.env.E2E_PORT);
// Compose's live-mode specs (e2e/compose-live*.spec.ts): a mock Mind, and a second app server in
// live mode pointed at it, serving the same build. See e2e/support/liveMind.ts.
process.env.E2E_LIVE_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'mcs-e2e-live-'));
const mockPort = Number(process.env.E2E_MOCK_PORT);
const livePort = Number(process.env.E2E_LIVE_PORT);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command:
        `npx vite build --outDir ${process.env.E2E_DIST_DIR} --emptyOutDir --manifest --logLevel warn && ` +
        `npx vite build -c vite.server.config.ts --outDir ${process.env.E2E_SERVER_DIR} && ` +
        `node --enable-source-maps ${serverMain}`,
      url: `http://127.0.0.1:${port}/api/status`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: process.env.E2E_DATA_DIR,
        STATIC_DIR: process.env.E2E_DIST_DIR,
        MIND_APP_ID: '',
        MIND_APP_SECRET: '',
        // One browser on one address plays every user of the suite.
        RATE_LIMIT_PER_MINUTE: '1000000',
      },
    },
    {
      command: `npx tsx e2e/support/mockMindCli.ts --port ${mockPort} --app-id mind_e2e_live --app-secret e2e-live-secret-not-real`,
      url: `http://127.0.0.1:${mockPort}/__mock/requests`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Starts after the first server, whose command has built the app into E2E_DIST_DIR and
      // the server into E2E_SERVER_DIR.
      command: `node --enable-source-maps ${serverMain}`,
      url: `http://127.0.0.1:${livePort}/api/status`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        HOST: '127.0.0.1',
        PORT: String(livePort),
        DATA_DIR: process.env.E2E_LIVE_DATA_DIR,
        STATIC_DIR: process.env.E2E_DIST_DIR,
        MIND_APP_ID: 'mind_e2e_live',
        MIND_APP_SECRET: 'e2e-live-secret-not-real',
        MIND_API_URL: `http://127.0.0.1:${mockPort}/open-platform/api/open-apis/send_message`,
        MIND_RETRIES: '2',
        MIND_BACKOFF_MS: '20',
        MIND_TIMEOUT_MS: '5000',
        RATE_LIMIT_PER_MINUTE: '100000',
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
