// Makes sure a Chromium is available for the Playwright suite, or says exactly how to get one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/support/findChromium';

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const found = findChromium() ?? playwrightChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

console.log('No Chromium found. Trying Playwright’s download of Chromium…');
const download = spawnSync('npx', ['playwright', 'install', 'chromium'], {
  stdio: 'inherit',
  timeout: 180_000,
});
if (download.status === 0 && playwrightChromium()) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('The download failed. Installing Debian’s chromium package with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env,
  });
  if (install.status === 0 && findChromium()) process.exit(0);
}

console.error(`
No Chromium is available for the browser tests. Install one and run npm test again:

  sudo apt-get install -y chromium        # Debian / Ubuntu; or
  npx playwright install chromium          # where downloads are allowed; or
  CHROMIUM_PATH=/path/to/chromium npm test # a Chromium you already have
`);
process.exit(1);
