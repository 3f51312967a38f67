import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseExactJson, stringifyJson } from '../src/mind';
import { Designer } from './support/designerPage';
import { canvasTitle, pasteIntoImport } from './support/exchangeFlow';

/*
 * A 19-digit id (a Snowflake-style order id) in a button value survives import, edit and export
 * digit for digit; JSON.parse alone would turn 1234567890123456789 into 1234567890123456800.
 */
const ID = '1234567890123456789';
const request = readFileSync('fixtures/golden/big-integer.request.json', 'utf8');
const content = (JSON.parse(request) as { content: string }).content;

test('a 19-digit id in a card survives import, edit and export unchanged', async ({ page }) => {
  const designer = new Designer(page);
  await designer.open();
  const dialog = await pasteIntoImport(page, request);
  await dialog.getByRole('button', { name: 'Open in the designer' }).click();
  await expect(canvasTitle(page)).toContainText('Order shipped');

  // Shown as written.
  await designer.block(1).click();
  const button = designer.button(1);
  const value = button.getByLabel('Value (JSON object)');
  await expect(value).toHaveValue(new RegExp(`"order_id": ${ID},`));

  // Another field edited: the value is kept.
  await button.getByLabel('Label').fill('Track the order');
  await expect(value).toHaveValue(new RegExp(`"order_id": ${ID},`));
  const exported = async () => {
    await designer.toolbarButton('Export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download card JSON' }).click(),
    ]);
    return readFileSync(await download.path(), 'utf8');
  };
  const edited = await exported();
  expect(edited).toContain(`"order_id": ${ID},`);
  expect(edited).toContain('"shard": 9007199254740993,');
  expect(edited).toContain('"refund": -98765432109876543210,');
  // Nothing else changed: the card as imported, pretty-printed.
  expect(edited.replace('Track the order', 'Track')).toBe(
    `${stringifyJson(parseExactJson(content), 2)}\n`,
  );

  // The value itself edited, to another id a number cannot hold.
  await value.fill('{ "order_id": 9223372036854775807 }');
  await expect(page.getByText('9223372036854775807').first()).toBeVisible();
  expect(await exported()).toContain('"order_id": 9223372036854775807');

  // And after a reload, from the draft kept in this browser.
  await page.reload();
  await expect(canvasTitle(page)).toContainText('Order shipped');
  expect(await exported()).toContain('"order_id": 9223372036854775807');
});
