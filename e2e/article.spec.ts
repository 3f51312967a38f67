import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { ComposeFlow, type Lang } from './support/composeFlow';
import { saveScreenshot } from './support/screenshot';
import { uniqueIds } from './support/liveMind';

/* An article with a cover, written in compose, sent to a list, seen in the sandbox inbox and history. */
test.use({ viewport: { width: 1440, height: 1500 } });
test.describe.configure({ timeout: 180_000 });

const TEXT = {
  en: {
    title: 'Title',
    abstract: 'Abstract',
    thumb: 'Cover image URL (optional)',
    thumbHint: 'The platform picks one if empty.',
    body: 'Article text',
    forward: 'Allow forwarding',
    open: 'Read the article',
    forwardOff: 'Forwarding is turned off',
    history: 'Open in history',
    tooLong: 'The title has 65 characters; at most 64 are allowed',
    subscribers: 'Subscribers',
    type: 'Article',
  },
  zh: {
    title: '标题',
    abstract: '摘要',
    thumb: '封面图片地址（可选）',
    thumbHint: '留空时由平台选择封面。',
    body: '正文',
    forward: '允许转发',
    open: '阅读全文',
    forwardOff: '已关闭转发',
    history: '在发送记录中查看',
    tooLong: '标题有 65 个字符，最多 64 个',
    subscribers: '订阅用户',
    type: '文章',
  },
} as const;

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`an article with a cover to a list, in the inbox and the history, in ${lang}`, async ({
    page,
    baseURL,
  }) => {
    const text = TEXT[lang];
    const compose = new ComposeFlow(page, lang);
    const marker = `article-${randomUUID().slice(0, 8)}`;
    const title = `福利说明 ${marker}`;
    const cover = `${baseURL}/images/emoji_fire.png`;
    const ids = uniqueIds('article', 2);
    await compose.open();
    await compose.chooseType('article');

    const titleBox = page.getByRole('textbox', { name: text.title, exact: true });
    await titleBox.fill('x'.repeat(65));
    await expect(page.getByText('65/64')).toBeVisible();
    await expect(titleBox).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(text.tooLong)).toBeVisible();
    await titleBox.fill(title);
    await expect(page.getByText(`${[...title].length}/64`)).toBeVisible();
    await page.getByRole('textbox', { name: text.abstract, exact: true }).fill('体检与假期安排');
    await expect(page.getByText('7/150')).toBeVisible();
    const thumb = page.getByRole('textbox', { name: text.thumb, exact: true });
    await expect(page.getByText(text.thumbHint, { exact: false })).toBeVisible();
    await thumb.fill(cover);
    await page.getByRole('textbox', { name: text.body, exact: true }).fill('第一段\n第二段');
    // The forwarding switch, by keyboard.
    const forward = page.getByRole('switch', { name: text.forward });
    await expect(forward).toBeChecked();
    await forward.focus();
    await page.keyboard.press('Space');
    await expect(forward).not.toBeChecked();

    // The editor has no serious axe violation (the preview, Mind's colours, is left out).
    const preview = page.getByTestId('message-preview').first();
    const card = preview.getByTestId('article-card');
    await expect(card.getByRole('heading', { name: title })).toBeVisible();
    await expect(card.locator('img')).toHaveAttribute('src', cover);
    await card.getByRole('button', { name: text.open }).press('Enter');
    await expect(card.getByTestId('article-opened')).toContainText('第二段');
    await expect(card.getByTestId('article-opened')).toContainText(text.forwardOff);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .exclude('[data-testid="message-preview"] .mp-chat')
      .include('main')
      .analyze();
    expect(axe.passes.length).toBeGreaterThan(0);
    expect(
      axe.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
        ),
    ).toEqual([]);

    await compose.pasteList(ids);
    const result = await compose.send();
    await expect(result).toBeVisible();
    await page.getByRole('dialog').getByRole('link', { name: text.history }).click();
    const historyCard = page.getByTestId('article-card').first();
    await expect(historyCard.getByRole('heading', { name: title })).toBeVisible();
    await expect(historyCard.locator('img')).toHaveAttribute('src', cover);
    await expect(page.getByTestId('history-channel')).toHaveText(text.subscribers);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(text.type);
    await expect(page.locator('textarea.hs-all-ids__text')).toHaveValue(ids.join('\n'));

    await page.goto(`/inbox?lang=${lang}`);
    const item = page.getByTestId('inbox-item').filter({ hasText: marker });
    await expect(item).toHaveCount(1);
    await expect(
      item.getByTestId('article-card').getByRole('heading', { name: title }),
    ).toBeVisible();
    await expect(item.getByTestId('article-card').locator('img')).toHaveAttribute('src', cover);
    // Its channel and type, named (the type badge showed its raw key).
    await expect(item.locator('.ui-badge').filter({ hasText: text.subscribers })).toHaveCount(1);
    await expect(item.locator('.ui-badge').filter({ hasText: text.type })).toHaveCount(1);
    for (const id of ids) await expect(item.getByText(id)).toBeVisible();
  });
}

