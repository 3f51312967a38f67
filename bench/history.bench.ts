// The history page with 200 sends recorded: opening it, paging through it, and opening every
// preview on a page, in Chromium against the real server (sandbox mode, so the sends are real
// ones through the sandbox's Mind endpoint).
import type { Page } from '@playwright/test';
import { loadavg } from 'node:os';
import { figureOf, launchBrowser, report, startAppServer } from './support';

const SENDS = 200;
const OPEN_RUNS = 20;

/** Four kinds of message, as a real history holds them. */
function message(index: number): Record<string, unknown> {
  switch (index % 4) {
    case 0:
      return { msg_type: 'text', content: { text: `Reminder ${index}: the review is at 3 pm.` } };
    case 1:
      return {
        msg_type: 'markdown',
        content: {
          text: `**Notice ${index}** <font color="red">today</font> [details](https://example.com/${index})`,
        },
      };
    case 2:
      return {
        msg_type: 'rich_text',
        content: [
          {
            type: 'heading',
            attrs: { level: 2 },
            content: [{ type: 'text', text: `Title ${index}` }],
          },
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Body text, bold once.', marks: [{ type: 'bold' }] }],
          },
        ],
      };
    default:
      return {
        msg_type: 'interactive',
        content: {
          config: { wide_screen_mode: true },
          header: { template: 'blue', title: { tag: 'plain_text', content: `Card ${index}` } },
          elements: [
            { tag: 'markdown', content: `Item **${index}** is due.` },
            {
              tag: 'action',
              action: [
                {
                  tag: 'button',
                  text: { tag: 'plain_text', content: 'Open' },
                  type: 'view',
                  template: 'white',
                  url: `https://example.com/${index}`,
                },
              ],
            },
          ],
        },
      };
  }
}

async function settle(url: string, id: string): Promise<void> {
  for (;;) {
    const detail = (await (await fetch(`${url}/api/messages/${id}`)).json()) as { outcome: string };
    if (detail.outcome !== 'sending') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Time from `action` to the history table showing rows whose first id differs from before. */
async function timeRows(page: Page, what: string, action: () => Promise<unknown>): Promise<number> {
  const before = await page
    .locator('[data-testid="history-row"]')
    .first()
    .getAttribute('data-send-id', { timeout: 1 })
    .catch(() => null);
  const started = Date.now();
  await action();
  await page
    .waitForFunction(
      (previous) => {
        const rows = document.querySelectorAll('[data-testid="history-row"]');
        return rows.length === 20 && rows[0]?.getAttribute('data-send-id') !== previous;
      },
      before,
      { timeout: 30_000, polling: 'raf' },
    )
    .catch((error: unknown) => {
      throw new Error(`${what}: the rows did not change`, { cause: error });
    });
  return Date.now() - started;
}

// One client makes every request here: lift the per-address rate limit.
const server = await startAppServer({ env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
const browser = await launchBrowser();
try {
  for (let index = 0; index < SENDS; index += 1) {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...message(index),
        audience: { kind: 'users', ids: [`ou_history${index}`, `ou_history${index}b`] },
      }),
    });
    if (response.status !== 202) throw new Error(`send ${index} refused: ${response.status}`);
    await settle(server.url, ((await response.json()) as { id: string }).id);
  }

  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/history?lang=en`);
  await page.locator('[data-testid="history-row"]').nth(19).waitFor();

  const open: number[] = [];
  for (let run = 0; run < OPEN_RUNS; run += 1) {
    await page.goto('about:blank');
    open.push(
      await timeRows(page, `open ${run}`, () => page.goto(`${server.url}/history?lang=en`)),
    );
  }

  const paging: number[] = [];
  const older = page.getByRole('button', { name: 'Older' });
  const newer = page.getByRole('button', { name: 'Newer' });
  for (let step = 0; step < SENDS / 20 - 1; step += 1)
    paging.push(await timeRows(page, `older ${step}`, () => older.click()));
  for (let step = 0; step < SENDS / 20 - 1; step += 1)
    paging.push(await timeRows(page, `newer ${step}`, () => newer.click()));

  const previews: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    await page.reload();
    await page.locator('[data-testid="history-row"]').nth(19).waitFor();
    const toggles = page.locator('[data-testid="history-row"] button[aria-expanded="false"]');
    if ((await toggles.count()) !== 20) throw new Error('expected a preview toggle on each row');
    const started = Date.now();
    for (let row = 0; row < 20; row += 1) await toggles.first().click();
    await page.locator('.hs-row__preview [data-testid="message-preview"]').nth(19).waitFor();
    previews.push(Date.now() - started);
  }

  const load = `Machine load average at the end: ${loadavg()[0]?.toFixed(1)}.`;
  report({
    suite: 'History',
    figures: [
      figureOf(
        `the history page with ${SENDS} sends: navigation → first 20 rows shown`,
        'ms',
        open,
        `${SENDS} sends recorded through the API in sandbox mode (text, markdown, rich text and cards in turn, two recipients each). Chromium, the built app, warm cache: from about:blank, page.goto(/history) until the table shows 20 rows (checked every animation frame); ${OPEN_RUNS} runs. Wall time in the bench process, so it includes Playwright's round trips. ${load}`,
      ),
      figureOf(
        'the history page: Older / Newer → the next 20 rows shown',
        'ms',
        paging,
        `The same page: a click on Older through all ${SENDS / 20} pages and on Newer back, each until the table shows the other page's 20 rows (each page a fresh GET /api/messages). Wall time in the bench process. ${load}`,
      ),
      figureOf(
        'the history page: open all 20 previews on a page',
        'ms',
        previews,
        `The same page, reloaded; each row's preview toggle clicked in turn (20 Playwright clicks, each a full round trip) until the 20th preview is rendered. 5 runs. ${load}`,
      ),
    ],
  });
} finally {
  await browser.close();
  await server.close();
}
