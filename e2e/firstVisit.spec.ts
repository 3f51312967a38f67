import { expect, test, type Browser } from '@playwright/test';
import { firstVisitFiles, PAGE_WEIGHT_BUDGETS_KB, readManifest } from '../scripts/pageWeight';

/*
 * A first visit downloads each file once: the preloads index.html makes (route chunks, their
 * CSS, the translations) are requested in the mode the app then requests them in, so Chromium
 * reuses them instead of fetching again (and warns of no credentials-mode mismatch).
 */

const PAGES = [
  ['/', 'Card designer'],
  ['/designer', 'Card designer'],
  ['/compose', 'Compose and send'],
  ['/rich-text', 'Rich text'],
  ['/templates', 'Templates'],
  ['/history', 'History'],
  ['/history/00000000-0000-4000-8000-000000000000', null],
  ['/inbox', 'Sandbox inbox'],
  ['/preview', null],
] as const;

async function firstVisit(browser: Browser, path: string, heading: string | null, locale: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const requested: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // The browser fetches the favicon for its own tab strip, apart from the page's files.
    const favicon = request.resourceType() === 'other' && url.pathname === '/logo.svg';
    if (!url.pathname.startsWith('/api/') && !favicon) requested.push(url.pathname);
  });
  page.on('console', (message) => {
    if (/credentials mode|preloaded .* not used/i.test(message.text())) {
      warnings.push(message.text());
    }
  });
  await page.goto(path);
  if (heading) {
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  } else {
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  await page.waitForLoadState('networkidle');
  await context.close();
  const twice = requested.filter((item, index) => requested.indexOf(item) !== index);
  return { requested, twice, warnings };
}

test.describe('first visit', () => {
  for (const [path, heading] of PAGES) {
    test(`${path} requests no file twice`, async ({ browser }) => {
      const { requested, twice, warnings } = await firstVisit(browser, path, heading, 'en-US');
      expect(requested.some((item) => item.endsWith('.css'))).toBe(true);
      expect(twice).toEqual([]);
      expect(warnings).toEqual([]);
    });
  }

  test('in Chinese too, with the Chinese translations preloaded', async ({ browser }) => {
    const { requested, twice, warnings } = await firstVisit(
      browser,
      '/compose',
      '撰写与发送',
      'zh-CN',
    );
    expect(requested.some((item) => /\/assets\/zh-[\w-]+\.js$/.test(item))).toBe(true);
    expect(requested.some((item) => /\/assets\/en-[\w-]+\.js$/.test(item))).toBe(false);
    expect(twice).toEqual([]);
    expect(warnings).toEqual([]);
  });

  // The server names the translations of the browser's language; the app picks the one chosen
  // before (localStorage, which the server cannot see), and index.html's script preloads those.
  test('a language chosen before gets its translations preloaded too', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(() => localStorage.setItem('mcs.lang', 'zh'));
    const page = await context.newPage();
    await page.goto('/designer');
    await expect(page.getByRole('heading', { level: 1, name: '卡片设计器' })).toBeVisible();
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel=modulepreload]')].map((link) =>
        link.getAttribute('href'),
      ),
    );
    expect(preloaded).toContainEqual(expect.stringMatching(/^\/assets\/zh-designer-[\w-]+\.js$/));
    expect(preloaded).toContainEqual(expect.stringMatching(/^\/assets\/DesignerPage-[\w-]+\.js$/));
    await context.close();
  });

  // The page-weight guard (scripts/pageWeight.test.ts) counts the files the build's manifest
  // says a first visit needs; here, that they are exactly the scripts Chromium downloads.
  for (const path of Object.keys(PAGE_WEIGHT_BUDGETS_KB)) {
    test(`${path}: the scripts downloaded are the ones the page-weight guard counts`, async ({
      browser,
    }) => {
      const dist = process.env.E2E_DIST_DIR;
      if (!dist) throw new Error('E2E_DIST_DIR is set by playwright.config.ts');
      const expected = firstVisitFiles(readManifest(dist), path).map((file) => `/${file}`);
      const { requested } = await firstVisit(browser, path, null, 'en-US');
      const scripts = requested.filter((item) => item.endsWith('.js'));
      expect([...new Set(scripts)].sort()).toEqual(expected);
    });
  }
});
