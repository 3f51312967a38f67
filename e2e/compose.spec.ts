import { expect, test } from '@playwright/test';
import { ComposeFlow, setDesignerCard, type Lang } from './support/composeFlow';
import { uniqueIds } from './support/liveMind';
import { saveScreenshot } from './support/screenshot';

/* Compose in sandbox mode: what stops a send, the recipient checks, and each step on screen. */
test.use({ viewport: { width: 1440, height: 1500 } });
test.describe.configure({ timeout: 120_000 });

const STEPS = {
  en: {
    problems: '2 entries are not open_ids: fix or remove them to send',
    removeMalformed: 'Remove all 2',
    duplicates: '1 duplicate: each person gets the message once',
    blanks: '2 blank entries',
    doubtful: '1 id looks unusual: check it (it will be sent)',
    phraseLabel: 'To confirm, type ALL',
    phrase: 'ALL',
    sendTo: 'Send to 3 people',
    sent: 'Sent',
    history: 'Open in history',
  },
  zh: {
    problems: '2 项不是 open_id：修正或移除后才能发送',
    removeMalformed: '全部移除（2）',
    duplicates: '1 个重复：每人只会收到一次',
    blanks: '2 个空项',
    doubtful: '1 个 id 看起来不寻常：请核对（仍会发送）',
    phraseLabel: '请输入以下文字确认：全部订阅用户',
    phrase: '全部订阅用户',
    sendTo: '发送给 3 人',
    sent: '已发送',
    history: '在发送记录中查看',
  },
} as const;

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`a list send, step by step, in ${lang} (screenshots)`, async ({ page }, testInfo) => {
    const text = STEPS[lang];
    const compose = new ComposeFlow(page, lang);
    const [a = '', b = '', c = ''] = uniqueIds('steps', 3);
    await compose.open();
    await expect(compose.reviewButton()).toBeDisabled();
    await saveScreenshot(page, testInfo, `compose-${lang}-1-start`);

    await compose.write(
      'text',
      lang === 'en'
        ? 'Reminder: the quarterly review starts at 3 pm in room 4.'
        : '提醒：季度复盘今天下午 3 点在 4 号会议室开始。',
    );
    await saveScreenshot(page, testInfo, `compose-${lang}-2-message`);

    await compose.pasteList([`${a}, ${b}`, '', '张伟', 'wang.fang@example.com', a, `on_xx,,${c}`]);
    await expect(page.getByText(text.problems, { exact: true })).toBeVisible();
    await expect(page.getByText(text.duplicates, { exact: true })).toBeVisible();
    await expect(page.getByText(text.blanks, { exact: true })).toBeVisible();
    await expect(page.getByText(text.doubtful, { exact: true })).toBeVisible();
    await expect(compose.reviewButton()).toBeDisabled();
    await saveScreenshot(page, testInfo, `compose-${lang}-3-recipient-checks`);

    await page.getByRole('button', { name: text.removeMalformed }).click();
    await page.getByRole('button', { name: lang === 'en' ? 'Remove on_xx' : '移除 on_xx' }).click();
    await expect(page.getByTestId('recipient-count')).toHaveText(
      lang === 'en' ? '3 recipients' : '3 位接收人',
    );
    await expect(compose.reviewButton()).toBeEnabled();

    await compose.chooseRecipients('all');
    await expect(compose.reviewButton()).toBeDisabled();
    await expect(page.getByRole('textbox', { name: text.phraseLabel })).toBeVisible();
    await saveScreenshot(page, testInfo, `compose-${lang}-4-all-subscribers`);
    await compose.chooseRecipients('list');

    const dialog = await compose.review();
    await expect(dialog.getByRole('button', { name: text.sendTo })).toBeVisible();
    await saveScreenshot(page, testInfo, `compose-${lang}-5-review`);
    await dialog.getByTestId('confirm-send').click();
    await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'sent', {
      timeout: 20_000,
    });
    await saveScreenshot(page, testInfo, `compose-${lang}-6-result`);

    await dialog.getByRole('link', { name: text.history }).click();
    await expect(page).toHaveURL(/\/history\/[0-9a-f-]+$/);
    await expect(page.getByTestId('batch-row')).toContainText(text.sent);
    await saveScreenshot(page, testInfo, `history-${lang}-detail`);
    await page.goto(`/history?lang=${lang}`);
    await expect(page.getByTestId('history-row').filter({ hasText: a })).toBeVisible();
    await saveScreenshot(page, testInfo, `history-${lang}-list`);
    await page.goto(`/inbox?lang=${lang}`);
    await expect(page.getByTestId('inbox-item').filter({ hasText: a }).first()).toBeVisible();
    await saveScreenshot(page, testInfo, `inbox-${lang}`);
  });
}

