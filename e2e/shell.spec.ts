import { expect, test } from '@playwright/test';
import { saveScreenshot } from './support/screenshot';

test.describe('app shell', () => {
  test('opens in Chinese when the browser prefers it, and switches to English', async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/designer$/);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link', { name: '卡片设计器' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await saveScreenshot(page, testInfo, 'shell-zh');

    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'English' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Card designer' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await saveScreenshot(page, testInfo, 'shell-en');
    await context.close();
  });

  test('?lang=en forces English whatever the browser prefers', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/compose?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Compose and send' })).toBeVisible();
    // The landing redirect keeps it: the address still says the language it shows.
    await page.goto('/?lang=en');
    await expect(page).toHaveURL(/\/designer\?lang=en$/);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await context.close();
  });

  test('every route of the navigation renders its page', async ({ page }) => {
    await page.goto('/designer?lang=en');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const [link, heading] of [
      ['Rich text', 'Rich text'],
      ['Compose & send', 'Compose and send'],
      ['Templates', 'Templates'],
      ['History', 'History'],
      ['Sandbox inbox', 'Sandbox inbox'],
      ['Card designer', 'Card designer'],
    ] as const) {
      await nav.getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      // The page scrolls inside its columns, never as a whole into blank space past the app's
      // end (visually hidden text and file inputs at the foot of a scrolling column once did).
      const overflow = await page.evaluate(
        () => document.documentElement.scrollHeight - window.innerHeight,
      );
      expect(overflow, `${link} scrolls past the window`).toBeLessThanOrEqual(0);
    }
  });

  test('the theme switch turns the app dark', async ({ page }, testInfo) => {
    await page.goto('/designer?lang=en');
    await page.getByRole('button', { name: 'Theme' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await saveScreenshot(page, testInfo, 'shell-dark');
  });

  test('menus and tooltips work from the keyboard and the pointer (their code loads on first use)', async ({
    page,
  }, testInfo) => {
    await page.goto('/designer?lang=en');
    // The theme menu by keyboard: Enter opens it, arrows move, Enter chooses, focus comes back.
    const theme = page.getByRole('button', { name: 'Theme' });
    await expect(theme).toHaveAttribute('aria-haspopup', 'menu');
    await theme.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    // (The rest of the page is hidden from assistive technology while the menu is open.)
    await expect(page.locator('button[aria-haspopup="menu"][aria-expanded="true"]')).toHaveCount(1);
    // Radix moves the focus on a timer after each arrow: each step is waited for.
    await expect(page.getByRole('menuitemcheckbox', { name: 'System' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitemcheckbox', { name: 'Light' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitemcheckbox', { name: 'Dark' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(theme).toBeFocused();
    // Escape closes it without choosing.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menu')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // A keyboard focus shows an icon button's tooltip at once and describes the button by it;
    // Escape hides it. (A block added, so that Undo can be used.)
    await page
      .getByRole('region', { name: 'Blocks', exact: true })
      .getByRole('button')
      .first()
      .click();
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeEnabled();
    await undo.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(undo).toBeFocused();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toHaveText(/^Undo \(/);
    const id = (await tooltip.getAttribute('id')) ?? 'no id';
    expect((await undo.getAttribute('aria-describedby'))?.split(' ')).toContain(id);
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    await expect(undo).not.toHaveAttribute('aria-describedby', new RegExp(id));
    // Hovering shows it after a moment; leaving hides it.
    await page.mouse.move(5, 5);
    await undo.hover();
    await expect(page.getByRole('tooltip')).toHaveText(/^Undo \(/);
    await saveScreenshot(page, testInfo, 'shell-tooltip-dark');
    await page.mouse.move(5, 5);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });

  test('the page a visit opens on is drawn with the shell, not after a loading line', async ({
    page,
  }) => {
    // React shows a suspended page no sooner than 300 ms after its fallback; the page is loaded
    // before the first render instead (src/app/pages.ts, preloadPage).
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('.shell-loading'))
          document.documentElement.dataset.sawLoading = '1';
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/designer?lang=en');
    await expect(page.locator('[data-canvas-header]')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-saw-loading', '1');
  });

  test('an unknown address shows a page, not a blank screen', async ({ page }) => {
    await page.goto('/no-such-page?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('the status badge says the server runs in sandbox mode', async ({ page }) => {
    await page.goto('/designer?lang=en');
    await expect(page.getByTestId('status-badge')).toHaveText('Sandbox');
  });
});
