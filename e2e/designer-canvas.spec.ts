import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Designer, DRAFT_KEY } from './support/designerPage';
import { saveScreenshot } from './support/screenshot';

const seedCard = JSON.parse(readFileSync('fixtures/seed/interactive.card.json', 'utf8')) as {
  elements: unknown[];
};

const test = base.extend<{ designer: Designer }>({
  designer: async ({ page }, use) => {
    await use(new Designer(page));
  },
});

/** Starts the designer with `card` as the saved draft (once: a reload keeps what was edited). */
async function openWithCard(page: Page, designer: Designer, card: unknown, query = 'lang=en') {
  await page.addInitScript(
    ({ key, draft }) => {
      if (localStorage.getItem(key)) return;
      localStorage.setItem(key, draft);
    },
    {
      key: DRAFT_KEY,
      draft: JSON.stringify({
        state: {
          doc: {
            card,
            elementIds: (card as { elements: unknown[] }).elements.map((_, index) => `e${index}`),
          },
          selectedId: null,
        },
        version: 1,
      }),
    },
  );
  await designer.open(query);
}

/** Types the seed's rich text into the rich text editor, as a person would. */
async function typeSeedRichText(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  await page.keyboard.type('所有项目180天收入');
  await page.keyboard.press('Enter');
  await page.keyboard.type('最后更新时间:2023-7-7发布人:桃子(每月309:15 推送)');
  await editor.getByText('所有项目180天收入').click({ clickCount: 3 });
  await page.keyboard.press('ControlOrMeta+b');
}

/**
 * Which gap the drop line is drawn in (0 before the first element, n after the last), checked
 * against where it is drawn: between the elements either side of the gap.
 */
function indicatorIndex(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const line = document.querySelector<HTMLElement>('[data-canvas-drop] [data-drop-line]');
    if (!line || getComputedStyle(line).visibility !== 'visible' || !line.dataset.gap) return null;
    const gap = Number(line.dataset.gap);
    const { top, bottom } = line.getBoundingClientRect();
    const boxes = [...document.querySelectorAll('[data-canvas-drop] [data-block-id]')].map((node) =>
      node.getBoundingClientRect(),
    );
    const above = boxes[gap - 1];
    const below = boxes[gap];
    if ((above && top < above.bottom) || (below && bottom > below.top)) return -1;
    return gap;
  });
}

