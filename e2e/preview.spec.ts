import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED_DIR = join('fixtures', 'seed');
const SEEDS = readdirSync(SEED_DIR).filter((name) => name.endsWith('.json'));

/** Pastes JSON into the lab and waits until the preview shows it. */
async function paste(page: Page, text: string, label = 'Message JSON'): Promise<void> {
  await page.getByRole('textbox', { name: label }).fill(text);
  await expect(page.locator(`[data-rendered-length="${text.length}"]`)).toBeVisible();
}

/** An element screenshot under artifacts/screenshots/, attached to the report. */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const dir = join('artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const preview = page.getByTestId('message-preview');
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll<HTMLImageElement>('.mp img')).every(
      (image) => image.complete,
    ),
  );
  const body = await preview.screenshot({ path: join(dir, `${name}.png`), animations: 'disabled' });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

test.beforeEach(async ({ context }) => {
  // Nothing outside the app is reachable in tests: external requests fail at once (the test
  // of the asset base answers for assets.example itself).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|assets\.example)/, (route) => route.abort());
});

test.describe('preview: the spec examples', () => {
  for (const seed of SEEDS) {
    test(`${seed} renders as a chat card, desktop and mobile, light and dark`, async ({
      page,
    }, testInfo) => {
      await page.goto('/preview?lang=en');
      await paste(page, readFileSync(join(SEED_DIR, seed), 'utf8'));
      const preview = page.getByTestId('message-preview');
      await expect(preview.locator('.mp-failed')).toHaveCount(0);
      await expect(preview.getByText('Mind app')).toBeVisible();
      for (const width of ['Desktop', 'Mobile'] as const) {
        for (const theme of ['Light', 'Dark'] as const) {
          await page.getByRole('radio', { name: width }).click();
          await page.getByRole('radio', { name: theme }).click();
          await expect(preview).toHaveClass(new RegExp(`mp--${theme.toLowerCase()}`));
          const box = await preview.boundingBox();
          expect(box?.width).toBe(width === 'Desktop' ? 600 : 375);
          await shoot(
            page,
            testInfo,
            `preview-${seed.replace(/\.json$/, '')}-${width.toLowerCase()}-${theme.toLowerCase()}`,
          );
        }
      }
    });
  }

  test('the spec card shows its header colour, text, markdown and buttons', async ({ page }) => {
    await page.goto('/preview?lang=en');
    await paste(page, readFileSync(join(SEED_DIR, 'interactive.card.json'), 'utf8'));
    const card = page.getByRole('article', { name: 'Mind富文本消息' });
    await expect(card.locator('.mp-card__header')).toHaveCSS(
      'background-color',
      'rgb(253, 226, 226)',
    );
    await expect(card.getByText('所有项目180天收入')).toHaveCSS('font-weight', '700');
    await expect(card.getByText('总结性分析总览')).toBeVisible();
    const link = card.getByRole('link', { name: '深度分析' });
    await expect(link).toHaveAttribute('href', 'https://mind.im30.net/');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('the notice card clamps its long content to six lines', async ({ page }) => {
    await page.goto('/preview?lang=en');
    await paste(page, readFileSync(join(SEED_DIR, 'interactive-notice.card.json'), 'utf8'));
    const clamped = page.locator('.mp-content');
    await expect(clamped).toHaveCSS('-webkit-line-clamp', '6');
    await page.getByRole('radio', { name: 'Mobile' }).click();
    const { scrollHeight, clientHeight, lineHeight } = await clamped.evaluate((element) => ({
      scrollHeight: element.scrollHeight,
      clientHeight: element.clientHeight,
      lineHeight: parseFloat(getComputedStyle(element).lineHeight),
    }));
    expect(scrollHeight).toBeGreaterThan(clientHeight);
    expect(Math.round(clientHeight / lineHeight)).toBe(6);
    await expect(page.locator('.mp-font').first()).toHaveCSS('color', 'rgb(0, 109, 249)');
  });
});

test.describe('preview: buttons', () => {
  test('a click button shows the exact event and value the app would receive', async ({
    page,
  }, testInfo) => {
    await page.goto('/preview?lang=en');
    await paste(page, readFileSync(join(SEED_DIR, 'interactive.card.json'), 'utf8'));
    const panel = page.getByRole('region', { name: 'Button events' });
    await expect(panel).toContainText('Click a button in the card');
    await page.getByRole('button', { name: '再次获取' }).click();
    await expect(panel.getByTestId('event-name')).toHaveText('mind.message.event.guide');
    const value = JSON.parse(
      (await panel.getByTestId('event-value').textContent()) ?? '',
    ) as unknown;
    expect(value).toEqual({ card_id: '$card_id', key: 'value' });
    await expect(panel).toContainText('Mind replaces $card_id');
    await testInfo.attach('event-panel', {
      body: await page
        .locator('.pp')
        .screenshot({ path: join('artifacts', 'screenshots', 'preview-event-panel.png') }),
      contentType: 'image/png',
    });
    await panel.getByRole('button', { name: 'Clear' }).click();
    await expect(panel).toContainText('Click a button in the card');
  });

  test('buttons work from the keyboard', async ({ page }) => {
    await page.goto('/preview?lang=en');
    await paste(page, readFileSync(join(SEED_DIR, 'interactive.card.json'), 'utf8'));
    await page.getByRole('link', { name: '深度分析' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '再次获取' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('event-name')).toHaveText('mind.message.event.guide');
  });

  test('a view button opens its page in a new tab without access to the app', async ({
    page,
    context,
  }) => {
    await context.route('https://mind.im30.net/', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>Mind</p>' }),
    );
    await page.goto('/preview?lang=en');
    await paste(page, readFileSync(join(SEED_DIR, 'interactive.card.json'), 'utf8'));
    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('link', { name: '深度分析' }).click();
    const popup = await popupPromise;
    await popup.waitForLoadState();
    expect(popup.url()).toBe('https://mind.im30.net/');
    expect(await popup.evaluate(() => window.opener === null)).toBe(true);
    await expect(page.getByRole('region', { name: 'Button events' })).toContainText(
      'opened this page in a new tab',
    );
  });

  test('a view button without a complete http(s) URL opens nothing and says why', async ({
    page,
  }) => {
    await page.goto('/preview?lang=en');
    await paste(page, readFileSync(join(SEED_DIR, 'interactive-notice.card.json'), 'utf8'));
    await expect(page.getByRole('link', { name: '查看详情' })).toHaveCount(0);
    await page.getByRole('button', { name: '查看详情' }).click();
    await expect(page.getByRole('region', { name: 'Button events' })).toContainText(
      '“https:///” is not a complete http(s) address',
    );
  });
});

test.describe('preview: images and odd shapes', () => {
  const emojiMessage = JSON.stringify([
    {
      type: 'paragraph',
      content: [{ type: 'emoji', attrs: { alt: '鼓掌', src: '/images/emoji_applaud.png' } }],
    },
  ]);

  test('emoji load from this app when the server is offline', async ({ page }) => {
    await page.route('**/api/status', (route) => route.abort());
    await page.goto('/preview?lang=en');
    await paste(page, emojiMessage);
    const emoji = page.getByRole('img', { name: '[鼓掌]' });
    await expect(emoji).toHaveAttribute('src', '/images/emoji_applaud.png');
    await expect
      .poll(() => emoji.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBe(64);
  });

  test('emoji resolve against the asset base the server announces', async ({ page }) => {
    await page.route('**/api/status', async (route) => {
      const response = await route.fetch();
      const status = (await response.json()) as Record<string, unknown>;
      await route.fulfill({
        response,
        json: { ...status, assetBase: 'https://assets.example/mind' },
      });
    });
    await page.route('https://assets.example/mind/images/*.png', (route) =>
      route.fulfill({ path: join('public', 'images', 'emoji_applaud.png') }),
    );
    await page.goto('/preview?lang=en');
    await paste(page, emojiMessage);
    const emoji = page.getByRole('img', { name: '[鼓掌]' });
    await expect(emoji).toHaveAttribute(
      'src',
      'https://assets.example/mind/images/emoji_applaud.png',
    );
    await expect
      .poll(() => emoji.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBe(64);
  });

  test('every default emoji has its image in the app', async ({ page }, testInfo) => {
    await page.goto('/preview?lang=en');
    await page.getByRole('button', { name: 'Examples' }).click();
    await page.getByRole('menuitem', { name: 'All emoji' }).click();
    const images = page.locator('img.mp-emoji');
    await expect(images).toHaveCount(16);
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll<HTMLImageElement>('img.mp-emoji')).every(
        (image) => image.complete,
      ),
    );
    const widths = await images.evaluateAll((list) =>
      list.map((image) => (image as HTMLImageElement).naturalWidth),
    );
    expect(widths).toEqual(Array(16).fill(64));
    await shoot(page, testInfo, 'preview-emoji');
  });

  test('a message with wrong types still renders, with its problems listed', async ({
    page,
  }, testInfo) => {
    await page.goto('/preview?lang=en');
    await paste(
      page,
      JSON.stringify({
        header: { template: 'orange', title: { content: 42 } },
        elements: [
          { tag: 'markdown', content: '**still here**' },
          { tag: 'markdown', content: ['not', 'a', 'string'] },
          { tag: 'img', img_key: 'img_v2_x' },
          {
            tag: 'action',
            action: [{ tag: 'button', text: { content: 'Go' }, type: 'jump', template: 'primary' }],
          },
        ],
      }),
    );
    await expect(page.getByText('This JSON has errors')).toBeVisible();
    await expect(page.locator('.ui-issues__item').first()).toBeVisible();
    const preview = page.getByTestId('message-preview');
    await expect(preview.getByText('still here')).toBeVisible();
    await expect(preview.getByText('Untitled card')).toBeVisible();
    await expect(preview.getByText('Element “img”: not shown by Mind')).toBeVisible();
    await expect(preview.getByText('Header colour “orange” is not one of Mind')).toBeVisible();
    await shoot(page, testInfo, 'preview-odd-shapes');
  });

  test('text that is not JSON says where it breaks and keeps the text', async ({ page }) => {
    await page.goto('/preview?lang=en');
    await page.getByRole('textbox', { name: 'Message JSON' }).fill('{"msg_type": "text", ');
    await expect(page.getByText('Paste a message, a card or rich text JSON')).toBeVisible();
    await expect(page.locator('.ui-issues')).toContainText('not valid JSON');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Message JSON' })).toHaveValue(
      '{"msg_type": "text", ',
    );
  });

  test('the lab and the preview read in Chinese', async ({ page }, testInfo) => {
    await page.goto('/preview?lang=zh');
    await paste(page, readFileSync(join(SEED_DIR, 'interactive.card.json'), 'utf8'), '消息 JSON');
    await expect(page.getByRole('heading', { level: 1, name: '预览实验室' })).toBeVisible();
    await expect(page.getByTestId('message-preview').getByText('Mind 应用')).toBeVisible();
    await expect(page.getByRole('radio', { name: '移动端' })).toBeVisible();
    await page.screenshot({
      path: join('artifacts', 'screenshots', 'preview-lab-zh.png'),
      fullPage: true,
    });
    await testInfo.attach('preview-lab-zh', {
      path: join('artifacts', 'screenshots', 'preview-lab-zh.png'),
      contentType: 'image/png',
    });
  });
});

test.describe('preview: client widths', () => {
  test('a pane narrower than the client shows its real width scaled, so lines break as there', async ({
    page,
  }) => {
    // The designer's Preview tab on a narrow screen (on a wide one the canvas is the card, at
    // full size, and has no pane of its own).
    await page.setViewportSize({ width: 620, height: 900 });
    await page.goto('/designer?lang=en');
    await page.getByRole('button', { name: 'Start from an example' }).click();
    await page.getByRole('tab', { name: 'Preview' }).click();
    const message = page.locator('.pp-stage .mp');
    const layout = () =>
      message.evaluate((element) => ({
        // Layout width in the message's own CSS pixels, and the share of it on screen.
        width: (element as HTMLElement).offsetWidth,
        shown: element.getBoundingClientRect().width / (element as HTMLElement).offsetWidth,
      }));

    const desktop = await layout();
    expect(desktop.width).toBe(600);
    expect(desktop.shown).toBeLessThan(1);
    const caption = page.getByText(/^Shown at \d+% of its real width$/);
    await expect(caption).toHaveText(
      `Shown at ${Math.round(desktop.shown * 100)}% of its real width`,
    );
    // The line sits under the message, never over its edge.
    const [messageBox, captionBox] = await Promise.all([
      message.boundingBox(),
      caption.boundingBox(),
    ]);
    expect(captionBox?.y).toBeGreaterThanOrEqual((messageBox?.y ?? 0) + (messageBox?.height ?? 0));

    await page.getByRole('radio', { name: 'Mobile' }).click();
    await expect.poll(async () => (await layout()).width).toBe(375);
    await expect.poll(async () => (await layout()).shown).toBe(1);
    await expect(page.getByText(/^Shown at/)).toHaveCount(0);
  });

  test('the lab counts its problems in words that agree with the number, in both languages', async ({
    page,
  }) => {
    const broken = '{"msg_type":"interactive","content":"{\\"header\\": "}';
    for (const [lang, one, partial] of [
      ['en', /^1 error, \d+ warnings?$/, 'listed under Message JSON'],
      ['zh', /^1 个错误，\d+ 个警告$/, '列在“消息 JSON”下'],
    ] as const) {
      await page.goto(`/preview?lang=${lang}`);
      await paste(page, broken, lang === 'en' ? 'Message JSON' : '消息 JSON');
      await expect(page.locator('#preview-lab-status > span').last()).toHaveText(one);
      await expect(page.locator('.pl-partial')).toContainText(partial);
    }
  });
});
