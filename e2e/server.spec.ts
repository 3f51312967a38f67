import { expect, test } from '@playwright/test';
import { startLiveServer, type LiveServer } from './support/liveServer';
import { saveScreenshot } from './support/screenshot';

const TOKEN = 'e2e-access-token-0123456789';

test.describe('a server with ACCESS_TOKEN', () => {
  let live: LiveServer;
  test.beforeAll(async () => {
    live = await startLiveServer({ env: { ACCESS_TOKEN: TOKEN } });
  });
  test.afterAll(async () => {
    await live.close();
  });

  for (const [locale, text] of [
    ['zh-CN', { label: '访问令牌', submit: '登录', wrong: '令牌不正确' }],
    ['en-US', { label: 'Access token', submit: 'Sign in', wrong: 'That token is not right' }],
  ] as const) {
    test(`asks for the token, refuses a wrong one, then opens the page asked for (${locale})`, async ({
      browser,
    }, testInfo) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${live.url}/history`);
      await expect(page).toHaveURL(/\/login\?next=%2Fhistory$/);
      const token = page.getByLabel(text.label);
      await expect(token).toBeFocused();
      await token.fill('not-the-token');
      await token.press('Enter');
      await expect(page.getByRole('alert')).toContainText(text.wrong);
      await saveScreenshot(page, testInfo, `server-login-${locale}`);

      await page.getByLabel(text.label).fill(TOKEN);
      await page.getByRole('button', { name: text.submit }).click();
      await expect(page).toHaveURL(`${live.url}/history`);
      const status = await page.evaluate(async () => (await fetch('/api/messages')).status);
      expect(status).toBe(200);
      const cookies = await context.cookies();
      expect(cookies).toEqual([
        expect.objectContaining({ name: 'mcs_session', httpOnly: true, sameSite: 'Strict' }),
      ]);
      expect(cookies[0]?.value).not.toContain(TOKEN);
      await context.close();
    });
  }

  test('refuses the API without the token, and sends nothing', async ({ request }) => {
    const response = await request.post(`${live.url}/api/messages`, {
      data: { msg_type: 'text', content: { text: 'x' }, audience: { kind: 'user', id: 'ou_1' } },
    });
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe('unauthorized');
    expect(live.mock.requests).toHaveLength(0);
  });

  test('a session that ends while the app is open leads to the login page, then back', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${live.url}/login?next=%2Fdesigner`);
    await page.getByLabel('Access token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(`${live.url}/designer`);
    await context.clearCookies();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'History' })
      .click();
    await expect(page).toHaveURL(/\/login\?next=%2Fhistory$/);
    await context.close();
  });
});