test('the review says again which ids look unusual before they are sent, and names whom it can', async ({
  page,
}, testInfo) => {
  const compose = new ComposeFlow(page, 'en');
  const [good = ''] = uniqueIds('odd', 1);
  await compose.open();
  await compose.write('text', 'Unusual ids are named on the last screen too');
  // 张伟 of the sandbox's directory first: the review names whom the directory knows.
  const zhangWei = 'ou_7d8a6e6df7621556ce0d21922b676706';
  await compose.pasteList([zhangWei, good, 'ou_alice']);
  const dialog = await compose.review();
  await expect(dialog.getByTestId('review-doubtful')).toHaveText(
    '1 id looks unusual and will be sent as it is: ou_alice. Go back to check it.',
  );
  const audience = dialog.getByTestId('audience-summary');
  await expect(audience).toContainText(`3 people张伟 ${zhangWei}${good}ou_alice`);
  await saveScreenshot(page, testInfo, 'compose-review-names');
  await dialog.getByRole('button', { name: 'Back to editing' }).click();
  await expect(dialog).toBeHidden();
});

const REPEAT = {
  en: {
    done: 'Done',
    same: 'You have sent this message to these recipients.',
    warning: 'You sent this exact message to these people less than a minute ago.',
    again: 'Yes, send it to them again',
    startNew: 'Start a new message',
    sendTo: 'Send to 2 people',
    empty: 'The message is empty',
    richTextChecks: 'Checks',
    composeChecks: 'Checks of the message',
  },
  zh: {
    done: '完成',
    same: '这条消息已发给这些接收人。',
    warning: '不到一分钟前，你已把这条消息原样发给了这些人。',
    again: '是的，再发给他们一次',
    startNew: '开始写新消息',
    sendTo: '发送给 2 人',
    empty: '消息内容为空',
    richTextChecks: '检查',
    composeChecks: '消息检查',
  },
} as const;

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`sending the same message to the same people again asks twice, in ${lang}`, async ({
    page,
  }, testInfo) => {
    const text = REPEAT[lang];
    const compose = new ComposeFlow(page, lang);
    const ids = uniqueIds('again', 2);
    await compose.open();
    await compose.write('text', `Once is enough ${ids[0] ?? ''}`);
    await compose.pasteList(ids);
    const dialog = await compose.review();
    await expect(dialog.getByTestId('repeat-warning')).toBeHidden();
    await dialog.getByTestId('confirm-send').click();
    await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'sent', {
      timeout: 20_000,
    });
    await dialog.getByRole('button', { name: text.done }).click();
    await expect(page.getByTestId('last-send')).toContainText(text.same);

    const again = await compose.review();
    await expect(again.getByTestId('repeat-warning')).toHaveText(new RegExp(text.warning));
    const send = again.getByRole('button', { name: text.sendTo });
    await expect(send).toBeDisabled();
    await saveScreenshot(page, testInfo, `compose-${lang}-repeat-review`);
    await again.getByRole('checkbox', { name: text.again }).check();
    await expect(send).toBeEnabled();
    await again.getByRole('checkbox', { name: text.again }).uncheck();

    await again.getByRole('button', { name: text.startNew }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('textbox', { name: compose.text.messageText })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: compose.text.list })).toHaveValue('');
    await expect(page.getByTestId('last-send')).not.toContainText(text.same);
    // Only the first send happened.
    const history = (await (await page.request.get('/api/messages?pageSize=100')).json()) as {
      items: { audience: { sample?: string[] } }[];
    };
    const sends = history.items.filter((item) => item.audience.sample?.includes(ids[0] ?? ''));
    expect(sends).toHaveLength(1);
  });

  test(`an empty rich text message is an error on the rich text page as in compose, in ${lang}`, async ({
    page,
  }) => {
    const text = REPEAT[lang];
    await page.goto(`/rich-text?lang=${lang}`);
    await expect(page.getByRole('region', { name: text.richTextChecks })).toContainText(text.empty);
    await page.goto(`/compose?from=rich-text&lang=${lang}`);
    await expect(page.getByRole('group', { name: text.composeChecks })).toContainText(text.empty);
  });
}

