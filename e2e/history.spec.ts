import { expect, test } from '@playwright/test';
import { ComposeFlow } from './support/composeFlow';
import { LIVE_URL, uniqueIds } from './support/liveMind';
import { saveScreenshot } from './support/screenshot';
import { sendViaApi } from './support/sendViaApi';

/* The history (sandbox server): each send opens to its message and requests, and copies back. */
test.use({ viewport: { width: 1440, height: 1300 } });
test.describe.configure({ timeout: 90_000 });

test('duplicate into the editor: the message and its list come back to compose, undoably', async ({
  page,
}, testInfo) => {
  const ids = uniqueIds('dup', 3);
  const text = `**Copied** markdown ${ids[0]}`;
  const id = await sendViaApi(page.request, {
    msg_type: 'markdown',
    content: { text },
    audience: { kind: 'users', ids },
    sender: 'Ops Li',
  });

  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', 'My unfinished draft');

  await page.goto(`/history/${id}?lang=en`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Markdown sent');
  await expect(page.getByText('Sent by Ops Li')).toBeVisible();
  await saveScreenshot(page, testInfo, 'history-en-detail-markdown');
  await page.getByRole('button', { name: 'Duplicate into the editor' }).click();

  await expect(page).toHaveURL(/\/compose$/);
  await expect(page.getByRole('status').filter({ hasText: 'Loaded a copy' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Markdown', exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Markdown text', exact: true })).toHaveValue(text);
  await expect(page.getByRole('textbox', { name: 'open_ids of the recipients' })).toHaveValue(
    ids.join('\n'),
  );
  await expect(page.getByTestId('send-summary')).toHaveText('Markdown to 3 people, in 1 request');
  await saveScreenshot(page, testInfo, 'compose-en-duplicated');

  // Undone from the keyboard, the notice goes with its button: the focus goes to the message.
  await page.getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Text', exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Message text' })).toHaveValue(
    'My unfinished draft',
  );
  await expect(page.getByRole('status').filter({ hasText: 'Loaded a copy' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Message', exact: true })).toBeFocused();
});

test('the notice of a copy dismissed from the keyboard hands the focus to the message', async ({
  page,
}) => {
  const ids = uniqueIds('dismiss', 2);
  const id = await sendViaApi(page.request, {
    msg_type: 'text',
    content: { text: `Copied text ${ids[0]}` },
    audience: { kind: 'users', ids },
  });
  await page.goto(`/history/${id}?lang=en`);
  await page.getByRole('button', { name: 'Duplicate into the editor' }).click();
  await expect(page).toHaveURL(/\/compose$/);
  const notice = page.getByRole('status').filter({ hasText: 'Loaded a copy' });
  await notice.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Space');
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Message', exact: true })).toBeFocused();
  // The copy stays: only the notice went.
  await expect(page.getByRole('textbox', { name: 'Message text' })).toHaveValue(
    `Copied text ${ids[0]}`,
  );
});

test('a long send: its requests by page, its first recipients, and all of them duplicated', async ({
  page,
}) => {
  // 2,150 people: 22 requests of 100 (two pages of 20), more than the detail's first 100 ids.
  const ids = uniqueIds('long', 2150);
  const id = await sendViaApi(page.request, {
    msg_type: 'text',
    content: { text: `To many ${ids[0]}` },
    audience: { kind: 'users', ids },
  });
  const detailReads: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/messages/${id}`) detailReads.push(request.url());
  });
  await page.goto(`/history/${id}?lang=en`);
  const table = page.getByRole('table', { name: '22 requests to Mind' });
  await expect(table).toBeVisible();
  const rows = table.getByTestId('batch-row');
  await expect(rows).toHaveCount(20);
  await expect(rows.first().getByRole('cell').first()).toHaveText('1');
  const pager = page.getByRole('navigation', { name: 'Pages of requests' });
  await expect(pager.getByText('Page 1 of 2')).toBeVisible();
  await expect(pager.getByRole('button', { name: 'Previous requests' })).toBeDisabled();
  const firstPage = await table.getByTestId('request-id').allTextContents();

  await pager.getByRole('button', { name: 'Next requests' }).focus();
  await page.keyboard.press('Enter');
  await expect(pager.getByText('Page 2 of 2')).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByRole('cell').first()).toHaveText('21');
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText('22');
  const secondPage = await table.getByTestId('request-id').allTextContents();
  expect(new Set([...firstPage, ...secondPage]).size).toBe(22);
  await expect(pager.getByRole('button', { name: 'Next requests' })).toBeDisabled();
  await pager.getByRole('button', { name: 'Previous requests' }).click();
  await expect(rows).toHaveCount(20);
  expect(await table.getByTestId('request-id').allTextContents()).toEqual(firstPage);

  await page.getByText('All 2150 recipients').click();
  await expect(page.getByRole('textbox', { name: 'All 2150 recipients' })).toHaveValue(
    ids.slice(0, 100).join('\n'),
  );
  await expect(page.getByTestId('first-ids')).toHaveText(
    'The first 100 of 2150; every one is in the ledger below.',
  );
  // A sent send's detail is read once; the pages are read on their own.
  expect(detailReads).toHaveLength(1);

  await page.getByRole('button', { name: 'Duplicate into the editor' }).click();
  await expect(page).toHaveURL(/\/compose$/);
  // A list this long comes back as a summary; as text, it is every id in order.
  const summary = page.getByRole('group', { name: /2,150 lines of open_ids/ });
  await summary.getByRole('button', { name: 'Edit as text' }).click();
  await expect(page.getByRole('textbox', { name: 'open_ids of the recipients' })).toHaveValue(
    ids.join('\n'),
  );
});

test('a send to people the directory knows shows their names beside their ids', async ({
  page,
}, testInfo) => {
  // 王芳 and 张伟 of the sandbox's directory; a message of its own, to find its row.
  const wangFang = 'ou_6a5905698688e15e8f9b63c1043d1ee9';
  const zhangWei = 'ou_7d8a6e6df7621556ce0d21922b676706';
  const [tag = ''] = uniqueIds('named', 1);
  const listSend = await sendViaApi(page.request, {
    msg_type: 'text',
    content: { text: `To two named people ${tag}` },
    audience: { kind: 'users', ids: [wangFang, zhangWei] },
  });
  const oneSend = await sendViaApi(page.request, {
    msg_type: 'text',
    content: { text: `To one named person ${tag}` },
    audience: { kind: 'user', id: zhangWei },
  });

  await page.goto('/history?lang=zh');
  const row = (id: string) => page.locator(`[data-testid="history-row"][data-send-id="${id}"]`);
  await expect(row(oneSend).getByRole('cell').nth(3)).toContainText(`张伟 ${zhangWei}`);
  await expect(row(listSend).getByRole('cell').nth(3)).toContainText(
    `2 人 王芳 ${wangFang} 及另外 1 人`,
  );
  await saveScreenshot(page, testInfo, 'history-zh-names');
  await page.goto(`/history/${listSend}?lang=en`);
  await expect(page.locator('.hs-facts')).toContainText(`2 people 王芳 ${wangFang} and 1 other`);
});

test('the inbox names people however many a page shows', async ({ page }) => {
  // 40 sends of 3 people each: a page of 50 items shows 120 ids and more, beyond one lookup.
  for (let index = 0; index < 40; index += 1)
    await sendViaApi(page.request, {
      msg_type: 'text',
      content: { text: `Filler ${index}` },
      audience: { kind: 'users', ids: uniqueIds(`inbox${index}`, 3) },
    });
  const [tag = ''] = uniqueIds('inboxnamed', 1);
  await sendViaApi(page.request, {
    msg_type: 'text',
    content: { text: `For Zhang Wei ${tag}` },
    audience: { kind: 'user', id: 'ou_7d8a6e6df7621556ce0d21922b676706' },
  });
  await page.goto('/inbox?lang=zh');
  const item = page.getByTestId('inbox-item').filter({ hasText: tag });
  await expect(item).toContainText('张伟');
});

test('a copy of a send to every subscriber comes back without recipients', async ({ page }) => {
  const [marker = ''] = uniqueIds('dupall', 1);
  const id = await sendViaApi(page.request, {
    msg_type: 'text',
    content: { text: `To everyone ${marker}` },
    audience: { kind: 'all', confirm: 'ALL' },
  });
  await page.goto(`/history/${id}?lang=en`);
  await expect(page.getByText('Every subscriber').first()).toBeVisible();
  await page.getByRole('button', { name: 'Duplicate into the editor' }).click();
  await expect(
    page.getByText('It went to every subscriber: choose the recipients again.'),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: 'A list of people', exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'open_ids of the recipients' })).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Review and send…' })).toBeDisabled();
});

test('a card copied from the history is the card compose sends', async ({ page }) => {
  const [marker = ''] = uniqueIds('dupcard', 1);
  const card = {
    header: { template: 'red', title: { content: `Incident ${marker}` } },
    elements: [{ tag: 'markdown', content: 'Service restored.' }],
  };
  const id = await sendViaApi(page.request, {
    msg_type: 'interactive',
    content: card,
    audience: { kind: 'user', id: `ou_${marker}` },
  });
  await page.goto(`/history/${id}?lang=en`);
  await expect(page.getByRole('region', { name: 'Message' })).toContainText(`Incident ${marker}`);
  await page.getByRole('button', { name: 'Duplicate into the editor' }).click();
  await expect(page.getByRole('radio', { name: 'Card', exact: true })).toBeChecked();
  await expect(page.getByText(`Incident ${marker}`).first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Name or open_id' })).toHaveValue(`ou_${marker}`);
  const stored = await page.evaluate(() => localStorage.getItem('mcs.designer.draft') ?? '');
  expect(stored).toContain(`Incident ${marker}`);
});

test('a copy asks before it replaces a card the designer holds unsaved', async ({
  page,
}, testInfo) => {
  const [marker = ''] = uniqueIds('dupask', 1);
  const id = await sendViaApi(page.request, {
    msg_type: 'interactive',
    content: {
      header: { template: 'blue', title: { content: `Old card ${marker}` } },
      elements: [{ tag: 'markdown', content: 'Sent before.' }],
    },
    audience: { kind: 'user', id: `ou_${marker}` },
  });
  await page.goto('/designer?lang=en');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  const designerDraft = () => page.evaluate(() => localStorage.getItem('mcs.designer.draft') ?? '');
  await expect.poll(designerDraft).toContain('Weekly operations report');

  await page.goto(`/history/${id}?lang=en`);
  const duplicate = page.getByRole('button', { name: 'Duplicate into the editor' });
  await duplicate.click();
  const dialog = page.getByRole('dialog', { name: 'Replace the card in the designer?' });
  await expect(dialog).toContainText('Opening the message created');
  await saveScreenshot(page, testInfo, 'history-en-duplicate-asks');
  await dialog.getByRole('button', { name: 'Keep my work' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/history/${id}`));
  await expect(duplicate).toBeFocused();
  expect(await designerDraft()).toContain('Weekly operations report');

  await duplicate.click();
  await dialog.getByRole('button', { name: 'Replace it' }).click();
  await expect(page).toHaveURL(/\/compose$/);
  await expect(page.getByRole('radio', { name: 'Card', exact: true })).toBeChecked();
  await expect.poll(designerDraft).toContain(`Old card ${marker}`);
});

