import { expect, test, type Page } from '@playwright/test';
import { ComposeFlow, setDesignerCard, type Lang, type MsgType } from './support/composeFlow';
import {
  LIVE_URL,
  broadcastsWith,
  expectedBody,
  queueFault,
  requestsTo,
  uniqueIds,
  type WireBody,
} from './support/liveMind';
import { saveScreenshot } from './support/screenshot';

/*
 * Compose against the server in live mode, whose Mind is the mock: what the person does in
 * the browser, and exactly what Mind receives. Every test uses open_ids of its own.
 */
test.use({ baseURL: LIVE_URL, viewport: { width: 1440, height: 1300 } });
// Each test walks the whole flow, 250 recipients included: generous on a busy machine.
test.describe.configure({ timeout: 120_000 });

const markerOf = (ids: readonly string[]) => (ids[0] ?? '').slice(3, 15);

function cardWith(marker: string) {
  return {
    config: { enable_forward: true, is_share_card: false },
    header: { template: 'green', title: { content: `Team update ${marker}` } },
    elements: [
      { tag: 'markdown', content: `**Hello** <font color="#006DF9">team</font> ${marker}` },
      {
        tag: 'action',
        action: [
          {
            tag: 'button',
            text: { content: 'Open', tag: 'plain_text' },
            type: 'view',
            template: 'default',
            url: 'https://example.com/',
          },
        ],
      },
    ],
  };
}

/** Writes a message of `type` carrying `marker`, and returns the content Mind must receive. */
async function writeMessage(page: Page, compose: ComposeFlow, type: MsgType, marker: string) {
  switch (type) {
    case 'text': {
      const text = `The office is closed on Friday. ${marker}`;
      await compose.write('text', text);
      return { text };
    }
    case 'markdown': {
      const text = `**Closed** on <font color="#006DF9">Friday</font> ${marker}`;
      await compose.write('markdown', text);
      return { text };
    }
    case 'rich_text': {
      const text = `Rich hello ${marker}`;
      await compose.write('rich_text', text);
      await expect(page.getByTestId('message-preview').first()).toContainText(text);
      return [{ type: 'paragraph', content: [{ type: 'text', text }] }];
    }
    case 'interactive': {
      const card = cardWith(marker);
      await setDesignerCard(page, card);
      await compose.chooseType('interactive');
      await expect(page.getByText(`Team update ${marker}`).first()).toBeVisible();
      return card;
    }
  }
}

const TYPES: MsgType[] = ['text', 'markdown', 'rich_text', 'interactive'];

for (const type of TYPES) {
  test(`sends ${type} to one person: one request with receive_id, and the history shows it`, async ({
    page,
  }) => {
    const [id = ''] = uniqueIds('one', 1);
    const compose = new ComposeFlow(page);
    await compose.open();
    const content = await writeMessage(page, compose, type, markerOf([id]));
    await compose.typeOne(id);
    const result = await compose.send();
    await expect(result).toContainText('1 of 1 requests done');

    await expect.poll(async () => (await requestsTo([id])).length).toBe(1);
    const [request] = await requestsTo([id]);
    expect(request?.rawBody).toBe(expectedBody({ receive_id: id }, type, content));

    await page.getByRole('dialog').getByRole('link', { name: 'Open in history' }).click();
    await expect(page).toHaveURL(/\/history\/[0-9a-f-]+$/);
    await expect(
      page.getByRole('region', { name: 'Message' }).getByTestId('message-preview'),
    ).toContainText(markerOf([id]));
    await expect(page.getByTestId('batch-row')).toHaveCount(1);
    await expect(page.getByTestId('request-id')).toHaveText(request?.headers['x-request-id'] ?? '');
    await page.getByRole('link', { name: 'All sends' }).click();
    await expect(page.getByTestId('history-row').filter({ hasText: id })).toContainText('Sent');
  });

  test(`sends ${type} to a list of 250 in 3 batches, each body exactly as expected`, async ({
    page,
  }) => {
    const ids = uniqueIds('list', 250);
    const compose = new ComposeFlow(page);
    await compose.open();
    const content = await writeMessage(page, compose, type, markerOf(ids));
    await compose.pasteList(ids);
    await expect(page.getByTestId('recipient-count')).toHaveText('250 recipients');
    const dialog = await compose.review();
    await expect(dialog.getByTestId('review-batches')).toHaveText(
      '3 requests (up to 100 people each)',
    );
    await dialog.getByTestId('confirm-send').click();
    await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'sent', {
      timeout: 20_000,
    });
    await expect(dialog.getByTestId('send-result')).toContainText('3 of 3 requests done');

    await expect.poll(async () => (await requestsTo(ids)).length).toBe(3);
    const bodies = (await requestsTo(ids)).map((request) => request.rawBody).sort();
    const expected = [ids.slice(0, 100), ids.slice(100, 200), ids.slice(200)]
      .map((batch) => expectedBody({ receive_ids: batch }, type, content))
      .sort();
    expect(bodies).toEqual(expected);
  });
}