test.describe('the canvas is the card', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test.describe.configure({ timeout: 180_000 });

  test('builds the seed card on the canvas and in the inspector only, and exports it exactly', async ({
    designer,
    page,
  }, testInfo) => {
    await designer.open();
    await expect(designer.blocks).toHaveCount(0);
    // The new card's empty title is not a mistake yet: Checks list it, its field is not red
    // until it has been visited.
    const titleField = designer.inspector.getByLabel('Title');
    await expect(page.locator('.dz-checks')).toContainText('The card needs a title');
    await expect(titleField).not.toHaveAttribute('aria-invalid', 'true');
    await titleField.focus();
    await titleField.blur();
    await expect(titleField).toHaveAttribute('aria-invalid', 'true');

    // Add by drag (onto the empty card, then above the first element) and by keyboard.
    await designer.dragTo(designer.paletteItem('Buttons'), 'empty canvas');
    await expect(designer.blocks).toHaveCount(1);
    await designer.dragTo(designer.paletteItem('Markdown'), { before: 0 });
    await designer.paletteItem('Rich text').focus();
    await page.keyboard.press('Enter');
    expect(await designer.blockNames()).toEqual([
      'Markdown block, 1 of 3',
      'Buttons block, 2 of 3',
      'Rich text block, 3 of 3',
    ]);
    // New elements are empty, with hints in their place, and Checks say they are not ready.
    await expect(designer.element(0)).toContainText('Double-click to write markdown text');
    await expect(page.locator('.dz-checks')).toContainText('This new block is not filled in yet');
    await expect(page.getByText('No problems found')).toHaveCount(0);
    // Not ready, but not wrong yet: no block is marked in red before it is touched.
    await expect(page.locator('.dz-el__severity--warning')).toHaveCount(3);
    await expect(page.locator('.dz-el__severity--error')).toHaveCount(0);
    await saveScreenshot(page, testInfo, 'designer-canvas-new-elements-en');

    // Reorder by dragging on the canvas: rich text to the top.
    await designer.dragTo(designer.block(2), { before: 0 });
    expect(await designer.blockNames()).toEqual([
      'Rich text block, 1 of 3',
      'Markdown block, 2 of 3',
      'Buttons block, 3 of 3',
    ]);

    // The title, in place on the card's header.
    await designer.header.dblclick();
    const title = page.locator('[data-canvas-drop]').getByRole('textbox', { name: 'Title' });
    await title.fill('Mind富文本消息');
    await title.press('Enter');
    await expect(designer.header).toContainText('Mind富文本消息');
    await expect(designer.header).toBeFocused();

    // Undo takes the title back, redo puts it again.
    await designer.undo();
    await expect(designer.header).not.toContainText('Mind富文本消息');
    await designer.redo();
    await expect(designer.header).toContainText('Mind富文本消息');

    // The card's colour and switches: the inspector shows the card when its header is clicked.
    await designer.header.click();
    await expect(designer.inspector.getByRole('heading', { name: 'Card settings' })).toBeVisible();
    await designer.inspector.getByRole('radio', { name: 'Red' }).click();
    await designer.inspector.getByRole('switch', { name: 'Detail preview' }).click();

    // Rich text: select it by clicking where it is drawn, then the editor in the inspector.
    await designer.element(0).click();
    await expect(designer.block(0)).toHaveAttribute('aria-current', 'true');
    await typeSeedRichText(
      page,
      designer.inspector.getByRole('textbox', { name: 'Rich text', exact: true }),
    );

    // Markdown, in place: double-click its hint and type.
    await designer.element(1).dblclick();
    const markdown = page
      .locator('[data-canvas-drop]')
      .getByRole('textbox', { name: 'Markdown text' });
    await markdown.pressSequentially('**总结性分析总览**');
    await markdown.press('Enter');
    await markdown.press('Escape');
    await expect(designer.element(1).locator('strong')).toHaveText('总结性分析总览');

    // Buttons: the new row's button is selected by a click on it and labelled in place.
    const row = designer.element(2);
    await row.locator('.mp-btn').first().click();
    await expect(designer.button(1)).toHaveClass(/is-selected/);
    // Its empty label and address are not shown in red before they are touched.
    await expect(designer.button(1).locator('.ui-field__error')).toHaveCount(0);
    await row.locator('.mp-btn').first().dblclick();
    const label = row.getByRole('textbox', { name: 'Label' });
    await label.fill('深度分析');
    await label.press('Enter');
    const first = designer.button(1);
    await first.getByRole('radio', { name: 'White' }).click();
    await first.getByLabel('Web address').fill('https://mind.im30.net/');
    await designer.inspector.getByRole('button', { name: 'Add a button' }).click();
    await row.locator('.mp-btn').nth(1).dblclick();
    await row.getByRole('textbox', { name: 'Label' }).fill('再次获取');
    await row.getByRole('textbox', { name: 'Label' }).press('Enter');
    const second = designer.button(2);
    await second.getByRole('radio', { name: 'Send an event' }).click();
    await second.getByLabel('Event name').fill('mind.message.event.guide');
    await second.getByLabel('Value (JSON object)').fill('{"card_id": "$card_id", "key": "value"}');

    await expect(page.getByText('No problems found: this card is ready to send.')).toBeVisible();
    expect(await designer.exportedCard()).toEqual(seedCard);
  });

  test('edits in place with the keyboard: the title by Enter, rich text in TipTap on the card', async ({
    designer,
    page,
  }) => {
    await openWithCard(page, designer, seedCard);
    const canvas = page.locator('[data-canvas-drop]');

    // Tab reaches the header; Enter edits the title where it is drawn; Enter ends.
    await designer.header.focus();
    await page.keyboard.press('Enter');
    const title = canvas.getByRole('textbox', { name: 'Title' });
    await expect(title).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await page.keyboard.press('Enter');
    await expect(designer.header).toContainText('Mind富文本消息!');
    // ↓ from the header goes to the first element's handle, which selects it.
    await page.keyboard.press('ArrowDown');
    await expect(designer.block(0)).toBeFocused();
    await expect(designer.block(0)).toHaveAttribute('aria-current', 'true');

    // Enter on a rich text element opens the rich text editor in its place.
    await page.keyboard.press('Enter');
    const editor = canvas.getByRole('textbox', { name: 'Rich text', exact: true });
    await expect(editor).toBeVisible();
    await editor.getByText('推送)').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' OK');
    await page.keyboard.press('Escape');
    await expect(editor).toHaveCount(0);
    await expect(designer.element(0)).toContainText('推送) OK');
    await expect(designer.block(0)).toBeFocused();
    expect(JSON.stringify(await designer.draftCard())).toContain('推送) OK');
  });

  test('a palette drop lands where its line was drawn, under the pointer, at any speed', async ({
    designer,
    page,
  }) => {
    await openWithCard(page, designer, seedCard);
    for (const steps of [3, 8, 20, 60]) {
      for (const index of [0, 1, 2]) {
        for (const fraction of [0.25, 0.75]) {
          const expected = index + (fraction < 0.5 ? 0 : 1);
          const from = await designer.paletteItem('Markdown').boundingBox();
          const box = await designer.element(index).boundingBox();
          if (!from || !box) throw new Error('nothing to drag or no element');
          await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
          await page.mouse.down();
          await page.mouse.move(box.x + box.width / 2, box.y + box.height * fraction, { steps });
          await expect
            .poll(() => indicatorIndex(page), {
              message: `${steps} moves, ${index} at ${fraction}`,
            })
            .toBe(expected);
          await page.mouse.up();
          await expect(designer.blocks).toHaveCount(4);
          expect(
            (await designer.blockNames())[expected],
            `${steps} moves, element ${index} at ${fraction}`,
          ).toBe(`Markdown block, ${expected + 1} of 4`);
          await designer.undo();
          await expect(designer.blocks).toHaveCount(3);
        }
      }
    }
  });

  test('a block carried to the canvas edge: the chip follows, the card scrolls, the drop lands far down, in words', async ({
    designer,
    page,
  }, testInfo) => {
    const long = {
      ...seedCard,
      elements: Array.from({ length: 40 }, (_, i) => ({
        tag: 'markdown',
        content: `Block ${i + 1}`,
      })),
    };
    await openWithCard(page, designer, long);
    const scroller = page.locator('.dz-build__main');
    const scrollTop = () => scroller.evaluate((node) => node.scrollTop);
    expect(await scrollTop()).toBe(0);
    const grip = await designer.block(0).boundingBox();
    const edge = await scroller.boundingBox();
    if (!grip || !edge) throw new Error('no block or canvas');

    // Picked up and carried to just above the canvas's bottom edge: the chip stays at the pointer.
    const x = grip.x + grip.width / 2;
    await page.mouse.move(x, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(x, edge.y + edge.height / 2, { steps: 10 });
    const chip = page.locator('.dz-drag-chip');
    const chipAt = await chip.boundingBox();
    expect(chipAt && Math.abs(chipAt.y - (edge.y + edge.height / 2)) < 80).toBe(true);
    await expect(page.getByTestId('designer-announcer')).toContainText(
      /^Markdown block moved to position \d+ of 40\.$/,
    );
    await page.mouse.move(x, edge.y + edge.height - 10, { steps: 10 });

    // Resting there, the card scrolls on by itself, and the line follows the blocks going past.
    await expect.poll(scrollTop).toBeGreaterThan(600);
    const chipThen = await chip.boundingBox();
    expect(chipThen && Math.abs(chipThen.y - (edge.y + edge.height - 10)) < 80).toBe(true);
    await page.mouse.move(x, edge.y + edge.height / 2, { steps: 4 });
    await saveScreenshot(page, testInfo, 'designer-drag-after-scroll-en');
    const gap = await indicatorIndex(page);
    expect(gap).toBeGreaterThan(10);
    await page.mouse.up();
    await expect(designer.blocks).toHaveCount(40);
    // Block 1 went where the line was: after the blocks the card scrolled past.
    expect(await designer.element(Number(gap) - 1).innerText()).toMatch(/\bBlock 1\b/);
    expect(await designer.element(0).innerText()).toMatch(/\bBlock 2\b/);
    await expect(page.locator('.dz-drag-chip')).toHaveCount(0);

    // By keyboard the chip goes with the line, one place a key.
    await designer.block(0).focus();
    await page.keyboard.press('Space');
    for (const _ of [1, 2, 3]) await page.keyboard.press('ArrowDown');
    await expect.poll(() => indicatorIndex(page)).toBe(4);
    const line = await page.locator('[data-canvas-drop] [data-drop-line]').boundingBox();
    const keyboardChip = await chip.boundingBox();
    expect(line && keyboardChip && Math.abs(keyboardChip.y - line.y) < 12).toBe(true);
    await page.keyboard.press('Escape');
    await expect(chip).toHaveCount(0);
  });

  test('draws the card at the client width, exactly as the preview lab does', async ({
    designer,
    page,
  }) => {
    await openWithCard(page, designer, seedCard);
    const canvasCard = page.locator('[data-canvas-drop]').getByTestId('message-preview');
    await expect(canvasCard.locator('.mp-card')).toBeVisible();
    expect((await canvasCard.boundingBox())?.width).toBe(600);

    const texts = await canvasCard.locator('article.mp-card').innerText();
    const colours = await cardColours(canvasCard);

    await page.goto('/preview?lang=en');
    const request = readFileSync('fixtures/seed/interactive.card.json', 'utf8');
    await page
      .getByRole('textbox', { name: 'Message JSON' })
      .fill(JSON.stringify({ msg_type: 'interactive', content: JSON.parse(request) as unknown }));
    const lab = page.getByTestId('message-preview');
    await expect(lab.locator('.mp-card')).toBeVisible();
    expect((await lab.boundingBox())?.width).toBe(600);
    expect(await lab.locator('article.mp-card').innerText()).toBe(texts);
    expect(await cardColours(lab)).toEqual(colours);
  });
});

