import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ComposeFlow, setDesignerCard } from './support/composeFlow';
import { LIVE_URL, queueFault, requestsTo, uniqueIds, type WireBody } from './support/liveMind';
import { saveScreenshot } from './support/screenshot';

/*
 * Personal messages (docs/personal.md): a CSV with fields, fields inserted from the menu, the
 * preview as each recipient, the send, what each person received, and the ledger.
 */
test.use({ viewport: { width: 1440, height: 1500 } });
test.describe.configure({ timeout: 120_000 });

function csvFor(ids: readonly string[]): string {
  const [a, b, c, d] = ids;
  return [
    'open_id,name,room',
    `${a},Ann,A1`,
    `${b},"Bob ""B"" Brown",B2`,
    `${c},Cy,C3`,
    `${d},Dee,`,
  ].join('\n');
}

async function uploadFields(page: Page, ids: readonly string[]): Promise<void> {
  await page.getByTestId('fields-file').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csvFor(ids)),
  });
  await expect(page.getByTestId('fields-loaded')).toContainText('people.csv: 4 people');
}

/**
 * axe's serious and critical findings on the page as it is; as in a11y.spec.ts, the colour
 * contrast of the message preview (`.mp`, Mind's own colours) is Mind's, not ours.
 */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const found = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => ({ rule: violation.id, target: node.target.join(' ') })),
    );
  const inPreview = await page.evaluate(
    (targets) => targets.map((target) => Boolean(document.querySelector(target)?.closest('.mp'))),
    found.map((item) => item.target),
  );
  return found
    .filter((item, index) => !(item.rule === 'color-contrast' && inPreview[index]))
    .map((item) => `${item.rule}: ${item.target}`);
}

async function insertField(page: Page, name: string): Promise<void> {
  await page.getByTestId('fields-menu').click();
  await page.getByRole('menuitem', { name: `Insert {{${name}}}` }).click();
}