test('an empty list cannot send, and never becomes a send to everyone', async ({ page }) => {
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', 'Nobody should get this');
  await compose.pasteList([]);
  await expect(compose.reviewButton()).toBeDisabled();
  await expect(page.getByTestId('send-blockers')).toContainText(
    'Add at least one open_id to the list.',
  );
  for (const blank of ['  ', ',,, ;', '\n\n\n', '[]', '""']) {
    await page.getByRole('textbox', { name: 'open_ids of the recipients' }).fill(blank);
    await expect(compose.reviewButton()).toBeDisabled();
  }
  await page
    .getByRole('textbox', { name: 'open_ids of the recipients' })
    .fill('张伟\nwang.fang@example.com');
  await expect(compose.reviewButton()).toBeDisabled();
  await expect(page.getByTestId('send-blockers')).toContainText(
    'Fix or remove the 2 entries that are not open_ids.',
  );
  await page.getByRole('button', { name: 'Remove all 2' }).click();
  await expect(compose.reviewButton()).toBeDisabled();
  await expect(page.getByTestId('send-blockers')).toContainText(
    'Add at least one open_id to the list.',
  );
});

test('the message must be valid before anything, even a test, can be sent', async ({ page }) => {
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.chooseType('text');
  await compose.pasteList(uniqueIds('invalid', 1));
  await expect(page.getByTestId('send-blockers')).toContainText(
    'The message has 1 problem to fix (see above).',
  );
  await expect(compose.reviewButton()).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Send a test to me' })).toBeDisabled();

  await setDesignerCard(page, { header: { title: { content: '' } }, elements: [] });
  await compose.chooseType('interactive');
  await expect(page.getByText('The card has no elements: add a block')).toBeVisible();
  await expect(page.getByText('The card needs a title')).toBeVisible();
  await expect(compose.reviewButton()).toBeDisabled();
  await expect(page.getByRole('link', { name: 'Edit in designer' })).toHaveAttribute(
    'href',
    '/designer',
  );
});

test('one person is picked by name from the directory, with the keyboard', async ({ page }) => {
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('markdown', '**Hi** there');
  await compose.chooseRecipients('one');
  const input = page.getByRole('combobox', { name: 'Name or open_id' });
  await input.fill('王芳');
  await expect(page.getByRole('option', { name: /王芳/ })).toBeVisible();
  // A name is what the search takes: a way on, not an error.
  const status = page.locator('.cp-one__status');
  await expect(status).toHaveText('Type a name and pick the person from the list.');
  await expect(status.locator('.cp-bad')).toHaveCount(0);
  await input.fill('wang.fang@example.com');
  await expect(status).toHaveText(
    'An email address, not an open_id. Type a name and pick the person from the list.',
  );
  await input.fill('王芳');
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page.getByTestId('picked-person')).toContainText('王芳');
  // The search went with the pick: the focus is on the person's remove button, not on <body>.
  const remove = page.getByRole('button', { name: 'Remove 王芳 and choose someone else' });
  await expect(remove).toBeFocused();
  await expect(page.getByTestId('picked-person')).toContainText(
    'ou_6a5905698688e15e8f9b63c1043d1ee9',
  );
  await expect(page.getByTestId('send-summary')).toHaveText('Markdown to 王芳, in 1 request');
  const dialog = await compose.review();
  await expect(dialog).toContainText('王芳');
  await expect(dialog.getByRole('button', { name: 'Send to 1 person' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Back to editing' }).click();
  await expect(dialog).toBeHidden();
  // Removed with the keyboard, the person's button is gone: the focus goes to the search.
  // (Once the dialog has handed the focus back to the button that opened it.)
  await expect(compose.reviewButton()).toBeFocused();
  await remove.focus();
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(input).toHaveValue('');
  await expect(input).toBeFocused();
});

test('problem ids removed one by one with the keyboard: the focus goes to the next one left', async ({
  page,
}) => {
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', 'Hello');
  const [good] = uniqueIds('keys', 1);
  await compose.pasteList([good ?? '', 'bad!id', 'wang.fang@example.com', '张伟']);
  const checks = page.getByRole('group', { name: 'Checks of the recipients' });
  const remove = (id: string) => checks.getByRole('button', { name: `Remove ${id}`, exact: true });
  await remove('wang.fang@example.com').focus();
  await page.keyboard.press('Enter');
  await expect(remove('wang.fang@example.com')).toHaveCount(0);
  await expect(remove('张伟')).toBeFocused();
  // The last one's next is the one before it, and after the last of all, the list.
  await page.keyboard.press('Space');
  await expect(remove('bad!id')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'open_ids of the recipients' })).toBeFocused();
  await expect(page.getByTestId('recipient-count')).toHaveText('1 recipient');
});

