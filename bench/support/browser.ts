import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/findChromium';

/** Headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