test('a card with two fields from a CSV: preview as each person, send, inbox, ledger', async ({
  page,
}, testInfo) => {
  const ids = uniqueIds('pf', 4);
  const marker = (ids[0] ?? '').slice(5, 15);
  const compose = new ComposeFlow(page, 'en');
  await compose.open();
  await setDesignerCard(page, {
    header: { template: 'blue', title: { content: `Room change ${marker}` } },
    elements: [{ tag: 'markdown', content: 'Hello' }],
  });
  await compose.chooseType('interactive');
  await uploadFields(page, ids);

  // One field into the markdown from compose's menu, one into the title from the designer's.
  await insertField(page, 'name');
  await page.getByRole('link', { name: 'Edit in designer' }).click();
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.click();
  await title.press('End');
  await title.pressSequentially(' to ');
  await page.getByRole('button', { name: 'Fields for Title' }).click();
  await page.getByRole('menuitem', { name: 'Insert {{room}}' }).click();
  await expect(title).toHaveValue(`Room change ${marker} to {{room}}`);
  await expect(title).toBeFocused();
  await page.getByRole('link', { name: 'Compose & send' }).click();
  await expect(page.getByTestId('fields-used')).toHaveText('In the message: {{room}}{{name}}');
  const preview = page.locator('.cp-side').getByTestId('message-preview').first();
  await expect(preview).toContainText(`Room change ${marker} to A1`);
  await expect(preview).toContainText('Hello Ann');

  // Dee has no room: the send waits for a choice.
  const missing = page.getByTestId('missing-values');
  await expect(missing).toContainText('room: 1 person has no value');
  await expect(compose.reviewButton()).toBeDisabled();
  await saveScreenshot(page, testInfo, 'personal-1-missing');
  await missing.getByRole('radio', { name: 'Skip this person' }).click();

  const next = page.getByRole('button', { name: 'Next recipient' });
  await next.click();
  await expect(preview).toContainText('Hello Bob "B" Brown');
  await expect(preview).toContainText('to B2');
  await next.click();
  await expect(preview).toContainText('Hello Cy');
  await next.click();
  await expect(page.getByTestId('preview-state')).toContainText('Skipped (no room)');
  await page.getByRole('button', { name: 'Previous recipient' }).click();
  await expect(preview).toContainText('to C3');
  await page.getByRole('checkbox', { name: 'Only the 1 with a missing value' }).check();
  await expect(page.getByTestId('preview-recipient')).toHaveValue(ids[3] ?? '');
  await page.getByRole('button', { name: 'Show the longest' }).click();
  await expect(preview).toContainText('Hello Bob "B" Brown');
  // The longest of the whole send: the missing-value filter no longer applies.
  await expect(
    page.getByRole('checkbox', { name: 'Only the 1 with a missing value' }),
  ).not.toBeChecked();
  await saveScreenshot(page, testInfo, 'personal-2-preview');

  const dialog = await compose.review();
  await expect(dialog.getByTestId('review-distinct')).toHaveText(
    '3 distinct messages for 3 people, in 3 requests. 1 person skipped.',
  );
  // Its time counts its 3 requests, not the 1 the list alone would take.
  await expect(dialog.getByTestId('review-duration')).toContainText('3 requests');
  await expect(dialog.getByTestId('review-largest')).toContainText('(limit 30.0 KB)');
  // Dee, skipped, is not counted among those it goes to, here or after.
  await expect(page.getByTestId('send-summary')).toContainText('to 3 people');
  await expect(dialog.getByTestId('audience-summary')).toContainText(
    '3 peopleand 1 person skipped for a missing value',
  );
  await expect(dialog.getByTestId('audience-summary')).not.toContainText(ids[3] ?? '');
  await expect(dialog.getByTestId('confirm-send')).toHaveText('Send to 3 people');
  await saveScreenshot(page, testInfo, 'personal-3-review');
  await dialog.getByTestId('confirm-send').click();
  await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'sent', {
    timeout: 20_000,
  });
  await expect(dialog.getByTestId('send-result')).toContainText('3 people');
  await expect(dialog.getByTestId('send-result')).not.toContainText('4 people');
  await dialog.getByRole('link', { name: 'Open in history' }).click();
  await expect(page).toHaveURL(/\/history\/[0-9a-f-]+$/);
  const ledger = page.getByTestId('ledger');
  await expect(ledger.getByTestId('ledger-row')).toHaveCount(4);
  await expect(ledger.getByTestId('ledger-row').first()).toContainText('Sent');
  await expect(ledger.getByTestId('ledger-row').last()).toContainText('Skipped');
  await expect(ledger.getByTestId('ledger-row').last()).toContainText('name: Dee');
  await expect(ledger.getByTestId('ledger-row').last()).toContainText('No value for “room”');
  await saveScreenshot(page, testInfo, 'personal-4-ledger');
  // The server's reason in the reader's language.
  await page.getByRole('button', { name: 'Language' }).click();
  await page.getByRole('menuitemcheckbox', { name: '中文' }).click();
  await expect(ledger.getByTestId('ledger-row').last()).toContainText('没有“room”的值');
  await page.getByRole('button', { name: '语言' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'English' }).click();
  expect(await accessibilityProblems(page)).toEqual([]);

  // A copy into compose brings the list and the choice for missing values back.
  await page.getByRole('button', { name: 'Duplicate into the editor' }).click();
  await expect(page).toHaveURL(/\/compose/);
  await expect(page.getByTestId('fields-loaded')).toContainText('4 people');
  await expect(missing.getByRole('radio', { name: 'Skip this person' })).toBeChecked();
  await expect(preview).toContainText('Hello Ann');
  // The copy's table, as one loaded by hand, is said to be gone after a reload.
  await page.reload();
  await expect(page.getByTestId('fields-lost')).toContainText(
    '(4 people) was loaded before the page was reloaded',
  );

  await page.goto('/inbox?lang=en');
  const items = page.getByTestId('inbox-item').filter({ hasText: `Room change ${marker}` });
  await expect(items).toHaveCount(3);
  for (const [name, room] of [
    ['Hello Ann', 'to A1'],
    ['Hello Bob "B" Brown', 'to B2'],
    ['Hello Cy', 'to C3'],
  ] as const)
    await expect(items.filter({ hasText: name }).filter({ hasText: room })).toHaveCount(1);
  await saveScreenshot(page, testInfo, 'personal-5-inbox');
});

