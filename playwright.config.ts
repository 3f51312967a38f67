import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/findChromium';

// Chosen once in the runner; workers inherit the environment, so they agree on it.
process.env.E2E_PORT ??= String(41000 + (process.pid % 8000));
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'mcs-e2e-'));
// Each run builds into its own folder, so runs side by side never serve each other's build.
process.env.E2E_DIST_DIR ??= mkdtempSync(join(tmpdir(), 'mcs-e2e-dist-'));
const port = Number(process.env.E2E_PORT);
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
  webServer: {
    command: `npx vite build --outDir ${process.env.E2E_DIST_DIR} --emptyOutDir --logLevel warn && npx tsx server/main.ts`,
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
    },
  },
});