test.describe('the canvas on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** How wide the page and the canvas's stage are laid out, and how much of it is on screen. */
  const widths = (page: Page) =>
    page.evaluate(() => {
      const stage = document.querySelector('[data-canvas-drop]');
      const card = stage?.querySelector<HTMLElement>('[data-testid="message-preview"]');
      if (!stage || !card) throw new Error('no canvas');
      const root = document.scrollingElement ?? document.documentElement;
      return {
        page: root.scrollWidth - root.clientWidth,
        stage: stage.scrollWidth - stage.clientWidth,
        card: card.offsetWidth,
        shown: card.getBoundingClientRect().width / card.offsetWidth,
        right: card.getBoundingClientRect().right,
        stageRight: stage.getBoundingClientRect().right,
      };
    });

  test('shows the mobile client scaled to fit, with no sideways scroll, and still reorders by drag', async ({
    designer,
    page,
  }, testInfo) => {
    await openWithCard(page, designer, seedCard);
    await expect(page.getByRole('tab', { name: 'Build' })).toHaveAttribute('aria-selected', 'true');
    // On a screen too narrow for the desktop client the canvas starts with the mobile one.
    await expect(page.getByRole('radio', { name: 'Mobile', exact: true })).toBeChecked();
    await expect.poll(async () => (await widths(page)).card).toBe(375);
    const mobile = await widths(page);
    expect(mobile.page).toBe(0);
    expect(mobile.stage).toBe(0);
    expect(mobile.shown).toBeLessThan(1);
    expect(mobile.right).toBeLessThanOrEqual(mobile.stageRight);
    await expect(page.getByText(/^Shown at \d+% of its real width$/)).toHaveText(
      `Shown at ${Math.round(mobile.shown * 100)}% of its real width`,
    );
    await saveScreenshot(page, testInfo, 'designer-canvas-390-mobile');

    // Reordering works on the zoomed card: the third element dragged above the first.
    const ids = () =>
      page
        .locator('[data-canvas-drop] [data-block-id]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-block-id')));
    const before = await ids();
    await designer.dragTo(designer.block(2), { before: 0 });
    await expect.poll(ids).toEqual([before[2], before[0], before[1], ...before.slice(3)]);

    // The desktop client chosen by hand: its 600 px, zoomed further, still not scrolled sideways.
    await page.getByRole('radio', { name: 'Desktop', exact: true }).click();
    await expect.poll(async () => (await widths(page)).card).toBe(600);
    const desktop = await widths(page);
    expect(desktop.page).toBe(0);
    expect(desktop.stage).toBe(0);
    expect(desktop.shown).toBeLessThan(mobile.shown);
    expect(desktop.right).toBeLessThanOrEqual(desktop.stageRight);
    await saveScreenshot(page, testInfo, 'designer-canvas-390-desktop');
  });
});