test('all subscribers needs the typed phrase, then sends one request with no receive_id(s)', async ({
  page,
}, testInfo) => {
  const marker = uniqueIds('all', 1)[0] ?? '';
  const compose = new ComposeFlow(page);
  await compose.open();
  const text = `Everyone: the building is closed today. ${marker}`;
  await compose.write('text', text);
  await compose.chooseRecipients('all');
  await expect(page.getByTestId('all-subscribers-warning')).toContainText(
    'This goes to every subscriber',
  );
  await expect(page.getByText('The server is live: real people will receive it.')).toBeVisible();
  await expect(compose.reviewButton()).toBeDisabled();
  const phrase = page.getByRole('textbox', { name: 'To confirm, type ALL' });
  for (const wrong of ['all', 'AL', 'ALL!']) {
    await phrase.fill(wrong);
    await expect(compose.reviewButton()).toBeDisabled();
  }
  await phrase.fill('ALL');
  await expect(compose.reviewButton()).toBeEnabled();
  await saveScreenshot(page, testInfo, 'compose-live-en-all-confirmed');

  // Leaving "all" and coming back asks for the phrase again.
  await compose.chooseRecipients('list');
  await compose.chooseRecipients('all');
  await expect(compose.reviewButton()).toBeDisabled();
  await phrase.fill('ALL');

  const dialog = await compose.review();
  await expect(dialog).toContainText('Every subscriber will receive this message.');
  await dialog.getByRole('button', { name: 'Send to every subscriber' }).click();
  await expect(dialog.getByTestId('send-result')).toHaveAttribute('data-outcome', 'sent', {
    timeout: 20_000,
  });

  await expect.poll(async () => (await broadcastsWith(marker)).length).toBe(1);
  const [request] = await broadcastsWith(marker);
  const body = request?.body as WireBody;
  expect(body).not.toHaveProperty('receive_id');
  expect(body).not.toHaveProperty('receive_ids');
  expect(request?.rawBody).toBe(expectedBody({}, 'text', { text }));

  // The phrase was for that send: another to everyone asks for it again.
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(phrase).toHaveValue('');
  await expect(compose.reviewButton()).toBeDisabled();
});

test('a 5xx then success shows one success with one request id', async ({ page }) => {
  const [id = ''] = uniqueIds('retry', 1);
  await queueFault(id, { kind: 'status', status: 503 });
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', `After a hiccup ${id}`);
  await compose.typeOne(id);
  const result = await compose.send('sent');
  await expect(result).toContainText('Sent');

  await expect.poll(async () => (await requestsTo([id])).length).toBe(2);
  const requests = await requestsTo([id]);
  expect(requests.map((request) => request.answer)).toEqual(['status', 'ok']);
  const requestId = requests[0]?.headers['x-request-id'];
  expect(requests[1]?.headers['x-request-id']).toBe(requestId);

  await page.getByRole('dialog').getByRole('link', { name: 'Open in history' }).click();
  await expect(page).toHaveURL(/\/history\/[0-9a-f-]+$/);
  await expect(page.getByTestId('batch-row')).toHaveCount(1);
  await expect(page.getByTestId('batch-row')).toContainText('Sent');
  await expect(page.getByTestId('request-id')).toHaveText(requestId ?? '');
});

for (const lang of ['en', 'zh'] as Lang[]) {
  test(`a non-200 code shows Mind's msg (${lang})`, async ({ page }, testInfo) => {
    const [id = ''] = uniqueIds('code', 1);
    const msg = `receive_id ${id} is not a subscriber of this app`;
    await queueFault(id, { kind: 'code', code: 40003, msg });
    const compose = new ComposeFlow(page, lang);
    await compose.open();
    await compose.write('text', `Will be refused ${id}`);
    await compose.typeOne(id);
    const result = await compose.send('failed');
    await expect(result.getByTestId('failure')).toContainText(msg);
    await expect(result.getByTestId('failure')).toContainText('code 40003');
    await expect(result).toContainText(
      lang === 'en' ? 'Mind refused this request.' : 'Mind 拒绝了这次请求。',
    );
    await saveScreenshot(page, testInfo, `compose-live-${lang}-failed`);
  });
}

