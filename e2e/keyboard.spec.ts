import { expect, test, type Locator, type Page } from '@playwright/test';
import { ComposeFlow } from './support/composeFlow';
import { LIVE_URL, queueFault, uniqueIds } from './support/liveMind';

/* Compose and the history by keyboard alone: radio cards, and where the focus goes. */
test.use({ viewport: { width: 1440, height: 1500 } });
test.describe.configure({ timeout: 120_000 });

/** Focuses `button` and presses `key` on it, as a keyboard user does. */
async function pressOn(button: Locator, key = 'Enter'): Promise<void> {
  await button.focus();
  await button.press(key);
}

/** The focus is somewhere on the page, not on <body>. */
async function expectFocusKept(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
}

test('arrow keys check the card they move to, every time, after Tab brings the focus in (zh)', async ({
  page,
}) => {
  const compose = new ComposeFlow(page, 'zh');
  await compose.open();
  await compose.write('text', '键盘测试');
  const channels = page.getByRole('radiogroup', { name: '发送方式' });
  const checked = channels.getByRole('radio', { checked: true });
  const message = page.getByRole('textbox', { name: '消息文字', exact: true });

  for (let round = 0; round < 3; round += 1) {
    // From the message text, Tab until the focus is on the channel cards: it enters on the
    // checked one.
    await message.focus();
    for (let tabs = 0; tabs < 20; tabs += 1) {
      await page.keyboard.press('Tab');
      if (await channels.evaluate((group) => group.contains(document.activeElement))) break;
    }
    await expect(checked).toBeFocused();
    // Each arrow checks where it lands, as the key goes up at once (as a robot's does).
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowRight', 'ArrowDown']) {
      await page.keyboard.press(key);
      await expect(checked).toBeFocused();
      await expect(checked).toHaveCount(1);
    }
    // Back to the subscribers for the next round.
    await page.getByRole('radio', { name: '订阅用户', exact: true }).click();
    await expect(page.getByRole('radio', { name: '订阅用户', exact: true })).toBeChecked();
  }

  // The type cards and the recipient modes behave alike.
  const types = page.getByRole('radiogroup', { name: '消息类型' });
  await types.getByRole('radio', { checked: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(types.getByRole('radio', { name: 'Markdown', exact: true })).toBeChecked();
  await expect(types.getByRole('radio', { name: 'Markdown', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(types.getByRole('radio', { name: '文本', exact: true })).toBeChecked();
  await expect(types.getByRole('radio', { name: '文本', exact: true })).toBeFocused();
  const modes = page.getByRole('radiogroup', { name: '发送给谁' });
  await modes.getByRole('radio', { checked: true }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(modes.getByRole('radio', { name: '一个人', exact: true })).toBeChecked();
  await expect(modes.getByRole('radio', { name: '一个人', exact: true })).toBeFocused();
  // Tab leaves the group from the checked card, to what that choice shows.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: '姓名或 open_id' })).toBeFocused();
});

test("the list's one-click fixes and Clear leave the focus on the list (zh)", async ({ page }) => {
  const compose = new ComposeFlow(page, 'zh');
  await compose.open();
  await compose.write('text', '焦点测试');
  const [first = '', second = ''] = uniqueIds('focus', 2);
  await compose.pasteList(['张伟', first, 'wang.fang@example.com', second, first]);
  const list = page.getByRole('textbox', { name: '接收人的 open_id', exact: true });

  await pressOn(page.getByRole('button', { name: '全部移除（2）' }));
  await expect(list).toHaveValue([first, second, first].join('\n'));
  await expect(list).toBeFocused();
  await pressOn(page.getByRole('button', { name: '移除 1 个重复' }), ' ');
  await expect(list).toHaveValue([first, second].join('\n'));
  await expect(list).toBeFocused();
  await pressOn(page.getByRole('button', { name: '清空', exact: true }));
  await expect(list).toHaveValue('');
  await expect(list).toBeFocused();

  // A list still long after the fix keeps the focus on its summary.
  const ids = uniqueIds('focuslong', 2100);
  await list.evaluate(
    (area, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      area.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    },
    [...ids, ids[0]].join('\n'),
  );
  await expect(page.getByRole('group', { name: /共 2,101 行 open_id。/ })).toBeFocused();
  await pressOn(page.getByRole('button', { name: '移除 1 个重复' }));
  await expect(page.getByRole('group', { name: /共 2,100 行 open_id。/ })).toBeFocused();
  await pressOn(page.getByRole('button', { name: '清空', exact: true }));
  await expect(list).toHaveValue('');
  await expect(list).toBeFocused();
});

test('Use this table and Remove the fields leave the focus on the section', async ({ page }) => {
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', 'Hello {{name}}');
  const [id = ''] = uniqueIds('fields', 1);
  await page.getByRole('button', { name: 'Paste a table' }).click();
  await page
    .getByRole('textbox', { name: 'Table (first row: open_id, then the field names)' })
    .fill(`open_id\tname\n${id}\tZhang Wei`);
  await pressOn(page.getByRole('button', { name: 'Use this table' }));
  const loaded = page.getByTestId('fields-loaded').getByText('Pasted table: 1 person, fields');
  await expect(loaded).toBeFocused();
  await pressOn(page.getByRole('button', { name: 'Remove the fields' }));
  await expect(page.getByRole('button', { name: 'Upload CSV with fields…' })).toBeFocused();
});

test('cancelling a scheduled send leaves the focus on its outcome, in the list and on its page', async ({
  page,
}) => {
  const sendIds: string[] = [];
  for (const marker of uniqueIds('cancelfocus', 2)) {
    const response = await page.request.post('/api/messages', {
      data: {
        msg_type: 'text',
        content: { text: `Cancel me ${marker}` },
        audience: { kind: 'user', id: marker },
        sendAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    expect(response.status()).toBe(202);
    sendIds.push(((await response.json()) as { id: string }).id);
  }
  const [inList = '', onPage = ''] = sendIds;

  await page.goto('/history?lang=en');
  const row = page.locator(`[data-send-id="${inList}"]`);
  await pressOn(row.getByRole('button', { name: /^Cancel the scheduled/ }));
  await pressOn(page.getByRole('dialog').getByRole('button', { name: 'Cancel the send' }));
  await expect(row.getByTestId('outcome')).toHaveText('Cancelled');
  await expect(row.getByTestId('outcome')).toBeFocused();
  await expectFocusKept(page);
  // The keyboard goes on from this row: back is its own link.
  await page.keyboard.press('Shift+Tab');
  await expect(row.getByRole('link')).toBeFocused();

  await page.goto(`/history/${onPage}?lang=en`);
  await pressOn(page.getByRole('button', { name: /^Cancel the scheduled/ }));
  await pressOn(page.getByRole('dialog').getByRole('button', { name: 'Cancel the send' }));
  const outcome = page.locator('.hs-facts').getByTestId('outcome');
  await expect(outcome).toHaveText('Cancelled');
  await expect(outcome).toBeFocused();
  await expectFocusKept(page);
});

test.describe('live', () => {
  test.use({ baseURL: LIVE_URL });

  test('Retry leaves the focus on the outcome it starts', async ({ page }) => {
    const ids = uniqueIds('retryfocus', 150);
    await queueFault(ids[120] ?? '', { kind: 'code', code: 50010, msg: 'temporarily unavailable' });
    const compose = new ComposeFlow(page);
    await compose.open();
    await compose.write('text', `Retry by keyboard ${ids[0] ?? ''}`);
    await compose.pasteList(ids);
    const result = await compose.send('partial');
    await pressOn(result.getByRole('button', { name: 'Retry the failed request' }));
    await expect(result).toHaveAttribute('data-outcome', 'sent', { timeout: 20_000 });
    await expect(result.getByText('Sent', { exact: true })).toBeFocused();
    await expectFocusKept(page);
  });
});

test('Clear and the list fixes are undone by Ctrl+Z in the list or by Undo', async ({ page }) => {
  const compose = new ComposeFlow(page, 'zh');
  await compose.open();
  await compose.write('text', '撤销测试');
  const [first = '', second = ''] = uniqueIds('undo', 2);
  const typed = [first, second, first].join('\n');
  await compose.pasteList([first, second, first]);
  const list = page.getByRole('textbox', { name: '接收人的 open_id', exact: true });
  const notice = page.getByTestId('list-change');

  // Clear says so, and Ctrl+Z in the list (where the focus went) brings the list back.
  await pressOn(page.getByRole('button', { name: '清空', exact: true }));
  await expect(list).toHaveValue('');
  await expect(notice).toHaveText(/已清空列表。/);
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(list).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(list).toHaveValue(typed);
  await expect(notice).toHaveCount(0);

  // A fix too, by its Undo button; the focus goes back to the list.
  await pressOn(page.getByRole('button', { name: '移除 1 个重复' }));
  await expect(list).toHaveValue([first, second].join('\n'));
  await expect(notice).toHaveText(/已移除 1 个重复。/);
  await pressOn(notice.getByRole('button', { name: '撤销' }));
  await expect(list).toHaveValue(typed);
  await expect(list).toBeFocused();

  // Once the list is typed in, Ctrl+Z is the text area's own again.
  await pressOn(page.getByRole('button', { name: '清空', exact: true }));
  await list.pressSequentially(first);
  await expect(notice).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(list).not.toHaveValue(typed);

  // In English.
  await page.getByRole('button', { name: '语言' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'English' }).click();
  const listEn = page.getByRole('textbox', { name: 'open_ids of the recipients', exact: true });
  await listEn.fill(typed);
  await pressOn(page.getByRole('button', { name: 'Clear', exact: true }));
  await expect(notice).toHaveText(/List cleared\./);
  await pressOn(notice.getByRole('button', { name: 'Undo' }));
  await expect(listEn).toHaveValue(typed);
});