test('in Chinese: fields typed before the list, and all subscribers cannot use fields', async ({
  page,
}, testInfo) => {
  const ids = uniqueIds('pfz', 4);
  const compose = new ComposeFlow(page, 'zh');
  await compose.open();
  await compose.write('text', '{{name}}，你的会议室改为 {{room}}');
  await expect(page.getByTestId('fields-as-written')).toHaveText(
    '消息中有 {{name}}, {{room}}，但没有加载带字段的名单：将按原样发送。',
  );
  await page.getByTestId('fields-file').setInputFiles({
    name: 'people.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csvFor(ids)),
  });
  await expect(page.getByTestId('fields-loaded')).toContainText('people.csv：4 人，字段');
  await expect(page.getByTestId('missing-values')).toContainText('room：1 人没有值');
  // The text area marks each field (a layer over it; the text itself is unchanged).
  const text = page.getByRole('textbox', { name: '消息文字', exact: true });
  await text.press('End');
  await text.pressSequentially(' {{座位');
  const layer = page.locator('.ui-highlighted__layer');
  await expect(layer.locator('.pf-token')).toHaveText(['{{name}}', '{{room}}', '{{座位']);
  await expect(layer.locator('.pf-token--broken')).toHaveText('{{座位');
  await text.pressSequentially('}}');
  await expect(layer.locator('.pf-token--unknown')).toHaveText('{{座位}}');
  const preview = page.locator('.cp-side').getByTestId('message-preview').first();
  await expect(preview).toContainText('Ann，你的会议室改为 A1');
  await page.getByRole('button', { name: '下一位接收人' }).click();
  await expect(preview).toContainText('Bob "B" Brown，你的会议室改为 B2');
  await saveScreenshot(page, testInfo, 'personal-zh-1-fields');
  expect(await accessibilityProblems(page)).toEqual([]);

  await compose.chooseRecipients('all');
  await expect(page.getByTestId('fields-no-list')).toContainText(
    '发给所有订阅者或发到群时不能使用字段',
  );
  await expect(page.getByTestId('preview-recipient')).toBeHidden();
  await saveScreenshot(page, testInfo, 'personal-zh-2-all-subscribers');
});

const AS_WRITTEN = {
  en: {
    checks: 'Checks of the message',
    ready: 'No problems found',
    pickOne: 'Emily',
    person: /Emily Chen/,
    checkNoTable:
      '{{name}} will be sent exactly as written: no table of fields is loaded (Fields for each person)',
    noTable:
      '{{name}} will be sent exactly as written: no table of fields is loaded, so nothing fills them in. Go back to load one under Fields for each person, or remove them.',
    back: 'Back to editing',
    groupChannel: 'Robot to a group',
    group: 'Group',
    paste: 'Paste a table',
    pasteLabel: 'Table (first row: open_id, then the field names)',
    usePasted: 'Use this table',
    checkGroup: '{{name}} will be sent exactly as written: a group post cannot be personalised',
    groupPost:
      '{{name}} will be sent exactly as written: a group post cannot be personalised, so every member sees the same text.',
    tableUnused:
      'The table of fields you loaded is not used: a group post is one message to the whole group.',
    post: 'Post to the group',
  },
  zh: {
    checks: '消息检查',
    ready: '没有发现问题',
    pickOne: 'Emily',
    person: /Emily Chen/,
    checkNoTable: '{{name}} 将按原样发出：没有加载字段表（见“每人的字段”）',
    noTable:
      '{{name}} 将按原样发出：没有加载字段表，不会替换成每个人的值。可返回在“每人的字段”中加载表格，或删掉它。',
    back: '返回编辑',
    groupChannel: '机器人发到群',
    group: '群',
    paste: '粘贴表格',
    pasteLabel: '表格（第一行：open_id，然后是各字段名）',
    usePasted: '使用这个表格',
    checkGroup: '{{name}} 将按原样发出：发到群里的消息不能按人填写',
    groupPost:
      '{{name}} 将按原样发出：发到群里的消息不能按人填写，群里每个人看到的都是同样的文字。',
    tableUnused: '已加载的字段表不会使用：发到群里是发给整个群的一条消息。',
    post: '发到群里',
  },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test(`a field nothing fills in is sent as written, and the checks and the review say so, in ${lang}`, async ({
    page,
  }, testInfo) => {
    const text = AS_WRITTEN[lang];
    const [marker = ''] = uniqueIds('pfw', 1);
    const compose = new ComposeFlow(page, lang);
    await compose.open();
    const checks = page.getByRole('group', { name: text.checks });

    // One person from the directory, no table: {{name}} would go out as it is.
    await compose.write('text', `Hello {{name}}, meeting at 3pm ${marker}`);
    await compose.chooseRecipients('one');
    await page.getByRole('combobox', { name: compose.text.one }).fill(text.pickOne);
    await page.getByRole('option', { name: text.person }).click();
    await expect(page.getByTestId('picked-person')).toContainText('Emily Chen');
    await expect(checks).not.toContainText(text.ready);
    await expect(checks).toContainText(text.checkNoTable);
    let dialog = await compose.review();
    await expect(dialog.getByTestId('review-as-written')).toHaveText(text.noTable);
    await saveScreenshot(page, testInfo, `personal-${lang}-as-written-one`);
    await dialog.getByRole('button', { name: text.back }).click();

    // A group post, with a table of fields loaded: the table is left out, {{name}} goes as is.
    await compose.write('text', `Group message for {{name}} ${marker}`);
    await page.getByRole('radio', { name: text.groupChannel, exact: true }).click();
    await page
      .getByRole('combobox', { name: text.group, exact: true })
      .selectOption('og_1a2b3c4d5e6f7a8b');
    await page.getByRole('button', { name: text.paste }).click();
    await page
      .getByRole('textbox', { name: text.pasteLabel })
      .fill('open_id\tname\nou_6c5b7a2d4f9c9b8d3a0f1c2d3e4f5a6b\tEmily');
    await page.getByRole('button', { name: text.usePasted }).click();
    await expect(page.getByTestId('fields-no-list')).toBeVisible();
    await expect(checks).not.toContainText(text.ready);
    await expect(checks).toContainText(text.checkGroup);
    await saveScreenshot(page, testInfo, `personal-${lang}-as-written-checks`);
    dialog = await compose.review();
    const warning = dialog.getByTestId('review-as-written');
    await expect(warning).toContainText(text.groupPost);
    await expect(warning.getByTestId('review-table-unused')).toHaveText(text.tableUnused);
    await saveScreenshot(page, testInfo, `personal-${lang}-as-written-group`);
    // A warning, not a blocker: what goes out is the message exactly as written.
    await dialog.getByRole('button', { name: text.post, exact: true }).click();
    await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'sent', {
      timeout: 20_000,
    });
    await page.goto(`/inbox?lang=${lang}`);
    await expect(page.getByTestId('inbox-item').filter({ hasText: marker }).first()).toContainText(
      `Group message for {{name}} ${marker}`,
    );
  });
}

