import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ComposeFlow } from './support/composeFlow';
import { uniqueIds } from './support/liveMind';
import { saveScreenshot } from './support/screenshot';

/* Scheduled sends in the sandbox: Schedule… in the review, the history's time, change and cancel. */
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 90_000 });

/** axe's serious and critical findings on the page as it is (the preview's colours are Mind's). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .exclude('.mp')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}`);
}

/**
 * A `datetime-local` value `ms` from now, in the browser's own time zone, to the second, as the
 * field itself gives it back: normalized, without the seconds when they are zero (a field filled
 * with "…T00:14:00" reads "…T00:14", and a check of the value typed failed once a minute).
 */
const localInput = (page: Page, ms: number) =>
  page.evaluate((ahead) => {
    const at = new Date(Date.now() + ahead);
    const pad = (value: number) => String(value).padStart(2, '0');
    const seconds = at.getSeconds() ? `:${pad(at.getSeconds())}` : '';
    return (
      `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}` +
      `T${pad(at.getHours())}:${pad(at.getMinutes())}${seconds}`
    );
  }, ms);

test('schedule a send seconds ahead: scheduled in history, then it goes out', async ({
  page,
}, testInfo) => {
  // It waits for the scheduled time itself.
  test.setTimeout(90_000);
  const ids = uniqueIds('sched', 3);
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', `Scheduled hello ${ids[0]}`);
  await compose.pasteList(ids);
  const dialog = await compose.review();
  await expect(dialog.getByTestId('review-duration')).toHaveText(
    '1 request, about 1 s at 20 a second',
  );
  // From the keyboard: the field takes the focus.
  await dialog.getByRole('button', { name: 'Schedule…' }).focus();
  await page.keyboard.press('Enter');
  const field = dialog.getByLabel('Send at');
  await expect(field).toBeFocused();
  await expect(dialog.getByText(/^In your time zone: /)).toBeVisible();

  // A time that has passed is refused before the server sees it.
  await field.fill(await localInput(page, -60_000));
  await expect(
    dialog.getByText('That time has passed: choose a later one, or send now.'),
  ).toBeVisible();
  await expect(dialog.getByTestId('confirm-send')).toBeDisabled();

  // Far enough ahead that it is still scheduled when the history is opened on a loaded machine
  // (12 s was not, in a run where every spec took twice as long).
  await field.fill(await localInput(page, 25_000));
  await expect(dialog.getByTestId('confirm-send')).toHaveText('Schedule the send');
  await saveScreenshot(page, testInfo, 'schedule-en-review');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByTestId('confirm-send').click();
  const result = dialog.getByTestId('send-result');
  await expect(result).toHaveAttribute('data-outcome', 'scheduled');
  await expect(dialog.getByRole('heading', { name: 'Send scheduled' })).toBeVisible();
  await expect(result).toContainText('Goes out to 3 people on');
  await saveScreenshot(page, testInfo, 'schedule-en-scheduled');
  const href = await dialog.getByRole('link', { name: 'Open in history' }).getAttribute('href');
  const id = href?.split('/').at(-1) ?? '';
  // Followed by its small progress, not by reading the whole send again and again.
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.waitForTimeout(2500);
  expect(asked.filter((path) => path === `/api/messages/${id}/progress`).length).toBeGreaterThan(0);
  expect(asked.filter((path) => path === `/api/messages/${id}`)).toEqual([]);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.goto('/history?lang=en');
  const row = page.locator(`[data-send-id="${id}"]`);
  await expect(row.getByText('Scheduled', { exact: true })).toBeVisible();
  await expect(row.getByTestId('scheduled-time')).toContainText('Goes out');
  await expect(row.getByRole('button', { name: /^Change time of/ })).toBeVisible();
  await saveScreenshot(page, testInfo, 'schedule-en-history');
  expect(await seriousViolations(page)).toEqual([]);

  // It goes out by itself, and the list follows.
  await expect(row.getByText('Sent', { exact: true })).toBeVisible({ timeout: 40_000 });
  await expect(row.getByTestId('schedule-actions')).toHaveCount(0);
  const inbox = await (await page.request.get('/api/sandbox/inbox?limit=50')).json();
  expect(
    (inbox as { items: { receiveIds: string[] | null }[] }).items.some((item) =>
      item.receiveIds?.includes(ids[0] ?? ''),
    ),
  ).toBe(true);
});