test('an article saved as a template, shared by link and imported bare', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const compose = new ComposeFlow(page, 'en');
  const text = TEXT.en;
  const marker = randomUUID().slice(0, 6);
  const title = `Benefits ${marker}`;
  const name = `Article template ${marker}`;
  const cover = `${baseURL}/images/emoji_fire.png`;
  await compose.open();
  await compose.chooseType('article');
  await page.getByRole('textbox', { name: text.title, exact: true }).fill(title);
  await page.getByRole('textbox', { name: text.abstract, exact: true }).fill('Health checks');
  await page.getByRole('textbox', { name: text.thumb, exact: true }).fill(cover);
  await page.getByRole('textbox', { name: text.body, exact: true }).fill('Dear colleagues');

  // Save as template, from compose.
  await page.getByRole('button', { name: 'Save as template' }).click();
  const save = page.getByRole('dialog', { name: 'Save as template' });
  await save.getByLabel('Name').fill(name);
  await save.getByRole('button', { name: 'Save template' }).click();
  await expect(save).toBeHidden();

  // The gallery: an "Article" badge, the article card as its picture, an "Article" filter.
  await page.goto('/templates?lang=en');
  await page.getByRole('searchbox').fill(name);
  const card = page
    .getByTestId('template-card')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
  await expect(card).toHaveCount(1);
  await expect(card.locator('.ui-badge').first()).toHaveText('Article');
  await expect(card.getByTestId('article-card')).toContainText(title);
  await page.getByRole('combobox', { name: 'Message type' }).selectOption('article');
  await expect(card).toHaveCount(1);
  await saveScreenshot(page, testInfo, 'templates-article-en');

  // Code to send it: only to subscribers, through send_article_message, the article in `articles`.
  await card.getByRole('button', { name: `More for “${name}”` }).click();
  await page.getByRole('menuitem', { name: 'Code to send it…' }).click();
  const code = page.getByRole('dialog', { name: 'Take this article away' });
  const sentAs = code.getByRole('combobox', { name: 'Sent as' });
  await expect(sentAs.locator('option')).toHaveText(['Subscribers (article/send_article_message)']);
  await expect(code.getByTestId('export-curl')).toContainText(
    '/open-platform/api/article/send_article_message',
  );
  await expect(code.getByTestId('export-curl')).toContainText('"msg_type": "article"');
  await expect(code.getByTestId('export-curl')).toContainText(
    `"articles": "{\\"title\\":\\"${title}`,
  );
  await expect(code.locator('.ex-secret')).toContainText(
    'https://open.mindoffice.cn/open-platform/api/article/send_article_message.',
  );
  await saveScreenshot(page, testInfo, 'exchange-code-article-en');
  await code.getByRole('button', { name: 'Close' }).first().click();
  await expect(code).toBeHidden();

  // A share link opens it in compose's article editor, in another browser.
  await card.getByRole('button', { name: `More for “${name}”` }).click();
  await page.getByRole('menuitem', { name: 'Share link…' }).click();
  const url = await page
    .getByRole('dialog', { name: 'Share link' })
    .getByTestId('share-url')
    .inputValue();
  expect(url).toMatch(/\/templates#share=/);
  const other = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await other.goto(url);
  await expect(other).toHaveURL(/\/compose/, { timeout: 20_000 });
  await expect(other.getByRole('textbox', { name: text.title, exact: true })).toHaveValue(title);
  await expect(other.getByRole('textbox', { name: text.thumb, exact: true })).toHaveValue(cover);
  await expect(other.getByTestId('article-card').first()).toContainText(title);
  await other.context().close();

  // A bare {title, body} pasted into Import opens as an article, asking first for unsaved work.
  const bareTitle = `Imported ${marker}`;
  await compose.open();
  await page.getByRole('textbox', { name: text.abstract, exact: true }).fill('Changed');
  await page.goto('/templates?lang=en');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const importer = page.getByRole('dialog', { name: 'Import a message' });
  await importer
    .getByRole('textbox', { name: 'JSON to import' })
    .fill(JSON.stringify({ title: bareTitle, body: { content: 'Hello', format: 'text' } }));
  await expect(importer.getByTestId('import-found')).toContainText(
    'Found an article ({"title", "body"}): an article.',
  );
  await importer.getByRole('button', { name: 'Open in Compose' }).click();
  const replace = page.getByRole('dialog', { name: 'Replace the article in Compose?' });
  await expect(replace).toContainText(`the article “${title}”`);
  await replace.getByRole('button', { name: 'Replace it' }).click();
  await expect(page).toHaveURL(/\/compose/);
  await expect(page.getByRole('textbox', { name: text.title, exact: true })).toHaveValue(bareTitle);
  await expect(page.getByRole('textbox', { name: text.thumb, exact: true })).toHaveValue('');
});