test('the list shows each send and opens its preview from the keyboard', async ({ page }) => {
  const ids = uniqueIds('list', 2);
  await sendViaApi(page.request, {
    msg_type: 'text',
    content: { text: `Preview me ${ids[0]}` },
    audience: { kind: 'users', ids },
  });
  await page.goto('/history?lang=en');
  const row = page.getByTestId('history-row').filter({ hasText: ids[0] ?? '' });
  await expect(row).toContainText('2 people');
  await expect(row).toContainText('Text');
  await expect(row).toContainText('Sent');
  const toggle = row.getByRole('button', { name: /^Show the Text created/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(row.getByRole('button', { name: /^Hide the Text created/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(
    page.getByTestId('message-preview').filter({ hasText: `Preview me ${ids[0]}` }),
  ).toBeVisible();
  await row.getByRole('link', { name: /^Open the Text created/ }).press('Enter');
  await expect(page).toHaveURL(/\/history\/[0-9a-f-]+$/);
  await expect(page.getByTestId('batch-row')).toHaveCount(1);
});

test('an unknown send says so instead of a blank page', async ({ page }) => {
  await page.goto('/history/00000000-0000-4000-8000-000000000000?lang=en');
  await expect(page.getByText('There is no send with this address')).toBeVisible();
  await page.goto('/history/not-an-id?lang=zh');
  await expect(page.getByText('没有这个地址对应的发送')).toBeVisible();
});

test('the inbox says clearly when the server is live', async ({ page }, testInfo) => {
  await page.goto(`${LIVE_URL}/inbox?lang=en`);
  await expect(
    page.getByRole('heading', { name: 'The server is live: there is no sandbox inbox' }),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'inbox-en-live');
  await page.goto(`${LIVE_URL}/inbox?lang=zh`);
  await expect(
    page.getByRole('heading', { name: '服务器处于正式模式：没有沙箱收件箱' }),
  ).toBeVisible();
});

test('keyboard only: choose, write, add people, review and send', async ({ page }) => {
  const [id = ''] = uniqueIds('keys', 1);
  const compose = new ComposeFlow(page);
  await compose.open();
  const text = page.getByRole('radio', { name: 'Text', exact: true });
  await text.focus();
  // Radix checks the radio focus moves to while the arrow is down (a person holds it ≥ 50 ms).
  await page.keyboard.down('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Markdown', exact: true })).toBeChecked();
  await page.keyboard.up('ArrowRight');
  await page.keyboard.down('ArrowLeft');
  await expect(text).toBeChecked();
  await page.keyboard.up('ArrowLeft');
  await page.getByRole('textbox', { name: 'Message text' }).focus();
  await page.keyboard.type(`Typed with keys ${id}`);
  const list = page.getByRole('radio', { name: 'A list of people', exact: true });
  await list.focus();
  await page.keyboard.press('Space');
  await page.getByRole('textbox', { name: 'open_ids of the recipients' }).focus();
  await page.keyboard.type(id);
  const review = compose.reviewButton();
  // The list is checked as it is typed: the review opens once that check says it is ready, as a
  // person sees the button light up before going to it.
  await expect(review).toBeEnabled();
  await review.focus();
  await expect(review).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  const send = dialog.getByRole('button', { name: 'Send to 1 person' });
  await send.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'sent', {
    timeout: 20_000,
  });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The keyboard goes on from where it was, not from the top of the page.
  await expect(review).toBeFocused();
  await expect(page.getByRole('link', { name: 'Open it' })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the history does not scroll the page sideways, and the review keeps its buttons in view', async ({
    page,
  }) => {
    await sendViaApi(page.request, {
      msg_type: 'text',
      content: { text: 'On a phone' },
      audience: { kind: 'users', ids: uniqueIds('phone', 3) },
    });
    const sideways = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    await page.goto('/history?lang=zh');
    await expect(page.getByTestId('history-row').first()).toBeVisible();
    expect(await sideways()).toBe(0);

    const compose = new ComposeFlow(page, 'zh');
    await compose.open();
    await compose.write('text', '下午 3 点停电检修');
    await compose.pasteList(uniqueIds('phone2', 2));
    const dialog = await compose.review();
    await dialog.getByRole('button', { name: '定时发送…' }).click();
    for (const name of ['返回编辑', '改为立即发送', '确定定时发送']) {
      const box = await dialog.getByRole('button', { name }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390, name).toBe(true);
    }
    expect(await sideways()).toBe(0);
  });
});
