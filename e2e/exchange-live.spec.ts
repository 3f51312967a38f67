import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { putDesignerCard } from './support/exchangeFlow';
import { LIVE_URL, MOCK_URL, requestsTo, uniqueIds, type WireBody } from './support/liveMind';
import { saveScreenshot } from './support/screenshot';

/*
 * The code the export dialog hands an engineer, run for real: the server is in live mode with
 * the mock Mind as MIND_API_URL (playwright.config.ts), the secret is put in the environment
 * only, and the mock must accept what the code sends — exactly the card that was designed.
 */
test.use({ baseURL: LIVE_URL, viewport: { width: 1440, height: 1100 } });
test.describe.configure({ timeout: 120_000 });

const APP_ID = 'mind_e2e_live';
const APP_SECRET = 'e2e-live-secret-not-real';

const card = (marker: string) => ({
  config: { enable_forward: true, is_share_card: false, wide_screen_mode: true },
  header: { template: 'green', title: { content: `发布 "v2" it's out ${marker}` } },
  elements: [
    {
      tag: 'markdown',
      content: `**Done** <font color="#006DF9">$HOME \`date\` \\n</font> ${marker}`,
    },
    {
      tag: 'action',
      action: [
        {
          tag: 'button',
          text: { content: '知道了', tag: 'plain_text' },
          type: 'click',
          event: 'ack',
          value: { card_id: '$card_id', ok: true, n: 1.5, none: null },
        },
      ],
    },
  ],
  i18n: { kept: true },
});

/** Opens the designer's code export and sets the recipients. */
async function openCodeExport(page: Page, recipients: string[]) {
  await page
    .getByRole('toolbar', { name: 'Designer actions' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  await page.getByRole('menuitem', { name: 'Code to send it: curl, TypeScript, Python…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Take this card away' });
  await expect(dialog).toContainText(`App id ${APP_ID}, sent to ${MOCK_URL}`);
  await dialog.getByLabel('Recipients in the code (open_ids)').fill(recipients.join(', '));
  return dialog;
}

function run(command: string, args: string[], env: Record<string, string>, cwd?: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** The one request Mind received for these recipients, checked against the designed card. */
async function expectDelivered(ids: string[], expected: unknown) {
  const requests = await requestsTo(ids);
  expect(requests).toHaveLength(1);
  const [request] = requests;
  expect(request?.answer).toBe('ok');
  expect(request?.headers['app-id']).toBe(APP_ID);
  expect(request?.headers['app-secret']).toBe(APP_SECRET);
  expect(request?.headers['x-request-id']).toMatch(/^\d{13}$/);
  const body = request?.body as WireBody;
  expect(Object.keys(body)).toEqual([
    ids.length === 1 ? 'receive_id' : 'receive_ids',
    'receive_type',
    'msg_type',
    'content',
  ]);
  expect(ids.length === 1 ? body.receive_id : body.receive_ids).toEqual(
    ids.length === 1 ? ids[0] : ids,
  );
  expect(body.msg_type).toBe('interactive');
  expect(body.content).toBe(JSON.stringify(expected));
}

test('the exported curl command, run in bash with the secret in the environment, is accepted', async ({
  page,
}, testInfo) => {
  const ids = uniqueIds('curl', 2);
  const expected = card(ids[0]!.slice(-12));
  await page.goto('/designer?lang=en');
  await putDesignerCard(page, expected);
  const dialog = await openCodeExport(page, ids);
  await dialog.getByRole('tab', { name: 'curl' }).click();
  const snippet = (await dialog.getByTestId('export-curl').textContent()) ?? '';
  expect(snippet).not.toContain(APP_SECRET);
  expect(snippet).toContain('$MIND_APP_SECRET');
  expect(snippet).toContain('EVERY subscriber');
  await saveScreenshot(page, testInfo, 'exchange-export-curl-en');

  // Without the secret it stops before sending anything.
  const refused = run('bash', ['-c', snippet], {});
  expect(refused.status).not.toBe(0);
  expect(refused.out).toContain('Set MIND_APP_SECRET first');
  expect(await requestsTo(ids)).toHaveLength(0);

  const sent = run('bash', ['-c', snippet], { MIND_APP_SECRET: APP_SECRET });
  expect(sent.out).toContain('"code":200');
  expect(sent.status).toBe(0);
  await expectDelivered(ids, expected);
});

test('the TypeScript and Python snippets send the same message', async ({ page }, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'mcs-snippets-'));
  const root = new URL('..', import.meta.url).pathname;

  const tsIds = uniqueIds('tsfetch', 1);
  const expected = card(tsIds[0]!.slice(-12));
  await page.goto('/designer?lang=en');
  await putDesignerCard(page, expected);
  let dialog = await openCodeExport(page, tsIds);
  await dialog.getByRole('tab', { name: 'TypeScript' }).click();
  const typescript = (await dialog.getByTestId('export-typescript').textContent()) ?? '';
  expect(typescript).not.toContain(APP_SECRET);
  writeFileSync(join(dir, 'send.mts'), typescript);
  // tsx only strips the types, as any TypeScript runner would.
  const ts = run(
    process.execPath,
    ['--import', 'tsx', join(dir, 'send.mts')],
    { MIND_APP_SECRET: APP_SECRET },
    root,
  );
  expect(ts.out).toContain('code: 200');
  await expectDelivered(tsIds, expected);
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();

  const pyIds = uniqueIds('python', 3);
  dialog = await openCodeExport(page, pyIds);
  await dialog.getByRole('tab', { name: 'Python' }).click();
  const python = (await dialog.getByTestId('export-python').textContent()) ?? '';
  expect(python).not.toContain(APP_SECRET);
  await saveScreenshot(page, testInfo, 'exchange-export-python-en');
  writeFileSync(join(dir, 'send.py'), python);
  const py = run('python3', [join(dir, 'send.py')], { MIND_APP_SECRET: APP_SECRET });
  expect(py.out).toContain("'code': 200");
  expect(py.status).toBe(0);
  await expectDelivered(pyIds, expected);
});

test('the export dialog in Chinese', async ({ page }, testInfo) => {
  await page.goto('/designer?lang=zh');
  await putDesignerCard(page, card('zh'));
  await page
    .getByRole('toolbar', { name: '设计器操作' })
    .getByRole('button', { name: /导出|Export/ })
    .click();
  await page.getByRole('menuitem', { name: '发送代码：curl、TypeScript、Python…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出这条卡片' });
  await expect(dialog).toContainText('导出的代码中绝不包含应用密钥');
  await expect(dialog.getByTestId('export-curl')).toContainText('ou_REPLACE_WITH_OPEN_ID');
  await saveScreenshot(page, testInfo, 'exchange-export-zh');
});
