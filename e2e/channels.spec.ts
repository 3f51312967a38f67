import { expect, test, type Locator, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { ComposeFlow, type Lang } from './support/composeFlow';
import { saveScreenshot } from './support/screenshot';
import { uniqueIds } from './support/liveMind';

/* The robot's channels in the sandbox: a group with a mention and with everyone, three people. */
test.use({ viewport: { width: 1440, height: 1500 } });
test.describe.configure({ timeout: 120_000 });

const WANG_FANG = 'ou_6a5905698688e15e8f9b63c1043d1ee9';
const GROUP = { id: 'og_3f9a1c2e7b5d4e8f', name: '运营部通知群' };
const ALL_HANDS = { id: 'og_1a2b3c4d5e6f7a8b', name: 'All hands 全员群' };

const TEXT = {
  en: {
    channel: { group: 'Robot to a group', robot: 'Robot to people' },
    group: 'Group',
    mention: 'Mention…',
    search: 'Search the directory',
    everyone: 'Everyone (@所有人)',
    mentionList: 'People',
    phraseLabel: 'To confirm, type ALL',
    phrase: 'ALL',
    sendGroup: 'Post to the group',
    sendGroupAll: 'Post to the group and notify everyone',
    sendThree: 'Send to 3 people',
    history: 'Open in history',
    badge: { group: 'Group', robot: 'Robot' },
    list: 'open_ids of the recipients',
    blocked: 'The message mentions everyone in the group: type ALL to confirm.',
    posted: `Posted to the group ${ALL_HANDS.name}: Mind accepted it.`,
    everySubscriber: /every subscriber/i,
    onePerson: '1 person',
    ledgerGroup: 'Group',
  },
  zh: {
    channel: { group: '机器人发到群', robot: '机器人发给个人' },
    group: '群',
    mention: '提及…',
    search: '搜索通讯录',
    everyone: '所有人（@所有人）',
    mentionList: '人员',
    phraseLabel: '请输入以下文字确认：全部订阅用户',
    phrase: '全部订阅用户',
    sendGroup: '发到群里',
    sendGroupAll: '发到群里并提醒所有人',
    sendThree: '发送给 3 人',
    history: '在发送记录中查看',
    badge: { group: '群', robot: '机器人' },
    list: '接收人的 open_id',
    blocked: '这条消息提及了群里的所有人：请输入全部订阅用户确认。',
    posted: `已发到群“${ALL_HANDS.name}”，Mind 已接收。`,
    everySubscriber: /全部订阅用户/,
    onePerson: '1 人',
    ledgerGroup: '群',
  },
} as const;

/** Sends from the open review dialog, opens its history page; returns that page's channel line. */
async function sendAndOpenHistory(page: Page, label: string, history: string) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'sent', {
    timeout: 20_000,
  });
  await dialog.getByRole('link', { name: history }).click();
  return page.getByTestId('history-channel');
}

/** The records of a send that must name its group, never every subscriber nor one person. */
async function expectGroupNamed(scope: Page | Locator, lang: Lang) {
  const text = TEXT[lang];
  const result = scope.getByTestId('send-result');
  await expect(result).toContainText(text.posted);
  await expect(result).not.toContainText(text.onePerson);
  await expect(result).not.toContainText(text.everySubscriber);
}