// Its words in Chinese, and their change at the moment its time comes, are in SendResult.test.tsx.
const OVERDUE = {
  schedule: 'Schedule…',
  sendAt: 'Send at',
  scheduled: 'Goes out to 2 people on',
  overdue: 'Its time has come: it may be going out now',
  unconfirmed: 'This page cannot confirm what was sent until it reaches the server again',
  sent: 'Sent',
} as const;

test('its time comes while the server cannot be reached: it may be going out', async ({
  page,
}, testInfo) => {
  const ids = uniqueIds('due', 2);
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', `Due ${ids[0]}`);
  await compose.pasteList(ids);
  const dialog = await compose.review();
  await dialog.getByRole('button', { name: OVERDUE.schedule }).click();
  await dialog.getByLabel(OVERDUE.sendAt).fill(await localInput(page, 8_000));
  await dialog.getByTestId('confirm-send').click();
  const result = dialog.getByTestId('send-result');
  await expect(result).toHaveAttribute('data-outcome', 'scheduled');
  await expect(result).toContainText(OVERDUE.scheduled);

  // The browser loses the server (which goes on, and sends it at its time).
  await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
  await expect(result).toContainText(OVERDUE.overdue, { timeout: 20_000 });
  await expect(result).toContainText(OVERDUE.unconfirmed);
  await expect(result).not.toContainText(OVERDUE.scheduled);
  await saveScreenshot(page, testInfo, 'schedule-en-due-lost-contact');

  // Back in contact: what the server says happened, in its usual words.
  await page.unroute('**/api/**');
  await expect(result).toHaveAttribute('data-outcome', 'sent', { timeout: 20_000 });
  await expect(result).toContainText(OVERDUE.sent);
  await expect(result).not.toContainText(OVERDUE.overdue);
  await saveScreenshot(page, testInfo, 'schedule-en-due-sent');
});

/** Schedules a text to one person `ms` from now through the API; returns its id. */
async function scheduleViaApi(page: Page, marker: string, ms: number): Promise<string> {
  const response = await page.request.post('/api/messages', {
    data: {
      msg_type: 'text',
      content: { text: `Due ${marker}` },
      audience: { kind: 'user', id: marker },
      sendAt: new Date(Date.now() + ms).toISOString(),
    },
  });
  expect(response.status()).toBe(202);
  return ((await response.json()) as { id: string }).id;
}

