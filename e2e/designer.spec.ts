import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Designer, DRAFT_KEY } from './support/designerPage';
import { saveScreenshot } from './support/screenshot';

const seedCard = JSON.parse(readFileSync('fixtures/seed/interactive.card.json', 'utf8')) as {
  elements: { content?: unknown }[];
};

const test = base.extend<{ designer: Designer }>({
  designer: async ({ page }, use) => {
    await use(new Designer(page));
  },
});

/** Types the seed's rich text into the editor: whatever the editor is, as a person would. */
async function typeSeedRichText(page: Page, editor: Locator): Promise<void> {
  const tag = await editor.evaluate((node) => node.tagName);
  if (tag === 'TEXTAREA') {
    await editor.fill(JSON.stringify(seedCard.elements[0]?.content));
    return;
  }
  // A new rich text element starts empty: type both lines, then make the first bold.
  await editor.click();
  await page.keyboard.type('所有项目180天收入');
  await page.keyboard.press('Enter');
  await page.keyboard.type('最后更新时间:2023-7-7发布人:桃子(每月309:15 推送)');
  await editor.getByText('所有项目180天收入').click({ clickCount: 3 });
  await page.keyboard.press('ControlOrMeta+b');
}

test.describe('card designer', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  // Long flows of real drags and typing; the speed itself is measured by bench/designer.bench.ts.
  test.describe.configure({ timeout: 120_000 });

  test('builds the seed card from an empty canvas by drag and drop and typing', async ({
    designer,
    page,
  }, testInfo) => {
    await designer.open();
    await expect(designer.blocks).toHaveCount(0);

    // Buttons onto the empty card, rich text above them, markdown between the two.
    await designer.dragTo(designer.paletteItem('Buttons'), 'empty canvas');
    await expect(designer.blocks).toHaveCount(1);
    await designer.dragTo(designer.paletteItem('Rich text'), { before: 0 });
    await expect(designer.blocks).toHaveCount(2);
    await designer.dragTo(designer.paletteItem('Markdown'), { after: 0 });
    expect(await designer.blockNames()).toEqual([
      'Rich text block, 1 of 3',
      'Markdown block, 2 of 3',
      'Buttons block, 3 of 3',
    ]);

    // The card: title, colour, switches.
    await designer.openCardSettings();
    await designer.inspector.getByLabel('Title').fill('Mind富文本消息');
    await designer.inspector.getByRole('radio', { name: 'Red' }).click();
    await expect(
      designer.inspector.getByRole('switch', { name: 'Allow forwarding' }),
    ).toBeChecked();
    await expect(designer.inspector.getByRole('switch', { name: 'Shared card' })).not.toBeChecked();
    await designer.inspector.getByRole('switch', { name: 'Detail preview' }).click();

    // Rich text, in the rich text editor.
    await designer.block(0).click();
    const richText = designer.inspector.getByRole('textbox', { name: 'Rich text', exact: true });
    await typeSeedRichText(page, richText);

    // Markdown, typed and made bold with the toolbar.
    await designer.block(1).click();
    const markdown = designer.inspector.getByRole('textbox', { name: 'Markdown text' });
    await markdown.fill('');
    await markdown.pressSequentially('总结性分析总览');
    await markdown.press('ControlOrMeta+a');
    await designer.inspector.getByRole('button', { name: 'Bold' }).click();
    await markdown.press('ControlOrMeta+End');
    await markdown.press('Enter');
    await expect(markdown).toHaveValue('**总结性分析总览**\n');

    // Buttons: a white link button and a default event button.
    await designer.block(2).click();
    const first = designer.button(1);
    await first.getByLabel('Label').fill('深度分析');
    await first.getByRole('radio', { name: 'White' }).click();
    await first.getByLabel('Web address').fill('https://mind.im30.net/');
    await designer.inspector.getByRole('button', { name: 'Add a button' }).click();
    const second = designer.button(2);
    await second.getByLabel('Label').fill('再次获取');
    await second.getByRole('radio', { name: 'Send an event' }).click();
    await second.getByLabel('Event name').fill('mind.message.event.guide');
    await second.getByLabel('Value (JSON object)').fill('{"card_id": "$card_id", "key": "value"}');

    // The preview shows it as it is typed, and the checks are clean.
    const preview = page.getByTestId('message-preview');
    await expect(preview.getByText('Mind富文本消息')).toBeVisible();
    await expect(preview.getByRole('button', { name: '再次获取' })).toBeVisible();
    await expect(page.getByText('No problems found: this card is ready to send.')).toBeVisible();

    expect(await designer.exportedCard()).toEqual(seedCard);
    await saveScreenshot(page, testInfo, 'designer-seed-card-en');
  });

  test('moves a block by keyboard as the first thing done on the page', async ({
    designer,
    page,
  }) => {
    await designer.open();
    await page.getByRole('button', { name: 'Start from an example' }).click();
    const liveRegion = page.locator('[id^="DndLiveRegion"]');
    await designer.block(1).focus();
    await page.keyboard.press('Space');
    await expect(liveRegion).toHaveText('Picked up Markdown block at position 2 of 3.');
    await page.keyboard.press('ArrowDown');
    await expect(liveRegion).toHaveText('Markdown block moved to position 3 of 3.');
    // The chip is drawn over the canvas, where the block goes, not at the window's left edge.
    const chip = await page.locator('.dz-drag-overlay').boundingBox();
    const stage = await page.locator('[data-canvas-drop]').boundingBox();
    expect(chip && stage && chip.x >= stage.x && chip.x < stage.x + stage.width).toBe(true);
    await page.keyboard.press('Space');
    await expect(liveRegion).toHaveText('Markdown block dropped at position 3 of 3.');
    expect(await designer.blockNames()).toEqual([
      'Rich text block, 1 of 3',
      'Buttons block, 2 of 3',
      'Markdown block, 3 of 3',
    ]);
  });

  test('reorders blocks by pointer and by keyboard, announcing moves in words', async ({
    designer,
    page,
  }) => {
    await designer.open();
    await page.getByRole('button', { name: 'Start from an example' }).click();
    expect(await designer.blockNames()).toEqual([
      'Rich text block, 1 of 3',
      'Markdown block, 2 of 3',
      'Buttons block, 3 of 3',
    ]);

    // Pointer: the buttons to the top.
    await designer.dragTo(designer.block(2), { before: 0 });
    expect(await designer.blockNames()).toEqual([
      'Buttons block, 1 of 3',
      'Rich text block, 2 of 3',
      'Markdown block, 3 of 3',
    ]);

    // Keyboard, dnd-kit style: Space picks up, arrows move, Space drops.
    const liveRegion = page.locator('[id^="DndLiveRegion"]');
    await designer.block(2).focus();
    await page.keyboard.press('Space');
    await expect(liveRegion).toHaveText('Picked up Markdown block at position 3 of 3.');
    await page.keyboard.press('ArrowUp');
    await expect(liveRegion).toHaveText('Markdown block moved to position 2 of 3.');
    await page.keyboard.press('ArrowUp');
    await expect(liveRegion).toHaveText('Markdown block moved to position 1 of 3.');
    await page.keyboard.press('Space');
    await expect(liveRegion).toHaveText('Markdown block dropped at position 1 of 3.');
    await expect
      .poll(() => designer.blockNames())
      .toEqual(['Markdown block, 1 of 3', 'Buttons block, 2 of 3', 'Rich text block, 3 of 3']);

    // Shortcut: Alt+Down moves the focused block, and says so.
    await designer.block(0).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByTestId('designer-announcer')).toHaveText(
      'Markdown block moved to position 2 of 3.',
    );
    await expect
      .poll(() => designer.blockNames())
      .toEqual(['Buttons block, 1 of 3', 'Markdown block, 2 of 3', 'Rich text block, 3 of 3']);
    await expect(designer.block(1)).toBeFocused();

    // Escape cancels a keyboard move.
    await page.keyboard.press('Space');
    await expect(liveRegion).toHaveText('Picked up Markdown block at position 2 of 3.');
    await page.keyboard.press('ArrowDown');
    await expect(liveRegion).toHaveText('Markdown block moved to position 3 of 3.');
    await page.keyboard.press('Escape');
    await expect(liveRegion).toHaveText('Move cancelled. Markdown block stays at position 2 of 3.');
    expect((await designer.blockNames())[1]).toBe('Markdown block, 2 of 3');

    // Enter goes from a block to its first field in the inspector.
    await designer.block(0).focus();
    await page.keyboard.press('Enter');
    await expect(designer.button(1).getByLabel('Label')).toBeFocused();

    // A screen reader hears what a block is in the page's language (dnd-kit's is 'draggable').
    await expect(designer.block(0)).toHaveAttribute('aria-roledescription', 'movable block');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitemcheckbox', { name: '中文' }).click();
    await expect(page.locator('[data-block-handle]').first()).toHaveAttribute(
      'aria-roledescription',
      '可拖动的组件',
    );
  });

  test('a block picked up by its handle is selected when it is dropped, not while it is dragged', async ({
    designer,
    page,
  }) => {
    await designer.open();
    await page.getByRole('button', { name: 'Start from an example' }).click();
    const richText = designer.block(0);
    const editor = designer.inspector.locator('.ProseMirror');
    await designer.block(2).click();
    await expect(designer.block(2)).toHaveAttribute('aria-current', 'true');

    // Pressed and carried: the chip follows, but the inspector still shows the block before,
    // so no rich text editor starts in the middle of the drag.
    const box = await richText.boundingBox();
    if (!box) throw new Error('no handle');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 8);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 16);
    await expect(page.locator('.dz-drag-chip')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-dragging', '');
    await expect(richText).not.toHaveAttribute('aria-current', 'true');
    await expect(editor).toHaveCount(0);

    // Dropped where it was: now it is the selected block, with its editor.
    await page.mouse.up();
    await expect(page.locator('html')).not.toHaveAttribute('data-dragging');
    await expect(designer.block(0)).toHaveAttribute('aria-current', 'true');
    await expect(editor).toBeVisible();

    // A press and release with no drag selects as a click does.
    await designer.block(2).click();
    await expect(designer.block(2)).toHaveAttribute('aria-current', 'true');
  });

  // A busy page can be handed a whole gesture before React renders once: a quick flick, or keys
  // typed faster than the page keeps up. Dispatched in one go, nothing renders in between.
  test('a drag or keys that all arrive before the page renders still move the block', async ({
    designer,
    page,
  }) => {
    await designer.open();
    await page.getByRole('button', { name: 'Start from an example' }).click();
    const handle = await designer.block(2).boundingBox();
    const target = await designer.element(0).boundingBox();
    if (!handle || !target) throw new Error('the example card is not drawn');
    await designer.block(2).evaluate(
      (node, { from, to }) => {
        const at = (x: number, y: number, buttons: number) => ({
          pointerId: 1,
          isPrimary: true,
          button: 0,
          buttons,
          clientX: x,
          clientY: y,
          bubbles: true,
          cancelable: true,
          composed: true,
        });
        node.dispatchEvent(new PointerEvent('pointerdown', at(from.x, from.y, 1)));
        for (let step = 1; step <= 10; step++) {
          const x = from.x + ((to.x - from.x) * step) / 10;
          const y = from.y + ((to.y - from.y) * step) / 10;
          node.dispatchEvent(new PointerEvent('pointermove', at(x, y, 1)));
        }
        node.dispatchEvent(new PointerEvent('pointerup', at(to.x, to.y, 0)));
      },
      {
        from: { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 },
        to: { x: target.x + target.width / 2, y: target.y + target.height * 0.2 },
      },
    );
    await expect
      .poll(() => designer.blockNames())
      .toEqual(['Buttons block, 1 of 3', 'Rich text block, 2 of 3', 'Markdown block, 3 of 3']);

    const liveRegion = page.locator('[id^="DndLiveRegion"]');
    await designer.block(2).focus();
    await designer.block(2).evaluate((node) => {
      for (const code of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) {
        const key = code === 'Space' ? ' ' : code;
        node.dispatchEvent(
          new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }),
        );
      }
    });
    await expect(liveRegion).toHaveText('Markdown block dropped at position 1 of 3.');
    expect(await designer.blockNames()).toEqual([
      'Markdown block, 1 of 3',
      'Buttons block, 2 of 3',
      'Rich text block, 3 of 3',
    ]);

    // Neither left the canvas mid-drag: an ordinary drag works as before.
    await designer.dragTo(designer.block(2), { before: 0 });
    expect(await designer.blockNames()).toEqual([
      'Rich text block, 1 of 3',
      'Markdown block, 2 of 3',
      'Buttons block, 3 of 3',
    ]);
  });

  test('duplicates and deletes by mouse and shortcut, and keeps unknown elements read-only', async ({
    designer,
    page,
  }) => {
    await page.addInitScript((key) => {
      if (localStorage.getItem(key)) return;
      const card = {
        header: { title: { content: 'Imported' }, template: 'orange' },
        elements: [
          { tag: 'markdown', content: 'Hello' },
          { tag: 'hr', style: 'dashed' },
        ],
        extra: { kept: true },
      };
      localStorage.setItem(
        key,
        JSON.stringify({
          state: { doc: { card, elementIds: ['a', 'b'] }, selectedId: null },
          version: 1,
        }),
      );
    }, DRAFT_KEY);
    await designer.open();
    expect(await designer.blockNames()).toEqual([
      'Markdown block, 1 of 2',
      'Unknown element "hr" block, 2 of 2',
    ]);

    // The unknown element shows its JSON, read-only, and still moves.
    await designer.block(1).click();
    await expect(designer.inspector.getByLabel("The element's JSON")).toContainText(
      '"style": "dashed"',
    );
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => designer.blockNames())
      .toEqual(['Unknown element "hr" block, 1 of 2', 'Markdown block, 2 of 2']);

    // Duplicate by shortcut, delete by mouse, delete by key.
    await designer.block(1).focus();
    await page.keyboard.press('ControlOrMeta+d');
    await expect(designer.blocks).toHaveCount(3);
    await expect(designer.block(2)).toBeFocused();
    await designer.inspector.getByRole('button', { name: 'Delete' }).click();
    await expect(designer.blocks).toHaveCount(2);
    await designer.block(0).focus();
    await page.keyboard.press('Delete');
    await expect(designer.blocks).toHaveCount(1);
    await expect(page.getByTestId('designer-announcer')).toContainText('deleted');

    // The imported header colour is shown and kept; the unknown card field survives.
    await designer.openCardSettings();
    await expect(
      designer.inspector.getByRole('radio', { name: 'Imported colour "orange"' }),
    ).toBeChecked();
    await designer.undo();
    expect(await designer.exportedCard()).toEqual({
      header: { title: { content: 'Imported' }, template: 'orange' },
      elements: [
        { tag: 'hr', style: 'dashed' },
        { tag: 'markdown', content: 'Hello' },
      ],
      extra: { kept: true },
    });
  });

  test('undoes and redoes every kind of edit, a burst of typing as one step', async ({
    designer,
    page,
  }) => {
    await designer.open();
    await page.getByRole('button', { name: 'Start from an example' }).click();
    const states: unknown[] = [await designer.draftCard()];
    const record = async () => {
      await expect.poll(() => designer.draftCard()).not.toEqual(states[states.length - 1]);
      states.push(await designer.draftCard());
    };

    await designer.openCardSettings();
    await designer.typeBurst(' v2', designer.inspector.getByLabel('Title'));
    await record();
    await designer.inspector.getByRole('radio', { name: 'Purple' }).click();
    await record();
    await designer.inspector.getByRole('switch', { name: 'Shared card' }).click();
    await record();
    await designer.block(1).click();
    await designer.typeBurst(
      ' More.',
      designer.inspector.getByRole('textbox', { name: 'Markdown text' }),
    );
    await record();
    await designer.inspector.getByRole('button', { name: 'Italic' }).click();
    await record();
    await designer.block(0).click();
    const richText = designer.inspector.getByRole('textbox', { name: 'Rich text', exact: true });
    await richText.click();
    await page.keyboard.press('ControlOrMeta+End');
    await designer.typeBurst(' Great.');
    await record();
    await designer.block(2).click();
    await designer.typeBurst(' now', designer.button(1).getByLabel('Label'));
    await record();
    await designer.button(1).getByRole('radio', { name: 'Send an event' }).click();
    await record();
    await designer.inspector.getByRole('button', { name: 'Remove button 2' }).click();
    await record();
    await designer.paletteItem('Markdown').click();
    await record();
    await designer.dragTo(designer.block(3), { before: 0 });
    await record();
    await designer.block(0).focus();
    await page.keyboard.press('ControlOrMeta+d');
    await record();
    await page.keyboard.press('Delete');
    await record();

    for (let index = states.length - 2; index >= 0; index -= 1) {
      await designer.toolbarButton('Undo').click();
      await expect.poll(() => designer.draftCard()).toEqual(states[index]);
    }
    // One step more takes the example back off the canvas.
    await designer.toolbarButton('Undo').click();
    await expect(page.getByText('Your card is empty')).toBeVisible();
    await expect(designer.toolbarButton('Undo')).toBeDisabled();
    for (let index = 0; index < states.length; index += 1) {
      await (index % 2 ? designer.redo() : page.keyboard.press('Control+y'));
      await expect.poll(() => designer.draftCard()).toEqual(states[index]);
    }
    await expect(designer.toolbarButton('Redo')).toBeDisabled();
  });

  test('marks {{field}} tokens in a markdown block and the title as compose does', async ({
    designer,
    page,
  }, testInfo) => {
    await designer.open();
    await designer.paletteItem('Markdown').click();
    const markdown = designer.inspector.getByRole('textbox', { name: 'Markdown text' });
    await markdown.fill('Hi {{name}}, see {{room');
    const tokens = designer.inspector.locator('.pf-token');
    await expect(tokens).toHaveText(['{{name}}', '{{room']);
    await expect(designer.inspector.locator('.pf-token--broken')).toHaveText('{{room');
    // Drawn, not only present: the marks' styles come with them.
    const background = await tokens
      .first()
      .evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await markdown.fill('No fields');
    await expect(tokens).toHaveCount(0);
    // And in the card's title, a one-line field.
    await designer.openCardSettings();
    await designer.inspector.getByLabel('Title').fill('For {{name}}');
    await expect(designer.inspector.locator('.pf-token')).toHaveText(['{{name}}']);
    await saveScreenshot(page, testInfo, 'designer-field-marks');
    // And in a click button's value, inside its JSON string.
    await designer.paletteItem('Buttons').click();
    await designer.button(1).getByRole('radio', { name: 'Send an event' }).click();
    await designer.button(1).getByLabel('Value (JSON object)').fill('{"for": "{{name}}"}');
    await expect(designer.button(1).locator('.pf-token')).toHaveText(['{{name}}']);
  });

  test('keeps the draft across a reload, and survives a corrupt one', async ({
    designer,
    page,
  }) => {
    await designer.open();
    await designer.paletteItem('Markdown').click();
    const markdown = designer.inspector.getByRole('textbox', { name: 'Markdown text' });
    await markdown.fill('Kept after reload');
    await expect(page.getByText('Draft saved')).toBeVisible();
    await page.reload();
    await expect(designer.blocks).toHaveCount(1);
    await expect(markdown).toHaveValue('Kept after reload');
    await expect(page.getByTestId('message-preview')).toContainText('Kept after reload');

    await page.evaluate((key) => localStorage.setItem(key, '{"state": {"doc": '), DRAFT_KEY);
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(notice).toBeVisible();
    await expect(page.getByText('Your card is empty')).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(`${key}.unreadable`), DRAFT_KEY)).toBe(
      '{"state": {"doc": ',
    );
    // Its text can be taken away as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download it' }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe('{"state": {"doc": ');
  });

  test('takes the card on to compose and send, where the card is the message', async ({
    designer,
    page,
  }) => {
    await designer.open();
    await designer.paletteItem('Markdown').click();
    await designer.inspector
      .getByRole('textbox', { name: 'Markdown text' })
      .fill('Going out to people');
    await page
      .getByRole('toolbar', { name: 'Designer actions' })
      .getByRole('link', { name: 'Send…' })
      .click();
    await expect(page).toHaveURL(/\/compose\?from=designer/);
    await expect(page.getByRole('radio', { name: 'Card', exact: true })).toBeChecked();
    await expect(page.getByTestId('message-preview')).toContainText('Going out to people');
  });

  test('shows an invalid URL error at the field as you type, and clicking an issue finds the field', async ({
    designer,
    page,
  }) => {
    await designer.open();
    await designer.paletteItem('Buttons').click();
    const url = designer.button(1).getByLabel('Web address');
    // A new button's empty address is not shown in red before the user has touched it.
    await expect(designer.button(1).getByText('A link button needs a web address')).toBeHidden();
    await expect(url).not.toHaveAttribute('aria-invalid', 'true');
    // A path is no web address (a schemeless host is a warning: e2e/card-settings.spec.ts).
    await url.pressSequentially('/mind');
    const error = designer.button(1).getByText(/\/mind.* is not a complete web address/);
    await expect(error).toBeVisible();
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    await expect(url).toHaveAccessibleDescription(/is not a complete web address/);

    await designer.openCardSettings();
    await page.getByRole('button', { name: /is not a complete web address/ }).click();
    await expect(url).toBeFocused();
    await url.fill('https://mind.im30.net/');
    await expect(error).toBeHidden();
    await expect(url).not.toHaveAttribute('aria-invalid', 'true');

    // A click button's value is checked as you type too.
    await designer.button(1).getByRole('radio', { name: 'Send an event' }).click();
    const value = designer.button(1).getByLabel('Value (JSON object)');
    await value.pressSequentially('{"key": ');
    await expect(designer.button(1).getByText(/Not valid JSON yet/)).toBeVisible();
    await value.pressSequentially('"v"}');
    await expect(designer.button(1).getByText(/Not valid JSON yet/)).toBeHidden();
  });
  test('counts a button value that is not JSON as an error until it is fixed, and will not send it', async ({
    designer,
    page,
  }, testInfo) => {
    await designer.open();
    await designer.openCardSettings();
    await designer.inspector.getByLabel('Title').fill('Weekly report');
    await designer.paletteItem('Buttons').click();
    // A new button starts with no label (it used to be "Open").
    await designer.button(1).getByLabel('Label').fill('Open');
    await designer.button(1).getByLabel('Web address').fill('https://mind.im30.net/');
    await designer.button(1).getByRole('radio', { name: 'Send an event' }).click();
    await designer.button(1).getByLabel('Event name').fill('mind.message.event.guide');
    const checks = page.getByRole('region', { name: /^Checks/ });
    await expect(checks.getByText('No problems found')).toBeVisible();

    const value = designer.button(1).getByLabel('Value (JSON object)');
    await value.fill('{"step": 1}');
    await value.pressSequentially(', "oops"');
    await expect(designer.button(1).getByText(/Not valid JSON yet/)).toBeVisible();
    const issue = checks.getByRole('button', { name: /Button 1's value is not valid JSON yet/ });
    await expect(issue).toBeVisible();
    await expect(checks.getByText('1 error')).toBeVisible();
    await expect(checks.getByText('No problems found')).toBeHidden();
    await expect(designer.block(0)).toContainText('has an error');
    await saveScreenshot(page, testInfo, 'designer-checks-value-not-json-en');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('menuitemcheckbox', { name: '中文' }).click();
    await expect(
      page.getByRole('region', { name: /^检查/ }).getByRole('button', {
        name: /按钮 1 的值还不是有效的 JSON（第 1 行第 12 列：JSON 结束后还有多余内容）/,
      }),
    ).toBeVisible();
    // The field says it in Chinese too, not the parser's English.
    await expect(
      designer.inspector.getByText('还不是有效的 JSON：第 1 行第 12 列：JSON 结束后还有多余内容'),
    ).toBeVisible();
    await expect(designer.inspector.getByText(/at line \d+ column/)).toHaveCount(0);
    await saveScreenshot(page, testInfo, 'designer-checks-value-not-json-zh');
    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'English' }).click();
    await expect(issue).toBeVisible();

    // Send… does not go on with a value the user did not write: it shows the field instead.
    await designer.openCardSettings();
    const toolbar = page.getByRole('toolbar', { name: 'Designer actions' });
    await toolbar.getByRole('link', { name: 'Send…' }).click();
    await expect(
      toolbar.getByText(/Fix the button value that is not valid JSON first/),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/designer/);
    await expect(value).toBeFocused();
    await expect(value).toHaveValue('{"step": 1}, "oops"');

    // The text survives another selection, and the issue finds it again.
    await designer.openCardSettings();
    await expect(value).toBeHidden();
    await issue.click();
    await expect(value).toBeFocused();
    await expect(value).toHaveValue('{"step": 1}, "oops"');
    expect(await designer.exportedCard()).toMatchObject({
      elements: [{ action: [{ value: { step: 1 } }] }],
    });
    await expect(toolbar.getByText(/Careful: a button value is not valid JSON yet/)).toBeVisible();

    await value.fill('{"step": 2}');
    await expect(checks.getByText('No problems found')).toBeVisible();
    await expect(issue).toBeHidden();
    await expect(designer.block(0)).not.toContainText('has an error');
    expect(await designer.exportedCard()).toMatchObject({
      elements: [{ action: [{ value: { step: 2 } }] }],
    });
  });

  test('copies and downloads the card and the request body, which says it has no recipients', async ({
    designer,
    page,
    context,
    baseURL,
  }, testInfo) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await designer.open();
    await page.getByRole('button', { name: 'Start from an example' }).click();
    const card = await designer.exportedCard();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await designer.toolbarButton('Export').click();
    await page.getByRole('menuitem', { name: 'Copy card JSON' }).click();
    const status = page.getByRole('toolbar', { name: 'Designer actions' });
    await expect(status.getByText('Copied: Card JSON.')).toBeVisible();
    expect(JSON.parse(await clipboard())).toEqual(card);

    await designer.toolbarButton('Export').click();
    await page.getByRole('menuitem', { name: 'Copy request body (no recipients)' }).click();
    await expect(status.getByText(/add receive_id or receive_ids before sending/)).toBeVisible();
    const body = JSON.parse(await clipboard()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['msg_type', 'content']);
    expect(body.msg_type).toBe('interactive');
    expect(JSON.parse(body.content as string)).toEqual(card);

    await designer.toolbarButton('Export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download request body (no recipients)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mind-request-no-recipients.json');
    const downloaded = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown;
    expect(downloaded).toEqual(body);
    await expect(status.getByText(/Careful/)).toBeHidden();

    // A card Mind would refuse (a new markdown block, still empty) exports, and says so.
    await designer.paletteItem('Markdown').click();
    await designer.toolbarButton('Export').click();
    await page.getByRole('menuitem', { name: 'Copy card JSON' }).click();
    await expect(
      status.getByText('Copied: Card JSON. Careful: Checks lists 1 error in this card.'),
    ).toBeVisible();
    await saveScreenshot(page, testInfo, 'designer-export-with-errors-en');
  });

  test('writes Mind markdown from the toolbar: link, font colour, small text, line clamp', async ({
    designer,
    page,
  }) => {
    await designer.open();
    await designer.paletteItem('Markdown').click();
    const markdown = designer.inspector.getByRole('textbox', { name: 'Markdown text' });
    await markdown.fill('Read the report now');
    const select = async (text: string) => {
      await markdown.evaluate((node, word) => {
        const area = node as HTMLTextAreaElement;
        const start = area.value.indexOf(word);
        area.focus();
        area.setSelectionRange(start, start + word.length);
      }, text);
    };
    const toolbar = designer.inspector.getByRole('toolbar', { name: 'Markdown formatting' });

    await select('report');
    await toolbar.getByRole('button', { name: 'Link' }).click();
    const linkForm = page.getByRole('form', { name: 'Link' });
    await linkForm.getByLabel('Web address').fill('ftp://x');
    await expect(linkForm.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await linkForm.getByLabel('Web address').fill('https://example.com/r');
    await linkForm.getByRole('button', { name: 'Apply' }).click();
    await expect(markdown).toHaveValue('Read the [report](https://example.com/r) now');

    await select('Read');
    await toolbar.getByRole('button', { name: 'Font colour' }).click();
    const colourForm = page.getByRole('form', { name: 'Font colour' });
    await colourForm.getByRole('radio', { name: '#F54A45' }).click();
    await colourForm.getByRole('button', { name: 'Apply' }).click();
    await expect(markdown).toHaveValue(
      '<font color="#F54A45">Read</font> the [report](https://example.com/r) now',
    );

    await select('now');
    await toolbar.getByRole('button', { name: 'Small text' }).click();
    await select('the');
    await toolbar.getByRole('button', { name: 'Limit to a number of lines' }).click();
    const clampForm = page.getByRole('form', { name: 'Limit to a number of lines' });
    await clampForm.getByLabel('Show at most this many lines').fill('2');
    await clampForm.getByRole('button', { name: 'Apply' }).click();
    await expect(markdown).toHaveValue(
      '<font color="#F54A45">Read</font> <content style="-webkit-box-orient: vertical;-webkit-line-clamp: 2;display: -webkit-box;overflow: hidden;text-overflow: ellipsis;">the</content> [report](https://example.com/r) <small>now</small>',
    );
    const preview = page.getByTestId('message-preview');
    await expect(preview.getByRole('link', { name: 'report' })).toHaveAttribute(
      'href',
      'https://example.com/r',
    );
    await expect(preview.getByText('Read', { exact: true })).toBeVisible();
  });
});