test('name from the sandbox directory where the list has no name column', async ({ page }) => {
  const [stranger = ''] = uniqueIds('pfd', 1);
  const compose = new ComposeFlow(page, 'en');
  await compose.open();
  await compose.write('text', 'Room: {{room}}, ');
  await page.getByTestId('fields-file').setInputFiles({
    name: 'rooms.csv',
    mimeType: 'text/csv',
    // 张伟 is in the sandbox's sample directory; the other id is not.
    buffer: Buffer.from(`open_id,room\nou_7d8a6e6df7621556ce0d21922b676706,A1\n${stranger},B2\n`),
  });
  await page.getByRole('textbox', { name: 'Message text' }).press('End');
  await page.getByTestId('fields-menu').click();
  await page.getByRole('menuitem', { name: 'Insert {{name}} (from the directory)' }).click();
  const preview = page.locator('.cp-side').getByTestId('message-preview').first();
  await expect(preview).toContainText('Room: A1, 张伟');
  await expect(page.getByTestId('missing-values')).toContainText('name: 1 person has no value');
  await page.getByRole('button', { name: 'Next recipient' }).click();
  await expect(preview).toContainText('Room: B2,');
  await expect(page.getByTestId('preview-state')).toContainText('No value for name');
});

test('rich text: a field from the menu at the cursor, the preview shows each person their value', async ({
  page,
}, testInfo) => {
  const ids = uniqueIds('pfr', 4);
  const compose = new ComposeFlow(page, 'en');
  await compose.open();
  await compose.write('rich_text', 'Hello , welcome');
  await uploadFields(page, ids);
  const editor = page.getByRole('textbox', { name: 'Rich text', exact: true });
  // The cursor after "Hello ", where the field goes.
  await editor.click();
  await page.keyboard.press('End');
  for (let step = 0; step < ', welcome'.length; step += 1) await page.keyboard.press('ArrowLeft');
  await insertField(page, 'name');
  await expect(editor).toHaveText('Hello {{name}}, welcome');
  await expect(editor).toBeFocused();
  // Typing goes on where the field ended.
  await page.keyboard.type('!');
  await expect(editor).toHaveText('Hello {{name}}!, welcome');
  // The placeholder reads as a token (a decoration: the text is unchanged).
  await expect(editor.locator('.rt-field-token')).toHaveText('{{name}}');
  await expect(page.getByTestId('fields-used')).toHaveText('In the message: {{name}}');
  const preview = page.locator('.cp-side').getByTestId('message-preview').first();
  await expect(preview).toContainText('Hello Ann!, welcome');
  await saveScreenshot(page, testInfo, 'personal-rich-text-menu');
  await page.getByRole('button', { name: 'Next recipient' }).click();
  await expect(preview).toContainText('Hello Bob "B" Brown!, welcome');
  expect(await accessibilityProblems(page)).toEqual([]);
});