async function inboxItem(page: Page, lang: Lang, marker: string) {
  await page.goto(`/inbox?lang=${lang}`);
  const item = page.getByTestId('inbox-item').filter({ hasText: marker });
  await expect(item).toHaveCount(1);
  return item;
}

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`a markdown notice to a group, one person mentioned, then everyone, in ${lang}`, async ({
    page,
  }) => {
    const text = TEXT[lang];
    const compose = new ComposeFlow(page, lang);
    const marker = `notice-${randomUUID().slice(0, 8)}`;
    await compose.open();
    await compose.write('markdown', `**${marker}** `);
    await page.getByRole('radio', { name: text.channel.group, exact: true }).click();
    await page.getByRole('combobox', { name: text.group, exact: true }).selectOption(GROUP.id);

    await page.getByRole('button', { name: text.mention }).click();
    await page.getByRole('textbox', { name: text.search }).fill('王芳');
    await page.getByRole('button', { name: '@王芳', exact: true }).click();
    const editor = page.getByRole('textbox', { name: compose.text.markdownText, exact: true });
    await expect(editor).toHaveValue(`**${marker}** <at user_id="${WANG_FANG}">王芳</at>`);
    await expect(page.locator('.cp-side .mp-mention')).toHaveText('@王芳');

    await compose.reviewButton().click();
    await expect(page.getByTestId('review-channel')).toHaveText(text.channel.group);
    const channelLine = await sendAndOpenHistory(page, text.sendGroup, text.history);
    await expect(channelLine).toHaveText(text.badge.group);
    await expect(page.getByText(GROUP.id).first()).toBeVisible();

    const first = await inboxItem(page, lang, marker);
    await expect(first.locator('.ui-badge').filter({ hasText: text.badge.group })).toBeVisible();
    await expect(first.getByTestId('inbox-group')).toContainText(GROUP.name);
    await expect(first.locator('.mp-mention')).toHaveText('@王芳');

    // The same notice to everyone in the group: not without the typed phrase.
    const everyoneMarker = `${marker}-all`;
    await compose.open();
    await compose.write('markdown', `**${everyoneMarker}** `);
    await page.getByRole('button', { name: text.mention }).click();
    await page.getByRole('button', { name: text.everyone, exact: true }).click();
    await expect(editor).toHaveValue(`**${everyoneMarker}** <at user_id="all">所有人</at>`);
    await expect(compose.reviewButton()).toBeDisabled();
    await expect(page.getByText(text.blocked, { exact: true })).toBeVisible();
    await page.getByRole('textbox', { name: text.phraseLabel }).fill(text.phrase);
    await expect(compose.reviewButton()).toBeEnabled();
    await compose.reviewButton().click();
    const allLine = await sendAndOpenHistory(page, text.sendGroupAll, text.history);
    await expect(allLine).toHaveText(text.badge.group);

    const second = await inboxItem(page, lang, everyoneMarker);
    await expect(second.getByTestId('inbox-group')).toContainText(GROUP.name);
    await expect(second.locator('.mp-mention')).toHaveText('@所有人');
  });

  test(`rich text to a group: @ offers everyone, which needs the phrase, in ${lang}`, async ({
    page,
  }, testInfo) => {
    const text = TEXT[lang];
    const compose = new ComposeFlow(page, lang);
    const marker = `rich-all-${randomUUID().slice(0, 8)}`;
    await compose.open();
    await page.getByRole('radio', { name: text.channel.robot, exact: true }).click();
    await compose.write('rich_text', `${marker} `);
    // To people, the @ list has no "everyone".
    await page.keyboard.type('@');
    const list = page.getByRole('listbox', { name: text.mentionList });
    await expect(list.getByRole('option').first()).toBeVisible();
    await expect(list.getByRole('option', { name: text.everyone })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Backspace');

    await page.getByRole('radio', { name: text.channel.group, exact: true }).click();
    await page.getByRole('combobox', { name: text.group, exact: true }).selectOption(GROUP.id);
    await page.getByRole('textbox', { name: compose.text.richText, exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.type('@');
    const everyone = list.getByRole('option', { name: text.everyone });
    await expect(everyone).toHaveAttribute('aria-selected', 'true');
    await saveScreenshot(page, testInfo, `channels-richtext-everyone-${lang}`);
    await page.keyboard.press('Enter');
    await expect(page.locator('.cp-side .mp-mention')).toHaveText('@所有人');
    await expect(compose.reviewButton()).toBeDisabled();
    await expect(page.getByText(text.blocked, { exact: true })).toBeVisible();
    await page.getByRole('textbox', { name: text.phraseLabel }).fill(text.phrase);
    await compose.reviewButton().click();
    await expect(page.getByTestId('review-channel')).toHaveText(text.channel.group);
    const channelLine = await sendAndOpenHistory(page, text.sendGroupAll, text.history);
    await expect(channelLine).toHaveText(text.badge.group);

    const item = await inboxItem(page, lang, marker);
    await expect(item.getByTestId('inbox-group')).toContainText(GROUP.name);
    await expect(item.locator('.mp-mention')).toHaveText('@所有人');
  });

  test(`a robot message to three people, in ${lang}`, async ({ page }) => {
    const text = TEXT[lang];
    const compose = new ComposeFlow(page, lang);
    const ids = uniqueIds('robot', 3);
    const marker = `robot-${randomUUID().slice(0, 8)}`;
    await compose.open();
    await compose.write('text', `Reminder ${marker}`);
    await page.getByRole('radio', { name: text.channel.robot, exact: true }).click();
    await page.getByRole('textbox', { name: text.list, exact: true }).fill(ids.join('\n'));
    await compose.reviewButton().click();
    await expect(page.getByTestId('review-channel')).toHaveText(text.channel.robot);
    const channelLine = await sendAndOpenHistory(page, text.sendThree, text.history);
    await expect(channelLine).toHaveText(text.badge.robot);

    const item = await inboxItem(page, lang, marker);
    await expect(item.locator('.ui-badge').filter({ hasText: text.badge.robot })).toBeVisible();
    for (const id of ids) await expect(item.getByText(id)).toBeVisible();
  });

  test(`a text posted to a group is recorded as a post to that group, in ${lang}`, async ({
    page,
  }, testInfo) => {
    const text = TEXT[lang];
    const compose = new ComposeFlow(page, lang);
    const marker = `group-post-${randomUUID().slice(0, 8)}`;
    await compose.open();
    await compose.write('text', `Group message ${marker}`);
    await page.getByRole('radio', { name: text.channel.group, exact: true }).click();
    await page.getByRole('combobox', { name: text.group, exact: true }).selectOption(ALL_HANDS.id);
    await compose.reviewButton().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: text.sendGroup, exact: true }).click();
    await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'sent', {
      timeout: 20_000,
    });
    await expectGroupNamed(dialog, lang);
    await saveScreenshot(page, testInfo, `channels-group-result-${lang}`);

    await dialog.getByRole('link', { name: text.history }).click();
    await expect(page.getByTestId('history-channel')).toHaveText(text.badge.group);
    await expectGroupNamed(page, lang);
    const request = page.getByTestId('batch-recipients');
    await expect(request).toHaveText(`${ALL_HANDS.name} ${ALL_HANDS.id}`);
    const ledger = page.getByTestId('ledger-table');
    await expect(ledger.getByRole('columnheader').first()).toHaveText(text.ledgerGroup);
    await expect(ledger.getByTestId('ledger-row')).toHaveText(
      new RegExp(`^${ALL_HANDS.name}\\s*${ALL_HANDS.id}`),
    );
    await expect(page.getByText(text.everySubscriber)).toHaveCount(0);
    await saveScreenshot(page, testInfo, `channels-group-history-${lang}`);
  });
}
