import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { Lang } from './support/composeFlow';
import { saveScreenshot } from './support/screenshot';
import { sendViaApi } from './support/sendViaApi';

/*
 * Every page once per language on a 390 px wide phone: axe finds no serious or critical
 * violation, the page has exactly one <h1>, nothing but a scrolling region is wider than the
 * screen, and a screenshot is kept under artifacts/screenshots/ (a11y-<lang>-<page>.png).
 */
test.use({ viewport: { width: 390, height: 844 } });
// Nine pages and nine axe runs: about a minute on two busy cores.
test.describe.configure({ timeout: 180_000 });

/** Two people of the sandbox's sample directory: the inbox shows their names. */
const PEOPLE = ['ou_7d8a6e6df7621556ce0d21922b676706', 'ou_6c5b7a2d4f9c9b8d3a0f1c2d3e4f5a6b'];

const TEXT = {
  en: { more: 'More actions', importJson: 'Import JSON' },
  zh: { more: '更多操作', importJson: '导入 JSON' },
} as const;

// The inbox first: it shows the newest 50, and other specs send in parallel.
const PAGES = [
  ['inbox', '/inbox'],
  ['designer', '/designer'],
  ['rich-text', '/rich-text'],
  ['compose', '/compose'],
  ['templates', '/templates'],
  ['history', '/history'],
  ['history-detail', '/history/:id'],
  ['preview', '/preview'],
  ['not-found', '/no-such-page'],
] as const;

/**
 * The message preview (`.mp`) imitates Mind's client in that client's own colours, so its
 * colour contrast is Mind's, not ours; every other rule applies to it too.
 */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const found = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => ({
        rule: violation.id,
        help: violation.help,
        target: node.target.join(' '),
      })),
    );
  const inPreview = await page.evaluate(
    (targets) => targets.map((target) => Boolean(document.querySelector(target)?.closest('.mp'))),
    found.map((item) => item.target),
  );
  return found
    .filter((item, index) => !(item.rule === 'color-contrast' && inPreview[index]))
    .map((item) => `${item.rule} (${item.help}): ${item.target}`);
}

async function checkPage(page: Page, name: string): Promise<void> {
  await expect(page.locator('.shell-loading')).toHaveCount(0);
  await expect(page.locator('h1'), `${name}: one h1`).toHaveCount(1);
  await expect(page.locator('h1')).toBeVisible();
  expect
    .soft(await seriousViolations(page), `${name}: serious or critical axe violations`)
    .toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect.soft(overflow, `${name}: the page is wider than the screen`).toBeLessThanOrEqual(0);
}

/** The width of the navigation's link at `index` when all of it is in sight in its row, else 0. */
function shownWidth(page: Page, index: number): Promise<number> {
  return page.evaluate((index) => {
    const list = document.querySelector('.shell-nav');
    const link = list?.querySelectorAll('a')[index];
    if (!list || !link) return 0;
    const row = list.getBoundingClientRect();
    const box = link.getBoundingClientRect();
    const shown = Math.min(box.right, row.right) - Math.max(box.left, row.left);
    return shown >= box.width - 0.5 ? box.width : 0;
  }, index);
}

/**
 * The navigation is one row that scrolls sideways, not rows that push the page down: the
 * current page's link (at `current`) is in sight, Tab reaches every link and scrolls each into
 * sight as it takes the focus, and the page itself never scrolls sideways.
 */
async function checkNavigation(page: Page, current: number): Promise<void> {
  const links = page.getByRole('navigation').first().getByRole('link');
  await expect(links).toHaveCount(7);
  const tops = await links.evaluateAll((all) => all.map((link) => (link as HTMLElement).offsetTop));
  expect(new Set(tops).size, `one row: ${tops.join(', ')}`).toBe(1);
  await expect(links.nth(current)).toHaveAttribute('aria-current', 'page');
  expect(await shownWidth(page, current), "the current page's link is in sight").toBeGreaterThan(0);
  await links.first().focus();
  for (let index = 0; index < 7; index += 1) {
    if (index > 0) await page.keyboard.press('Tab');
    await expect(links.nth(index)).toBeFocused();
    expect(
      await shownWidth(page, index),
      `link ${index + 1} in sight when focused`,
    ).toBeGreaterThan(0);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  await checkEdgeFades(page);
}

/**
 * The row fades out at an edge with more links beyond it, and only there: at its start only the
 * end fades, at its end only the start.
 */
async function checkEdgeFades(page: Page): Promise<void> {
  const row = page.getByRole('navigation').first().getByRole('list');
  const beyond = await row.evaluate((list) => list.scrollWidth - list.clientWidth);
  expect(beyond, 'the row has more links than fit at 390 px').toBeGreaterThan(0);
  const fades = () =>
    row.evaluate((list) => {
      const style = getComputedStyle(list);
      return `${style.getPropertyValue('--nav-fade-start')} ${style.getPropertyValue('--nav-fade-end')}`;
    });
  await row.evaluate((list) => (list.scrollLeft = 0));
  await expect.poll(fades, { message: 'at the start: the end fades' }).toBe('0px 24px');
  await row.evaluate((list) => (list.scrollLeft = list.scrollWidth));
  await expect.poll(fades, { message: 'at the end: the start fades' }).toBe('24px 0px');
}

for (const lang of ['en', 'zh'] as const satisfies readonly Lang[]) {
  test(`every page in ${lang} at 390 px: one h1, no serious axe violation`, async ({
    page,
  }, testInfo) => {
    const marker = `${lang}-${randomUUID().slice(0, 8)}`;
    const id = await sendViaApi(page.request, {
      msg_type: 'markdown',
      content: { text: `**Accessibility** check ${marker}` },
      audience: { kind: 'users', ids: PEOPLE },
      sender: 'Ops Li',
    });
    for (const [name, path] of PAGES) {
      await page.goto(`${path.replace(':id', id)}?lang=${lang}`);
      if (name === 'designer') await checkNavigation(page, 0);
      if (name === 'preview') await checkNavigation(page, 6);
      if (name === 'rich-text') {
        // The header's secondary actions fold into one menu.
        await expect(page.getByRole('button', { name: TEXT[lang].importJson })).toBeHidden();
        await page.getByRole('button', { name: TEXT[lang].more }).click();
        await expect(page.getByRole('menuitem', { name: TEXT[lang].importJson })).toBeVisible();
        await page.keyboard.press('Escape');
      }
      if (name === 'history') {
        // Each send is a card as wide as the screen: its outcome in sight, not off to the right.
        const row = page.locator(`[data-send-id="${id}"]`);
        for (const part of [row, row.getByTestId('outcome'), row.locator('.hs-row__sender')]) {
          const box = await part.boundingBox();
          expect(box, 'the row is on the page').not.toBeNull();
          expect(box!.x + box!.width, 'within the 390 px screen').toBeLessThanOrEqual(390);
        }
        await expect(row.locator('.hs-row__sender')).toContainText('Ops Li');
      }
      if (name === 'inbox') {
        // The directory's names, each with its open_id beneath.
        const item = page.getByTestId('inbox-item').filter({ hasText: marker });
        const to = item.locator('.ib-item__to');
        await expect(to).toContainText('张伟');
        await expect(to).toContainText('Emily Chen');
        await expect(to.getByTitle(PEOPLE[0] ?? '')).toContainText(PEOPLE[0] ?? '');
      }
      await checkPage(page, name);
      await saveScreenshot(page, testInfo, `a11y-${lang}-${name}`);
    }
  });
}