/** The computed text and background colour and font size of each part the renderer draws. */
function cardColours(preview: Locator): Promise<string[][]> {
  return preview.evaluate((root) =>
    [...root.querySelectorAll('[class*="mp-"]')].map((node) => {
      const style = getComputedStyle(node);
      return [
        node.className
          .split(' ')
          .filter((name) => name.startsWith('mp-'))
          .join(' '),
        style.color,
        style.backgroundColor,
        style.fontSize,
        style.fontWeight,
      ];
    }),
  );
}

for (const language of ['en', 'zh'] as const) {
  test(`screenshots of the canvas in ${language === 'en' ? 'English' : 'Chinese'}: light and dark, desktop and mobile`, async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext({
      locale: language === 'zh' ? 'zh-CN' : 'en-US',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const designer = new Designer(page);
    await openWithCard(page, designer, seedCard, `lang=${language}`);
    const canvasCard = page.locator('[data-canvas-drop]').getByTestId('message-preview');
    // At 1280 px the desktop card is still at its real width.
    expect((await canvasCard.boundingBox())?.width).toBe(600);
    await designer.block(1).click();
    const names =
      language === 'zh'
        ? { Desktop: '桌面端', Mobile: '移动端', Light: '浅色', Dark: '深色' }
        : { Desktop: 'Desktop', Mobile: 'Mobile', Light: 'Light', Dark: 'Dark' };
    for (const width of ['Desktop', 'Mobile'] as const) {
      for (const theme of ['Light', 'Dark'] as const) {
        await page.getByRole('radio', { name: names[width], exact: true }).click();
        await page.getByRole('radio', { name: names[theme], exact: true }).click();
        await expect(canvasCard).toHaveClass(new RegExp(`mp--${theme.toLowerCase()}`));
        expect((await canvasCard.boundingBox())?.width).toBe(width === 'Desktop' ? 600 : 375);
        await saveScreenshot(
          page,
          testInfo,
          `designer-canvas-${language}-${width.toLowerCase()}-${theme.toLowerCase()}`,
        );
      }
    }
    await context.close();
  });
}
