import { expect, test, type Page } from '@playwright/test';

/** Every Content-Security-Policy violation the page reports, as `directive blocked-uri`. */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void })
        .reportViolation;
      report(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}`);
    });
  });
  return violations;
}

test('the app runs under its Content-Security-Policy without a violation', async ({ page }) => {
  test.slow(); // eight pages and both editors in one test
  const violations = await recordViolations(page);
  const response = await page.goto('/designer?lang=en');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.getByRole('heading', { level: 1, name: 'Card designer' })).toBeVisible();
  // CodeMirror: the card's JSON beside the designer.
  await page.getByRole('button', { name: /JSON/ }).first().click();
  await expect(page.locator('.cm-editor').first()).toBeVisible();
  // TipTap with the example's mention, emoji and image, and its preview.
  await page.goto('/rich-text?lang=en');
  await page.getByRole('button', { name: 'Load example' }).click();
  await expect(page.locator('.rt-content h1')).toBeVisible();
  await expect(page.locator('.rt-content img[src]').first()).toBeAttached();
  for (const path of ['/compose', '/templates', '/history', '/inbox', '/preview']) {
    await page.goto(`${path}?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});