test('a scheduled send’s time stays inside its card, in Chinese at 1024 px', async ({ page }) => {
  const [marker = ''] = uniqueIds('schedwrap', 1);
  const id = await scheduleViaApi(page, marker, 3_600_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/history/${id}?lang=zh`);
  const when = page.getByTestId('scheduled-time');
  await expect(when).toContainText('将于');
  // Where its text ends (the line's own box keeps its column's width when the text runs on).
  const textRight = await when.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect().right;
  });
  const card = await when.locator('xpath=ancestor::section[1]').boundingBox();
  expect(card && textRight <= card.x + card.width).toBe(true);
});

const OVERDUE_LINE = /has come: it may be going out now\. This page has lost contact/;

test('its time comes while the server cannot be reached: the detail’s Change time area says so too', async ({
  page,
}) => {
  const [marker = ''] = uniqueIds('duedetail', 1);
  const id = await scheduleViaApi(page, marker, 8_000);
  await page.goto(`/history/${id}?lang=en`);
  const when = page.getByTestId('scheduled-time');
  await expect(when).toContainText('Goes out');

  await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
  await expect(page.getByTestId('send-result')).toContainText(OVERDUE.overdue, {
    timeout: 20_000,
  });
  await expect(when).toHaveText(OVERDUE_LINE);
  await expect(when).not.toContainText('Goes out');

  await page.unroute('**/api/**');
  await expect(page.getByTestId('send-result')).toHaveAttribute('data-outcome', 'sent', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('schedule-actions')).toHaveCount(0);
});

test('its time comes while the history cannot reach the server: its row says it may be going out', async ({
  page,
}) => {
  // The page's clock stands past the send's time (the server's is ten minutes short of it): the
  // row shows it until a refresh of the list fails.
  const [marker = ''] = uniqueIds('duerow', 1);
  const id = await scheduleViaApi(page, marker, 10 * 60_000);
  await page.clock.setFixedTime(Date.now() + 11 * 60_000);
  await page.goto('/history?lang=en');
  const row = page.locator(`[data-send-id="${id}"]`);
  const when = row.getByTestId('scheduled-time');
  await expect(when).toContainText('Goes out');

  // The list's next refresh (every 2 s, so near its time) fails; the rows stay while it retries.
  await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
  await expect(when).toHaveText(OVERDUE_LINE);
  await expect(row.getByText('Scheduled', { exact: true })).toBeVisible();

  // Back in contact: the server says it is still scheduled, and the row says so again.
  await page.unroute('**/api/**');
  await expect(when).toContainText('Goes out', { timeout: 10_000 });
  await page.request.delete(`/api/messages/${id}`);
});

test('change the time of a scheduled send, then cancel it after confirming', async ({ page }) => {
  const [marker = ''] = uniqueIds('cancel', 1);
  const sendAt = new Date(Date.now() + 3_600_000).toISOString();
  const response = await page.request.post('/api/messages', {
    data: {
      msg_type: 'text',
      content: { text: `Cancel me ${marker}` },
      audience: { kind: 'user', id: marker },
      sendAt,
    },
  });
  expect(response.status()).toBe(202);
  const { id } = (await response.json()) as { id: string };

  await page.goto('/history?lang=en');
  const row = page.locator(`[data-send-id="${id}"]`);
  const before = await row.getByTestId('scheduled-time').textContent();

  // The button's name starts with the words it shows (a voice command says what it sees), and
  // closing its dialog from the keyboard gives the focus back to it, not to the page.
  const changeButton = row.getByRole('button', { name: /^Change time of/ });
  await expect(changeButton).toHaveText('Change time');
  await changeButton.focus();
  await page.keyboard.press('Enter');
  const change = page.getByRole('dialog', { name: 'Change when it goes out' });
  await expect(change.getByLabel('Send at')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(change).toHaveCount(0);
  await expect(changeButton).toBeFocused();
  await changeButton.click();
  await change.getByLabel('Send at').fill(await localInput(page, 2 * 3_600_000));
  await change.getByRole('button', { name: 'Save the new time' }).click();
  await expect(change).toHaveCount(0);
  await expect(row.getByTestId('scheduled-time')).not.toHaveText(before ?? '');
  const moved = await (await page.request.get(`/api/messages/${id}`)).json();
  expect(Date.parse((moved as { sendAt: string }).sendAt)).toBeGreaterThan(Date.parse(sendAt));
  // Its preview shows it at the time it is to arrive, not when it was made.
  const arrives = await page.evaluate(
    (at) => {
      const date = new Date(at);
      const pad = (value: number) => String(value).padStart(2, '0');
      return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
    },
    (moved as { sendAt: string }).sendAt,
  );
  await row.getByRole('button', { name: /^Show the Text created/ }).click();
  await expect(page.locator('.hs-row__preview .mp-time')).toHaveText(arrives);
  await row.getByRole('button', { name: /^Hide the Text created/ }).click();

  // Cancel asks first; keeping it changes nothing.
  await row.getByRole('button', { name: /^Cancel the scheduled/ }).click();
  const confirm = page.getByRole('dialog', { name: 'Cancel this scheduled send?' });
  await expect(confirm).toContainText('Nothing will be sent');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(row.getByText('Scheduled', { exact: true })).toBeVisible();
  await row.getByRole('button', { name: /^Cancel the scheduled/ }).click();
  await confirm.getByRole('button', { name: 'Cancel the send' }).click();
  await expect(row.getByText('Cancelled', { exact: true })).toBeVisible();
  await expect(row.getByTestId('schedule-actions')).toHaveCount(0);
  const detail = await (await page.request.get(`/api/messages/${id}`)).json();
  expect((detail as { outcome: string }).outcome).toBe('cancelled');
});

test('Change time open when the send goes out: the dialog stays, says it has begun, keeps what was typed', async ({
  page,
}) => {
  const [marker = ''] = uniqueIds('overtaken', 1);
  const response = await page.request.post('/api/messages', {
    data: {
      msg_type: 'text',
      content: { text: `Overtaken ${marker}` },
      audience: { kind: 'user', id: marker },
      sendAt: new Date(Date.now() + 6_000).toISOString(),
    },
  });
  expect(response.status()).toBe(202);
  const { id } = (await response.json()) as { id: string };

  await page.goto(`/history/${id}?lang=en`);
  await page.getByRole('button', { name: /^Change time of/ }).click();
  const change = page.getByRole('dialog', { name: 'Change when it goes out' });
  const field = change.getByLabel('Send at');
  const typed = await localInput(page, 2 * 3_600_000);
  await field.fill(typed);

  // The send goes out meanwhile (its time comes): the dialog says so instead of vanishing.
  await expect(change.getByTestId('schedule-begun')).toHaveText(
    'This send has begun going out, so its time can no longer be changed. The time you typed was not saved.',
    { timeout: 20_000 },
  );
  await expect(field).toHaveValue(typed);
  await expect(change.getByTestId('save-schedule')).toHaveCount(0);
  await change.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(change).toHaveCount(0);
  // The Change time button went with the schedule: the focus goes to the line that says why.
  const overtaken = page.getByTestId('schedule-overtaken');
  await expect(overtaken).toContainText('It began going out before the change was made.');
  await expect(overtaken.locator('p')).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  const detail = (await (await page.request.get(`/api/messages/${id}`)).json()) as {
    outcome: string;
  };
  expect(detail.outcome).not.toBe('scheduled');
});

test.describe('in Shanghai, in Chinese', () => {
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('定时发送… names the time zone, and the time chosen is the instant sent', async ({
    page,
  }, testInfo) => {
    const ids = uniqueIds('schedzh', 2);
    const compose = new ComposeFlow(page, 'zh');
    await compose.open();
    await compose.write('text', `定时 ${ids[0]}`);
    await compose.pasteList(ids);
    const dialog = await compose.review();
    await expect(dialog.getByTestId('review-duration')).toHaveText(
      '1 次请求，约 1 秒（每秒 20 次）',
    );
    await dialog.getByRole('button', { name: '定时发送…' }).click();
    await expect(dialog.getByText('按你的时区：Asia/Shanghai, GMT+8')).toBeVisible();
    await dialog.getByRole('button', { name: '改为立即发送' }).click();
    await expect(dialog.getByLabel('发送时间')).toHaveCount(0);
    await dialog.getByRole('button', { name: '定时发送…' }).click();

    const expected = Date.now() + 3_600_000;
    await dialog.getByLabel('发送时间').fill(await localInput(page, 3_600_000));
    await saveScreenshot(page, testInfo, 'schedule-zh-review');
    await dialog.getByTestId('confirm-send').click();
    const result = dialog.getByTestId('send-result');
    await expect(result).toHaveAttribute('data-outcome', 'scheduled');
    await expect(result).toContainText('（Asia/Shanghai, GMT+8）发给2 人');
    const href = await dialog.getByRole('link').first().getAttribute('href');
    const detail = (await (
      await page.request.get(`/api/messages/${href?.split('/').at(-1)}`)
    ).json()) as { sendAt: string; id: string };
    // To the second: the browser's wall clock in Shanghai is the same instant in UTC.
    expect(Math.abs(Date.parse(detail.sendAt) - expected)).toBeLessThan(2000);
    expect((await page.request.delete(`/api/messages/${detail.id}`)).status()).toBe(200);
  });
});

const TITLES = {
  en: {
    schedule: 'Schedule…',
    sendAt: 'Send at',
    open: 'Open in history',
    created: 'Created',
    scheduledFor: 'Scheduled for',
    wasScheduledFor: 'Was scheduled for',
    scheduled: (time: string) => `Text scheduled for ${time}`,
    cancelled: 'Text cancelled',
    cancel: /^Cancel the scheduled/,
    confirmCancel: 'Cancel the send',
    nothingSent: 'Nothing was sent',
    sent: /\bsent\b/i,
    ledgerScheduled: 'Scheduled',
    ledgerCancelled: 'Not sent (cancelled)',
    ledgerSending: 'Sending',
  },
  zh: {
    schedule: '定时发送…',
    sendAt: '发送时间',
    open: '在发送记录中查看',
    created: '创建时间',
    scheduledFor: '定时发送时间',
    wasScheduledFor: '原定发送时间',
    scheduled: (time: string) => `定于 ${time} 发送的文本`,
    cancelled: '已取消的文本',
    cancel: /^取消.*定时文本$/,
    confirmCancel: '取消发送',
    nothingSent: '没有发送任何内容',
    sent: /发送的文本/,
    ledgerScheduled: '已定时',
    ledgerCancelled: '未发送（已取消）',
    ledgerSending: '发送中',
  },
} as const;

for (const lang of ['en', 'zh'] as const) {
  test(`a scheduled send, then cancelled, is never titled sent, in ${lang}`, async ({
    page,
  }, testInfo) => {
    const text = TITLES[lang];
    const ids = uniqueIds(`title${lang}`, 2);
    const compose = new ComposeFlow(page, lang);
    await compose.open();
    await compose.write('text', `Tomorrow ${ids[0]}`);
    await compose.pasteList(ids);
    const dialog = await compose.review();
    await dialog.getByRole('button', { name: text.schedule }).click();
    await dialog.getByLabel(text.sendAt).fill(await localInput(page, 30 * 3_600_000));
    await dialog.getByTestId('confirm-send').click();
    await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'scheduled');
    await dialog.getByRole('link', { name: text.open }).click();

    const heading = page.getByRole('heading', { level: 1 });
    const facts = page.locator('.hs-facts');
    const scheduledFor = page.getByTestId('scheduled-for');
    await expect(facts.getByText(text.scheduledFor, { exact: true })).toBeVisible();
    const goes = (await scheduledFor.textContent()) ?? '';
    await expect(heading).toHaveText(text.scheduled(goes));
    await expect(facts.getByText(text.created, { exact: true })).toBeVisible();
    await expect(page.getByTestId('created-time')).not.toHaveText(goes);
    // Each person in the ledger waits with the send, not 'sending'.
    const ledger = page.locator('.hs-table-wrap').last();
    await expect(ledger.getByText(text.ledgerScheduled, { exact: true })).toHaveCount(2);
    await expect(ledger.getByText(text.ledgerSending, { exact: true })).toHaveCount(0);
    await saveScreenshot(page, testInfo, `schedule-${lang}-detail-scheduled`);

    await page.getByRole('button', { name: text.cancel }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: text.confirmCancel, exact: true })
      .click();
    await expect(heading).toHaveText(text.cancelled);
    await expect(page.getByTestId('send-result')).toContainText(text.nothingSent);
    await expect(facts.getByText(text.wasScheduledFor, { exact: true })).toBeVisible();
    await expect(scheduledFor).toHaveText(goes);
    await expect(facts.getByText(text.created, { exact: true })).toBeVisible();
    await expect(ledger.getByText(text.ledgerCancelled, { exact: true })).toHaveCount(2);
    await expect(ledger.getByText(text.ledgerSending, { exact: true })).toHaveCount(0);
    await saveScreenshot(page, testInfo, `schedule-${lang}-detail-cancelled`);

    await page.reload();
    await expect(heading).toHaveText(text.cancelled);
    await expect(heading).not.toHaveText(text.sent);
    await page.goto(`/history?lang=${lang}`);
    await expect(page.getByRole('columnheader', { name: text.created, exact: true })).toBeVisible();
    await saveScreenshot(page, testInfo, `schedule-${lang}-history-created`);
  });
}
