import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  canvasTitle,
  composeDraft,
  designerCard,
  designerPreview,
  pasteIntoImport,
  putDesignerCard,
  richTextDoc,
} from './support/exchangeFlow';
import lz from 'lz-string';
import { saveScreenshot } from './support/screenshot';

/*
 * The way in and the way out: import by paste (each seed example, and garbage), the share
 * link, and what the designer's Export menu hands engineers. The code export is run for real
 * against the mock Mind in e2e/exchange-live.spec.ts.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 90_000 });

interface Expected {
  msgType: 'text' | 'markdown' | 'rich_text' | 'interactive';
  content: unknown;
}

/** What each seed example holds, read as Mind would: a request's content string decoded. */
function seed(file: string): { text: string; expected: Expected } {
  const text = readFileSync(`fixtures/seed/${file}`, 'utf8');
  const value = JSON.parse(text) as Record<string, unknown> | unknown[];
  if (Array.isArray(value)) return { text, expected: { msgType: 'rich_text', content: value } };
  if (typeof value.content === 'string') {
    return {
      text,
      expected: {
        msgType: (value.msg_type ?? 'text') as Expected['msgType'],
        content: JSON.parse(value.content) as unknown,
      },
    };
  }
  return { text, expected: { msgType: 'interactive', content: value } };
}

const SEEDS = [
  'interactive.card.json',
  'interactive-notice.card.json',
  'interactive-notice.request.json',
  'markdown.request.json',
  'rich_text.content.json',
  'text.request.json',
];

const OPEN_BUTTON: Record<Expected['msgType'], string> = {
  interactive: 'Open in the designer',
  rich_text: 'Open in the rich text editor',
  text: 'Open in Compose',
  markdown: 'Open in Compose',
};

/** What the editor of `msgType` now holds, as Mind content. */
async function editorContent(page: Page, msgType: Expected['msgType']): Promise<unknown> {
  if (msgType === 'interactive') return designerCard(page);
  if (msgType === 'rich_text') return richTextDoc(page);
  const draft = await composeDraft(page);
  expect(draft?.msgType).toBe(msgType);
  return { text: msgType === 'text' ? draft?.text : draft?.markdown };
}

const cardWithExtras = {
  config: { enable_forward: true, is_share_card: false, wide_screen_mode: true },
  header: {
    template: 'turquoise',
    title: { content: '季度复盘 “Q3” review', i18n: { en_us: 'Q3' } },
  },
  elements: [
    {
      tag: 'markdown',
      content: '**Done** <font color="#006DF9">on time</font> \'quoted\'',
      text_align: 'left',
    },
    { tag: 'hr' },
    {
      tag: 'action',
      layout: 'bisected',
      action: [
        {
          tag: 'button',
          text: { content: '确认 OK', tag: 'plain_text' },
          type: 'click',
          template: 'default',
          event: 'review.ok',
          value: { card_id: '$card_id', n: 1, nested: { a: [1, null, true] } },
          confirm: { title: 'Sure?' },
        },
      ],
    },
  ],
  card_link: { url: 'https://example.com/q3' },
};