test('an id typed into "one person" is checked against the directory: its name, or a warning', async ({
  page,
}) => {
  const compose = new ComposeFlow(page, 'zh');
  await compose.open();
  await compose.chooseRecipients('one');
  const input = page.getByRole('combobox', { name: '姓名或 open_id' });
  const status = page.locator('.cp-one__status');
  // 张伟's id, whole, then with its last digit changed.
  await input.fill('ou_7d8a6e6df7621556ce0d21922b676706');
  await expect(status).toHaveText('这是通讯录中的张伟。');
  await input.fill('ou_7d8a6e6df7621556ce0d21922b676707');
  await expect(page.getByTestId('one-unknown')).toHaveText(
    '不在通讯录中（共 12 人）：请核对 id 是否正确。仍会按原样发送。',
  );
});

test("an error page instead of the server's answer says, in Chinese, to look in History first", async ({
  page,
}) => {
  const [id = ''] = uniqueIds('proxy', 1);
  // A proxy in front of the server answers a send with its own error page.
  await page.route('**/api/messages', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' })
      : route.fallback(),
  );
  const compose = new ComposeFlow(page, 'zh');
  await compose.open();
  await compose.write('text', '通知');
  await compose.typeOne(id);
  const dialog = await compose.review();
  await dialog.getByTestId('confirm-send').click();
  await expect(
    dialog.getByText(
      '服务器返回了 502，没有说明原因，这次发送可能已经发出，也可能没有。再次发送前，请先在“发送记录”中查看。',
      { exact: true },
    ),
  ).toBeVisible();
});

test('pasting several ids into "one person" moves them to the list', async ({ page }) => {
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.chooseRecipients('one');
  const ids = uniqueIds('paste', 3);
  const input = page.getByRole('combobox', { name: 'Name or open_id' });
  await input.focus();
  await input.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData('text', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, ids.join('\n'));
  await expect(page.getByRole('radio', { name: 'A list of people', exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'open_ids of the recipients' })).toHaveValue(
    ids.join('\n'),
  );
});

test('a CSV upload picks the id column', async ({ page }) => {
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.chooseRecipients('list');
  const [a = '', b = ''] = uniqueIds('csv', 2);
  await page.getByTestId('csv-file').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `name,department,open_id\n张伟,运营部,${a}\n王芳,运营部,${b}\n李娜,市场部,\n`,
    ),
  });
  const dialog = page.getByRole('dialog', { name: 'Recipients from a CSV file' });
  await expect(dialog).toBeVisible();
  const column = dialog.getByRole('combobox', { name: 'Column with the open_ids' });
  await expect(column).toHaveValue('2');
  await column.selectOption({ index: 0 });
  await expect(dialog.getByRole('button', { name: 'Add 3 ids to the list' })).toBeVisible();
  await column.selectOption({ index: 2 });
  await dialog.getByRole('button', { name: 'Add 2 ids to the list' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'open_ids of the recipients' })).toHaveValue(
    `${a}\n${b}`,
  );
  await expect(page.getByTestId('recipient-count')).toHaveText('2 recipients');
});