test('a table loaded over a list says whom it left out, and Undo puts the list back', async ({
  page,
}) => {
  const [ann = '', bob = '', cid = ''] = uniqueIds('pft', 3);
  const compose = new ComposeFlow(page, 'en');
  await compose.open();
  await compose.write('text', 'Hello {{name}}');
  await compose.pasteList([ann, bob, cid]);
  await page.getByRole('button', { name: 'Paste a table' }).click();
  await page
    .getByRole('textbox', { name: 'Table (first row: open_id, then the field names)' })
    .fill(`open_id\tname\n${ann}\tAnn\n${bob}\tBob`);
  await page.getByRole('button', { name: 'Use this table' }).click();
  const list = page.getByRole('textbox', { name: compose.text.list, exact: true });
  await expect(list).toHaveValue(`${ann}\n${bob}`);
  const notice = page.getByTestId('list-change');
  await expect(notice).toContainText(
    'The table replaced the list: 1 person on it is not in the table and was removed.',
  );
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(list).toHaveValue([ann, bob, cid].join('\n'));
});

test.describe('against Mind (live mode, the mock)', () => {
  test.use({ baseURL: LIVE_URL });

  test('text with fields: one person fails, the ledger shows it, the failed download as CSV', async ({
    page,
  }, testInfo) => {
    const ids = uniqueIds('pfl', 4);
    const failing = ids[1] ?? '';
    await queueFault(failing, { kind: 'code', code: 40003, msg: `接收者不存在: ${failing}` });
    const compose = new ComposeFlow(page, 'en');
    await compose.open();
    await compose.write('text', 'Hi ');
    await uploadFields(page, ids);
    await page.getByRole('textbox', { name: 'Message text' }).press('End');
    await insertField(page, 'name');
    await expect(page.getByRole('textbox', { name: 'Message text' })).toHaveValue('Hi {{name}}');
    const dialog = await compose.review();
    await dialog.getByTestId('confirm-send').click();
    await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'partial', {
      timeout: 20_000,
    });
    const received = await requestsTo(ids);
    const texts = received.map(
      (request) => (JSON.parse((request.body as WireBody).content ?? '') as { text: string }).text,
    );
    // One request each (Mind's refusal is an answer, not retried), each with that person's name.
    expect(texts.sort()).toEqual(['Hi Ann', 'Hi Bob "B" Brown', 'Hi Cy', 'Hi Dee']);

    await dialog.getByRole('link', { name: 'Open in history' }).click();
    const ledger = page.getByTestId('ledger');
    await ledger.getByTestId('ledger-filter').selectOption('failed');
    await expect(ledger.getByTestId('ledger-row')).toHaveCount(1);
    await expect(ledger.getByTestId('ledger-row')).toContainText(
      `code 40003: 接收者不存在: ${failing}`,
    );
    await saveScreenshot(page, testInfo, 'personal-6-ledger-failed');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ledger.getByTestId('download-failed').click(),
    ]);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(
      `\ufeffopen_id,name,room\r\n${failing},"Bob ""B"" Brown",B2\r\n`,
    );
    // Fixed and uploaded again: the failed person, with their values, is the list.
    await compose.open();
    await compose.chooseType('text');
    await page.getByTestId('fields-file').setInputFiles(path);
    await expect(page.getByTestId('fields-loaded')).toContainText(': 1 person, fields');
    const preview = page.locator('.cp-side').getByTestId('message-preview').first();
    await expect(preview).toContainText('Hi Bob "B" Brown');
  });
});

test('a reload says the table of fields is gone, and nothing is sent as written until the person says so', async ({
  page,
}) => {
  const ids = uniqueIds('lost', 4);
  const compose = new ComposeFlow(page, 'en');
  await compose.open();
  await compose.write('text', 'Hello {{name}}, your room is {{room}}');
  await compose.pasteList(ids);
  await uploadFields(page, ids);
  await page.getByTestId('missing-values').getByRole('radio', { name: 'Skip this person' }).click();
  await expect(compose.reviewButton()).toBeEnabled();

  await page.reload();
  const lost = page.getByTestId('fields-lost');
  await expect(lost).toContainText('people.csv (4 people) was loaded before the page was reloaded');
  await expect(compose.reviewButton()).toBeDisabled();
  await expect(page.getByTestId('send-blockers')).toContainText('Load people.csv again');

  // Loaded again: as before. Reloaded and let go: the placeholders go as written, said so.
  await uploadFields(page, ids);
  await expect(lost).toBeHidden();
  await page.reload();
  await lost.getByRole('button', { name: 'Go on without it' }).click();
  await expect(lost).toBeHidden();
  await expect(page.getByTestId('fields-as-written')).toBeVisible();
  await expect(compose.reviewButton()).toBeEnabled();
});