test('retry failed re-sends only the failed batch', async ({ page }, testInfo) => {
  const ids = uniqueIds('partial', 250);
  const blocked = ids[150] ?? '';
  await queueFault(blocked, { kind: 'code', code: 50010, msg: 'temporarily unavailable' });
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('markdown', `**Partial** ${markerOf(ids)}`);
  await compose.pasteList(ids);
  const result = await compose.send('partial');
  await expect(result).toContainText('2 of 3 requests went through');
  await expect(result.getByTestId('failure')).toHaveCount(1);
  await expect(result.getByTestId('failure')).toContainText('Request 2 of 3 (100 people)');
  await expect(result.getByTestId('failure')).toContainText('temporarily unavailable');
  await saveScreenshot(page, testInfo, 'compose-live-en-partial');

  await expect.poll(async () => (await requestsTo(ids)).length).toBe(3);
  const first = await requestsTo(ids);
  const failed = first.find((request) => (request.body as WireBody).receive_ids?.includes(blocked));

  await result.getByRole('button', { name: 'Retry the failed request' }).click();
  await expect(result).toHaveAttribute('data-outcome', 'sent', { timeout: 20_000 });

  await expect.poll(async () => (await requestsTo(ids)).length).toBe(4);
  const retried = (await requestsTo(ids))[3];
  expect(retried?.rawBody).toBe(failed?.rawBody);
  expect((retried?.body as WireBody).receive_ids).toEqual(ids.slice(100, 200));
  expect(retried?.headers['x-request-id']).toBe(failed?.headers['x-request-id']);
  await saveScreenshot(page, testInfo, 'compose-live-en-retried');
});

test('the bar shows requests done while a slow batch is still out', async ({ page }) => {
  const ids = uniqueIds('slow', 250);
  await queueFault(ids[249] ?? '', { kind: 'delay', ms: 4_500 });
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', `Slow one ${markerOf(ids)}`);
  await compose.pasteList(ids);
  const dialog = await compose.review();
  await dialog.getByTestId('confirm-send').click();
  const result = dialog.getByTestId('send-result');
  const bar = result.getByRole('progressbar', { name: 'Requests done' });
  await expect(result).toHaveAttribute('data-outcome', 'sending');
  await expect(bar).toHaveAttribute('aria-valuemax', '3');
  await expect(bar).toHaveAttribute('aria-valuenow', '2');
  await expect(result).toContainText('2 of 3 requests done');
  await expect(result).toHaveAttribute('data-outcome', 'sent', { timeout: 20_000 });
  await expect(bar).toHaveAttribute('aria-valuenow', '3');
});

test('while the server does not answer, the result says its progress is not known, and shows it again once it does', async ({
  page,
}) => {
  const ids = uniqueIds('lost', 250);
  // The last batch hangs every attempt: the send stays `sending` for the whole test.
  await queueFault(ids[249] ?? '', { kind: 'hang' }, 3);
  const compose = new ComposeFlow(page);
  await compose.open();
  await compose.write('text', `Lost contact ${markerOf(ids)}`);
  await compose.pasteList(ids);
  const dialog = await compose.review();
  await dialog.getByTestId('confirm-send').click();
  const result = dialog.getByTestId('send-result');
  await expect(result).toHaveAttribute('data-outcome', 'sending');
  await expect(result).toContainText('2 of 3 requests done');

  // The server stops answering the poll: no stale "about 1 s left", a notice instead.
  const progress = '**/api/messages/*/progress';
  await page.route(progress, (route) => route.abort('connectionrefused'));
  const notice = result.getByTestId('lost-contact');
  await expect(notice).toHaveText(
    "Lost contact with the server: this send's progress is not known. It goes on when the server is back; see History.",
  );
  await expect(result.getByTestId('time-left')).toHaveCount(0);

  // It answers again: the notice goes and the progress is shown.
  await page.unroute(progress);
  await expect(notice).toHaveCount(0);
  await expect(result).toHaveAttribute('data-outcome', 'sending');
  await expect(result).toContainText('2 of 3 requests done');
});