test.describe('card designer, seen by people', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });
  test.describe.configure({ timeout: 120_000 });

  test('a first visit does not download the rich text editor', async ({ designer, page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await designer.open();
    await page.getByRole('button', { name: 'Start from an example' }).click();
    await designer.block(1).click();
    await expect(designer.inspector.getByRole('textbox', { name: 'Markdown text' })).toBeVisible();
    expect(scripts.filter((url) => /tiptap/i.test(url))).toEqual([]);

    await designer.block(0).click();
    await expect(
      designer.inspector.getByRole('textbox', { name: 'Rich text', exact: true }),
    ).toBeVisible();
    expect(scripts.filter((url) => /tiptap/i.test(url)).length).toBeGreaterThan(0);
  });

  for (const language of ['en', 'zh'] as const) {
    test(`screenshots of a full card, in ${language === 'en' ? 'English' : 'Chinese'}`, async ({
      browser,
    }, testInfo) => {
      const context = await browser.newContext({
        locale: language === 'zh' ? 'zh-CN' : 'en-US',
        viewport: { width: 1600, height: 1000 },
      });
      const page = await context.newPage();
      const designer = new Designer(page);
      await designer.open(`lang=${language}`);
      await page
        .getByRole('button', { name: language === 'zh' ? '从示例开始' : 'Start from an example' })
        .click();
      await expect(designer.blocks).toHaveCount(3);
      await saveScreenshot(page, testInfo, `designer-card-${language}`);

      await designer.block(2).click();
      await expect(
        designer.inspector.getByRole('group', { name: language === 'zh' ? '按钮 1' : 'Button 1' }),
      ).toBeVisible();
      await saveScreenshot(page, testInfo, `designer-buttons-${language}`);

      await designer.block(1).click();
      await saveScreenshot(page, testInfo, `designer-markdown-${language}`);

      if (language === 'en') {
        await page.getByRole('button', { name: 'Theme' }).click();
        await page.getByRole('menuitemcheckbox', { name: 'Dark' }).click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await saveScreenshot(page, testInfo, 'designer-markdown-en-dark');
      }

      await page.setViewportSize({ width: 900, height: 900 });
      await expect(
        page.getByRole('tab', { name: language === 'zh' ? '预览' : 'Preview' }),
      ).toBeVisible();
      await saveScreenshot(page, testInfo, `designer-narrow-${language}`);
      await page.getByRole('tab', { name: language === 'zh' ? '预览' : 'Preview' }).click();
      await expect(page.getByTestId('message-preview')).toBeVisible();
      await saveScreenshot(page, testInfo, `designer-narrow-preview-${language}`);
      await context.close();
    });
  }
});