test.describe('import by paste', () => {
  for (const file of SEEDS) {
    test(`opens ${file} in the right editor, exactly`, async ({ page }) => {
      const { text, expected } = seed(file);
      await page.goto('/designer?lang=en');
      const dialog = await pasteIntoImport(page, text);
      const found = dialog.getByTestId('import-found');
      await expect(found).toContainText('Found');
      await expect(found).toContainText(
        expected.msgType === 'interactive' ? 'card' : expected.msgType.replace('_', ' '),
      );
      if (file.endsWith('.request.json'))
        await expect(found).toContainText('recipients are not carried over');
      await dialog.getByRole('button', { name: OPEN_BUTTON[expected.msgType] }).click();
      await expect(dialog).toBeHidden();
      const path = {
        interactive: /\/designer/,
        rich_text: /\/rich-text/,
        text: /\/compose/,
        markdown: /\/compose/,
      };
      await expect(page).toHaveURL(path[expected.msgType]);
      await expect
        .poll(async () => JSON.stringify(await editorContent(page, expected.msgType)))
        .toBe(JSON.stringify(expected.content));
      if (expected.msgType === 'interactive') {
        const title = (expected.content as { header: { title: { content: string } } }).header.title
          .content;
        await expect(canvasTitle(page)).toContainText(title);
        await expect(designerPreview(page)).toContainText(title);
      }
    });
  }

  test('refuses garbage with its problems by path, and leaves the design alone', async ({
    page,
  }, testInfo) => {
    await page.goto('/designer?lang=en');
    await putDesignerCard(page, cardWithExtras);
    const before = JSON.stringify(await designerCard(page));

    const dialog = await pasteIntoImport(page, '{"header": {"title": "x"}, "elements": [ }');
    const refused = dialog.getByTestId('import-refused');
    await expect(refused).toContainText('This cannot be opened. Nothing was changed');
    await expect(refused).toContainText('This is not valid JSON');
    await expect(refused).toContainText('line 1 column 42');
    await expect(dialog.getByRole('button', { name: 'Open', exact: true })).toBeDisabled();

    await dialog
      .getByRole('textbox', { name: 'JSON to import' })
      .fill('{"header": {"title": {"content": 5}}, "elements": "none"}');
    // Where each problem is, in words; the JSON pointer is the place's title, for engineers.
    await expect(refused.locator('[title="/content/elements"]')).toHaveText("The card's blocks");
    // Its content is not text, and so the card has no title: two problems in the same place.
    await expect(refused.locator('[title="/content/header/title/content"]')).toHaveText([
      "The card's title",
      "The card's title",
    ]);
    await expect(refused).not.toContainText('/content/');
    await saveScreenshot(page, testInfo, 'exchange-import-refused-en');

    await dialog.getByRole('textbox', { name: 'JSON to import' }).fill('"just a string"');
    await expect(refused).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(JSON.stringify(await designerCard(page))).toBe(before);
    await page.reload();
    expect(JSON.stringify(await designerCard(page))).toBe(before);
    await expect(canvasTitle(page)).toContainText('季度复盘');

    // In Chinese, what is wrong and where is said in Chinese, not in the parser's English.
    await page.goto('/designer?lang=zh');
    const zh = await pasteIntoImport(page, '{"header": {"title": "x"}, "elements": [ }');
    const refusedZh = zh.getByTestId('import-refused');
    await expect(refusedZh).toContainText('这不是合法的 JSON：第 1 行第 42 列：此处缺少一个值');
    await expect(refusedZh).not.toContainText('Expected');
    await saveScreenshot(page, testInfo, 'exchange-import-refused-zh');
  });

  test('says which unknown fields are kept, keeps them, and exports them again', async ({
    page,
  }, testInfo) => {
    await page.goto('/designer?lang=en');
    const request = {
      receive_ids: ['ou_a', 'ou_b'],
      msg_type: 'interactive',
      content: JSON.stringify(cardWithExtras),
      trace: 'x',
    };
    const dialog = await pasteIntoImport(page, JSON.stringify(request, null, 2));
    await expect(dialog.getByTestId('import-found')).toContainText(
      'Found a whole request body: a card message.',
    );
    const kept = dialog.getByTestId('import-kept');
    await expect(kept).toContainText(
      '6 fields the editor does not know are kept exactly as they are',
    );
    for (const path of [
      '/content/card_link',
      '/content/config/wide_screen_mode',
      '/content/header/title/i18n',
      '/content/elements/0/text_align',
      '/content/elements/2/layout',
      '/content/elements/2/action/0/confirm',
    ]) {
      await expect(kept).toContainText(path);
    }
    await expect(dialog.getByTestId('import-dropped')).toContainText('/trace');
    await expect(dialog.getByTestId('import-found')).toContainText('addressed to 2 people');
    await saveScreenshot(page, testInfo, 'exchange-import-found-en');
    await dialog.getByRole('button', { name: 'Open in the designer' }).click();
    await expect(canvasTitle(page)).toContainText('季度复盘');

    await page
      .getByRole('toolbar', { name: 'Designer actions' })
      .getByRole('button', { name: 'Export', exact: true })
      .click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download card JSON' }).click(),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(
      `${JSON.stringify(cardWithExtras, null, 2)}\n`,
    );
  });

  test('opens a chosen file and a dropped file', async ({ page }) => {
    await page.goto('/designer?lang=en');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a message' });
    await dialog.locator('input[type="file"]').setInputFiles('fixtures/seed/markdown.request.json');
    await expect(dialog.getByTestId('import-found')).toContainText('a markdown message');

    const { text } = seed('interactive-notice.card.json');
    const dataTransfer = await page.evaluateHandle((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'notice.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await dialog.locator('.ex-drop').dispatchEvent('drop', { dataTransfer });
    await expect(dialog.getByTestId('import-found')).toContainText('Found a card: a card message.');
    await dialog.getByRole('button', { name: 'Open in the designer' }).click();
    await expect
      .poll(async () => JSON.stringify(await designerCard(page)))
      .toBe(JSON.stringify(JSON.parse(text)));
  });

  test('asks before replacing unsaved work, in Chinese', async ({ page }, testInfo) => {
    await page.goto('/designer?lang=zh');
    await putDesignerCard(page, cardWithExtras);
    const { text } = seed('interactive.card.json');
    const dialog = await pasteIntoImport(page, text);
    await expect(dialog.getByTestId('import-found')).toContainText('识别为卡片');
    await saveScreenshot(page, testInfo, 'exchange-import-found-zh');
    await dialog.getByRole('button', { name: '在设计器中打开' }).click();
    const confirm = page.getByRole('dialog', { name: '替换设计器中的卡片？' });
    await expect(confirm).toContainText('季度复盘');
    await confirm.getByRole('button', { name: '保留我的内容' }).click();
    await expect(confirm).toBeHidden();
    expect(JSON.stringify(await designerCard(page))).toBe(JSON.stringify(cardWithExtras));
    await dialog.getByRole('button', { name: '在设计器中打开' }).click();
    await page
      .getByRole('dialog', { name: '替换设计器中的卡片？' })
      .getByRole('button', { name: '替换' })
      .click();
    await expect(canvasTitle(page)).toContainText('Mind富文本消息');
    // The replaced card is one undo away.
    await page.keyboard.press('ControlOrMeta+z');
    await expect(canvasTitle(page)).toContainText('季度复盘');
  });
});

test('an import with a problem lists it where it is, and the code export says so before copying', async ({
  page,
}, testInfo) => {
  const { text } = seed('interactive-notice.request.json');
  await page.goto('/designer?lang=en');
  const dialog = await pasteIntoImport(page, text);
  const errors = dialog.getByTestId('import-errors');
  await expect(errors).toContainText('1 problem Mind would refuse or misrender');
  await expect(errors).toContainText('“https:///” is not a complete web address');
  await expect(
    errors.getByText('The web address of button 1 in block 2', { exact: true }),
  ).toHaveAttribute('title', '/content/elements/1/action/0/url');
  await expect(errors).not.toContainText('/content/');
  await saveScreenshot(page, testInfo, 'exchange-import-errors-en');
  await dialog.getByRole('button', { name: 'Open in the designer' }).click();
  await expect(dialog).toBeHidden();

  await page
    .getByRole('toolbar', { name: 'Designer actions' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  await page.getByRole('menuitem', { name: 'Code to send it: curl, TypeScript, Python…' }).click();
  const exported = page.getByRole('dialog', { name: 'Take this card away' });
  await expect(exported.getByRole('alert')).toContainText(
    'This message has 1 problem Mind would refuse or misrender: fix it before you copy the code.',
  );
  await expect(exported.getByRole('alert')).toContainText('/content/elements/1/action/0/url');
});

test.describe('share links', () => {
  test('one dialog at a time: a newer link replaces the question a pending one asks', async ({
    page,
    baseURL,
  }) => {
    // The app's share format: the editor's address, then #share= and the message, lz-compressed.
    const hash = `#share=${lz.compressToEncodedURIComponent(
      JSON.stringify({ msg_type: 'interactive', content: cardWithExtras }),
    )}`;
    await page.goto('/designer?lang=en');
    await putDesignerCard(page, { header: { title: { content: 'My own work' } }, elements: [] });
    await page.goto(`${baseURL ?? ''}/designer${hash}`);
    const replace = page.getByRole('dialog', { name: 'Replace the card in the designer?' });
    const damaged = page.getByRole('dialog', { name: 'This link cannot be opened' });
    await expect(replace).toBeVisible();

    await page.evaluate(() => {
      window.location.hash = 'share=N4Ig-damaged';
    });
    await expect(damaged).toBeVisible();
    await expect(replace).toBeHidden();
    await expect(page.getByRole('dialog')).toHaveCount(1);

    await page.evaluate((value) => {
      window.location.hash = value;
    }, hash);
    await expect(replace).toBeVisible();
    await expect(damaged).toBeHidden();
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await replace.getByRole('button', { name: 'Keep my work' }).click();
    await expect(canvasTitle(page)).toContainText('My own work');
  });

  test('a card round-trips exactly through a link, asking before it replaces work', async ({
    page,
    browser,
  }, testInfo) => {
    await page.goto('/designer?lang=en');
    await putDesignerCard(page, cardWithExtras);
    await page
      .getByRole('toolbar', { name: 'Designer actions' })
      .getByRole('button', { name: 'Export', exact: true })
      .click();
    await page.getByRole('menuitem', { name: 'Share link…' }).click();
    const share = page.getByRole('dialog', { name: 'Share link' });
    const url = await share.getByTestId('share-url').inputValue();
    expect(url).toMatch(/\/designer#share=/);
    await saveScreenshot(page, testInfo, 'exchange-share-en');

    const other = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await other.goto(url);
    await expect(canvasTitle(other)).toContainText('季度复盘');
    await expect(designerPreview(other)).toContainText('确认 OK');
    expect(JSON.stringify(await designerCard(other))).toBe(JSON.stringify(cardWithExtras));
    await expect(other).toHaveURL(/\/designer$/);

    // The same person with other unsaved work: asked first; keeping it changes nothing.
    await putDesignerCard(other, { header: { title: { content: 'My own work' } }, elements: [] });
    await other.goto(url);
    const confirm = other.getByRole('dialog', { name: 'Replace the card in the designer?' });
    await expect(confirm).toContainText('My own work');
    await confirm.getByRole('button', { name: 'Keep my work' }).click();
    await expect(canvasTitle(other)).toContainText('My own work');
    await other.goto(url);
    await other
      .getByRole('dialog', { name: 'Replace the card in the designer?' })
      .getByRole('button', { name: 'Replace it' })
      .click();
    await expect(canvasTitle(other)).toContainText('季度复盘');
    expect(JSON.stringify(await designerCard(other))).toBe(JSON.stringify(cardWithExtras));
    await other.context().close();
  });

  test('a damaged link says so and changes nothing; a rich text link opens the rich text editor', async ({
    page,
  }) => {
    await page.goto('/designer?lang=en');
    await putDesignerCard(page, cardWithExtras);
    await page.goto('/designer?lang=en#share=N4Ig-damaged');
    await expect(page.getByRole('dialog', { name: 'This link cannot be opened' })).toBeVisible();
    expect(JSON.stringify(await designerCard(page))).toBe(JSON.stringify(cardWithExtras));

    await page.goto('/templates?lang=en');
    await page
      .getByRole('button', { name: 'More for “全员公告 · Announcement (rich text)”' })
      .click();
    await page.getByRole('menuitem', { name: 'Share link…' }).click();
    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toMatch(/\/templates#share=/);
    await page.evaluate(() => localStorage.clear());
    await page.goto('/designer');
    await page.goto(url);
    await expect(page).toHaveURL(/\/rich-text$/);
    await expect(page.getByRole('heading', { name: /The new office opens/ }).first()).toBeVisible();
  });

  test('a link whose card is not valid says where each problem is in words, in en and zh', async ({
    page,
  }, testInfo) => {
    const card = {
      header: { title: { content: 'Notice' } },
      elements: [
        { tag: 'markdown', content: 'ok' },
        { tag: 'markdown', content: 5 },
        {
          tag: 'action',
          action: [{ tag: 'button', text: { content: 'Go' }, type: 'open_url', url: 7 }],
        },
      ],
    };
    const hash = `#share=${lz.compressToEncodedURIComponent(
      JSON.stringify({ msg_type: 'interactive', content: card }),
    )}`;
    const words = {
      en: {
        title: 'This link cannot be opened',
        block: 'The text of block 2',
        button: 'The web address of button 1 in block 3',
        wrongType: 'Should be text, not a number.',
      },
      zh: {
        title: '无法打开此链接',
        block: '第 2 个组件的文本',
        button: '第 3 个组件按钮 1 的链接地址',
        wrongType: '应为文本，而不是数字。',
      },
    } as const;
    for (const lang of ['en', 'zh'] as const) {
      await page.goto(`/designer?lang=${lang}`);
      await page.goto(`/designer?lang=${lang}${hash}`);
      const refused = page.getByRole('dialog', { name: words[lang].title });
      await expect(refused.getByText(words[lang].block, { exact: true })).toHaveAttribute(
        'title',
        '/content/elements/1/content',
      );
      await expect(refused.getByText(words[lang].button, { exact: true })).toHaveAttribute(
        'title',
        '/content/elements/2/action/0/url',
      );
      await expect(refused).not.toContainText('/content/');
      // What is wrong there, in plain words ("content must be string, not number" before).
      await expect(refused.getByText(words[lang].wrongType)).toHaveCount(2);
      await expect(refused).not.toContainText('must be');
      await saveScreenshot(page, testInfo, `exchange-share-invalid-${lang}`);
    }
  });

  test('a message too large for a link offers a download instead', async ({ page }) => {
    await page.goto('/designer?lang=en');
    const noise = Array.from({ length: 6000 }, (_, index) =>
      ((index * 7919) % 99991).toString(36),
    ).join(' ');
    const big = {
      header: { title: { content: 'Big' } },
      elements: [{ tag: 'markdown', content: noise }],
    };
    await putDesignerCard(page, big);
    await page
      .getByRole('toolbar', { name: 'Designer actions' })
      .getByRole('button', { name: 'Export', exact: true })
      .click();
    await page.getByRole('menuitem', { name: 'Share link…' }).click();
    const tooLarge = page.getByTestId('share-too-large');
    await expect(tooLarge).toContainText('This message is too large for a link');
    await expect(tooLarge).toContainText('links stop at 8.0 KB');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tooLarge.getByRole('button', { name: 'Download the JSON' }).click(),
    ]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(big);
  });
});

test.describe('the JSON view', () => {
  test.use({ viewport: { width: 1440, height: 2200 } });

  test('loads CodeMirror only when opened, and edits both ways', async ({ page }, testInfo) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/designer?lang=en');
    await page.getByRole('button', { name: 'Start from an example' }).click();
    await expect(canvasTitle(page)).toContainText('Weekly operations report');
    expect(scripts.filter((url) => /codemirror|CardJsonEditor/.test(url))).toEqual([]);

    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const code = page.locator('.cm-content');
    await expect(code).toContainText('"Weekly operations report"');
    expect(scripts.some((url) => /\/codemirror-[\w-]+\.js$/.test(url))).toBe(true);
    await expect(page.getByRole('button', { name: 'JSON', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // Designer → JSON: a block added on the canvas shows at once.
    await page
      .getByRole('region', { name: 'Blocks', exact: true })
      .getByRole('button', { name: /^Markdown/ })
      .click();
    // (A new element starts empty: no sample text.)
    await expect(code).toContainText('"tag": "markdown",      "content": ""');

    // Selecting a block highlights its JSON.
    await page.locator('[data-block-handle]').nth(1).click();
    // The mark is split by the syntax colouring: its pieces together are the element's JSON.
    const selected = ((await designerCard(page)) as { elements: unknown[] }).elements[1];
    await expect
      .poll(
        async () =>
          JSON.parse(
            await page
              .locator('.cm-jv-selected')
              .evaluateAll((nodes) => nodes.map((node) => node.textContent).join('')),
          ) as unknown,
      )
      .toEqual(selected);

    // JSON → designer and preview, undoable.
    const card = (await designerCard(page)) as { header: { title: { content: string } } };
    const edited = { ...card, header: { ...card.header, title: { content: 'Edited in JSON' } } };
    await code.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(JSON.stringify(edited, null, 2));
    await expect(designerPreview(page)).toContainText('Edited in JSON');
    await expect(canvasTitle(page)).toContainText('Edited in JSON');
    await expect(page.getByTestId('json-status')).toContainText('Valid');
    expect(JSON.stringify(await designerCard(page))).toBe(JSON.stringify(edited));
    await saveScreenshot(page, testInfo, 'exchange-json-view-en');

    // Invalid JSON is marked where it breaks and changes nothing.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('{"header": {"title": {"content": "Broken"}}, "elements": [}');
    const status = page.getByTestId('json-status');
    await expect(status).toContainText('Line 1, column 59: Expected a value.');
    await expect(status).toContainText('The design is unchanged');
    await expect(page.locator('.cm-jv-error')).toHaveCount(1);
    await expect(designerPreview(page)).toContainText('Edited in JSON');
    await expect(designerPreview(page)).not.toContainText('Broken');
    await saveScreenshot(page, testInfo, 'exchange-json-invalid-en');

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('{"elements": 5}');
    await expect(status).toContainText('Valid JSON, but not a card');
    await expect(status).toContainText('/elements');
    expect(JSON.stringify(await designerCard(page))).toBe(JSON.stringify(edited));

    // While the text is not a card, Ctrl+Z in it undoes the text (the design never took it),
    // not an earlier change of the design.
    await page.keyboard.press('ControlOrMeta+z');
    await expect(code).toContainText('"Broken"');
    await expect(status).toContainText('Line 1, column 59: Expected a value.');
    await expect(canvasTitle(page)).toContainText('Edited in JSON');

    // Undo (the designer's) takes the JSON edit back, and the JSON follows.
    await page
      .getByRole('toolbar', { name: 'Designer actions' })
      .getByRole('button', { name: 'Undo', exact: true })
      .click();
    await expect(canvasTitle(page)).toContainText('Weekly operations report');
    await expect(code).toContainText('"Weekly operations report"');
    await expect(status).toContainText('Valid');
  });

  test('in Chinese and the dark theme, with a syntax error located', async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/designer?lang=zh');
    await putDesignerCard(page, cardWithExtras);
    await page.getByRole('button', { name: 'JSON', exact: true }).click();
    const code = page.locator('.cm-content');
    await expect(code).toContainText('季度复盘');
    await code.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText(',');
    await expect(page.getByTestId('json-status')).toContainText('JSON 结束后还有多余内容');
    await expect(page.getByTestId('json-status')).toContainText('修正之前，设计保持不变');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await saveScreenshot(page, testInfo, 'exchange-json-view-zh-dark');
  });
});