test('send a test to me: set once, then one click; in sandbox mode it lands in the inbox', async ({
  page,
}, testInfo) => {
  const [me = ''] = uniqueIds('me', 1);
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', `Test for me ${me}`);
  await page.getByRole('button', { name: 'Send a test to me' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your details' });
  await expect(dialog).toContainText('tests go to the sandbox inbox');
  // It opens on the field it is for, not on its close button.
  await expect(dialog.getByRole('textbox', { name: 'Your open_id' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Your open_id' }).fill(me);
  await dialog.getByRole('textbox', { name: 'Your name (optional)' }).fill('Ops Wang');
  await saveScreenshot(page, testInfo, 'compose-en-test-to-me-dialog');
  await dialog.getByRole('button', { name: 'Save and send the test' }).click();
  await expect(page.getByText(`Test sent to ${me}.`)).toBeVisible({ timeout: 20_000 });

  await page.reload();
  await compose.write('text', `Second test ${me}`);
  await page.getByRole('button', { name: 'Send a test to me' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText(`Test sent to ${me}.`)).toBeVisible({ timeout: 20_000 });
  await page.getByRole('link', { name: 'See it in the sandbox inbox' }).click();
  await expect(
    page.getByTestId('inbox-item').filter({ hasText: `Second test ${me}` }),
  ).toBeVisible();
  await page.goto('/history?lang=en');
  await expect(page.getByTestId('history-row').filter({ hasText: me }).first()).toContainText(
    'Ops Wang',
  );
});

test('each type has its editor and its live preview', async ({ page }, testInfo) => {
  const compose = new ComposeFlow(page);
  await compose.open();
  const preview = page.getByRole('region', { name: 'Preview as recipients see it' });
  const events = page.getByRole('region', { name: 'Button events' });
  await expect(events).toBeHidden();
  await compose.write('markdown', '**Launch** on <font color="#006DF9">Monday</font>');
  await expect(preview.locator('strong')).toHaveText('Launch');
  await expect(events).toBeHidden();
  await saveScreenshot(page, testInfo, 'compose-en-markdown');
  await compose.write('rich_text', 'Rich hello');
  await expect(preview).toContainText('Rich hello');
  await expect(events).toBeHidden();
  await saveScreenshot(page, testInfo, 'compose-en-rich-text');
  await setDesignerCard(page, {
    header: { template: 'purple', title: { content: 'Quarterly review' } },
    elements: [{ tag: 'markdown', content: 'Starts at **3 pm** in room 4.' }],
  });
  await compose.chooseType('interactive');
  await expect(preview).toContainText('Quarterly review');
  await expect(page.getByRole('radio', { name: 'Card', exact: true })).toBeChecked();
  await expect(events).toBeVisible();
  await saveScreenshot(page, testInfo, 'compose-en-card');
});

test('a list too long to type in is shown as a summary, with its checks, and as text on request', async ({
  page,
}, testInfo) => {
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', 'A long list');
  await compose.pasteList([]);
  const text = page.getByRole('textbox', { name: 'open_ids of the recipients' });
  // 3,000 ids, one of them twice and one entry that is not an id: 3,002 lines, pasted.
  const ids = uniqueIds('long', 3000);
  const pasted = [...ids, ids[0], 'wang.fang@example.com'].join('\n');
  await text.evaluate((area, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    area.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, pasted);
  const summary = page.getByRole('group', { name: /open_ids of the recipients 3,002 lines/ });
  await expect(summary).toBeFocused();
  await expect(text).toBeHidden();
  const checks = page.getByRole('group', { name: 'Checks of the recipients' });
  await expect(checks).toContainText('3,000 recipients');
  await expect(checks).toContainText('1 duplicate: each person gets the message once');
  await saveScreenshot(page, testInfo, 'compose-long-list-summary-en');

  // Its checks still clean it; it stays a summary while it is long.
  await checks.getByRole('button', { name: 'Remove it' }).click();
  await expect(summary).toBeHidden();
  const cleaned = page.getByRole('group', { name: /3,001 lines of open_ids/ });
  await expect(cleaned).toBeVisible();

  // As text, on request (focus goes with it), and back.
  await cleaned.getByRole('button', { name: 'Edit as text' }).click();
  await expect(text).toBeFocused();
  expect((await text.inputValue()).split('\n')).toHaveLength(3001);
  await expect(
    page.getByText('This list has 3,001 lines: typing in it may be slow.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Show as a summary' }).click();
  await expect(cleaned).toBeFocused();

  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitemcheckbox', { name: '中文' }).click();
  await expect(page.getByRole('group', { name: /共 3,001 行 open_id。/ })).toBeVisible();
  await expect(page.getByText('3,000 位接收人')).toBeVisible();
  await saveScreenshot(page, testInfo, 'compose-long-list-summary-zh');

  // Cleared, it is a text area again.
  await page.getByRole('button', { name: '清空' }).click();
  await expect(page.getByRole('textbox', { name: '接收人的 open_id' })).toHaveValue('');
});

test('a message larger than Mind may take is warned of in the checks and the review, not blocked', async ({
  page,
}) => {
  const compose = new ComposeFlow(page, 'zh');
  const [person = ''] = uniqueIds('big', 1);
  await compose.open();
  // 11,000 Chinese characters: 33,000 bytes of UTF-8.
  await compose.write('text', '字'.repeat(11_000));
  await compose.pasteList([person]);
  const warning = '消息有 32.2 KB，超过 30.0 KB：Mind 可能会拒收';
  await expect(page.getByRole('group', { name: '消息检查' })).toContainText(warning);
  const dialog = await compose.review();
  await expect(dialog.getByTestId('review-size')).toContainText(warning);
  await expect(dialog.getByTestId('confirm-send')).toBeEnabled();
});
