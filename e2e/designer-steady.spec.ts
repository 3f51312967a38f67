import { expect, test } from '@playwright/test';

// Keyboard users keep their place: a control that a change removes or disables hands focus to
// the nearest control that still makes sense, never to the page.
test('focus stays in the button row when buttons are added, moved and removed', async ({
  page,
}) => {
  await page.goto('/designer?lang=en');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await page.locator('[data-block-handle]').nth(2).click();
  const inspector = page.locator('[data-designer-inspector]');
  const group = (position: number) => inspector.getByRole('group', { name: `Button ${position}` });
  await expect(group(2)).toBeVisible();

  // Adding a button puts the caret in its label.
  await inspector.getByRole('button', { name: 'Add a button' }).press('Enter');
  await expect(group(3).getByLabel('Label')).toBeFocused();
  await page.keyboard.type(' three');
  await expect(group(3).getByLabel('Label')).toHaveValue(/ three$/);

  // Moving a button keeps focus on it; at the top, on the arrow that can still move it.
  await group(3).getByRole('button', { name: 'Move button 3 up' }).press('Enter');
  await expect(group(2).getByRole('button', { name: 'Move button 2 up' })).toBeFocused();
  await expect(group(2).getByLabel('Label')).toHaveValue(/ three$/);
  await page.keyboard.press('Enter');
  await expect(group(1).getByLabel('Label')).toHaveValue(/ three$/);
  await expect(group(1).getByRole('button', { name: 'Move button 1 down' })).toBeFocused();

  // Removing a button focuses the remove button of the one that took its place, then the
  // one before it, then Add when none is left.
  await group(1).getByRole('button', { name: 'Remove button 1' }).press('Enter');
  await expect(group(1).getByRole('button', { name: 'Remove button 1' })).toBeFocused();
  await expect(group(3)).toHaveCount(0);
  await group(2).getByRole('button', { name: 'Remove button 2' }).press('Enter');
  await expect(group(1).getByRole('button', { name: 'Remove button 1' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('button', { name: 'Add a button' })).toBeFocused();
});

for (const lang of ['zh', 'en']) {
  test(`the workspace does not jump when the first edit is saved (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/designer?lang=${lang}`);
    const canvas = page.getByRole('region', { name: /^(Card canvas|卡片画布)$/ });
    await expect(canvas).toBeVisible();
    const before = await canvas.boundingBox();
    // The first edit changes the status from "autosaves" to "saved".
    await page.locator('.dz-palette__list button').first().click();
    await expect(page.locator('[data-block-handle]')).toHaveCount(1);
    await expect(page.locator('.dz-save__text:not([hidden])')).toHaveText(
      lang === 'zh' ? '草稿已保存' : 'Draft saved',
    );
    expect((await canvas.boundingBox())?.y).toBe(before?.y);
  });
}

test('undo and redo say what they did, for screen readers', async ({ page }) => {
  await page.goto('/designer?lang=en');
  await page.locator('.dz-palette__list button').first().click();
  await expect(page.locator('[data-block-handle]')).toHaveCount(1);
  const announcer = page.getByTestId('designer-announcer');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.locator('[data-block-handle]')).toHaveCount(0);
  await expect(announcer).toHaveText('Undone.');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(announcer).toHaveText('Nothing to undo.');
  await page
    .getByRole('toolbar', { name: 'Designer actions' })
    .getByRole('button', { name: 'Redo', exact: true })
    .click();
  await expect(page.locator('[data-block-handle]')).toHaveCount(1);
  await expect(announcer).toHaveText('Redone.');
});

test('each entry in Checks says which block and button it is about', async ({ page }) => {
  await page.goto('/designer?lang=en');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await page.locator('[data-block-handle]').nth(2).click();
  const inspector = page.locator('[data-designer-inspector]');
  const group = (position: number) => inspector.getByRole('group', { name: `Button ${position}` });
  await group(1).getByLabel('Web address').fill('');
  await inspector.getByRole('button', { name: 'Add a button' }).click();
  await group(3).getByLabel('Web address').fill('');
  const checks = page.getByRole('region', { name: /^Checks/ });
  const entries = checks.getByRole('button', { name: /needs a web address/ });
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Block 3 · Button 1');
  await expect(entries.nth(1)).toContainText('Block 3 · Button 3');
  // The entry takes you to the field it names.
  await entries.nth(1).click();
  await expect(group(3).getByLabel('Web address')).toBeFocused();
});

test('the line limit says why a number cannot be used', async ({ page }) => {
  await page.goto('/designer?lang=en');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await page.locator('[data-block-handle]').nth(1).click();
  await page.getByRole('button', { name: 'Limit to a number of lines' }).click();
  const lines = page.getByLabel('Show at most this many lines');
  await lines.fill('0');
  await expect(page.getByText('Write a whole number from 1 to 50')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await lines.fill('4');
  await expect(page.getByText('Write a whole number from 1 to 50')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Apply' })).toBeEnabled();
});

test('Tab stops once per block on the canvas; the block tools are shortcuts there', async ({
  page,
}) => {
  await page.goto('/designer?lang=en');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  const blocks = page.locator('[data-block-handle]');
  // The selected block shows its tools; Tab still goes on to the next block.
  await blocks.nth(0).click();
  await expect(page.getByRole('group', { name: 'Block actions' }).first()).toBeVisible();
  await blocks.nth(0).focus();
  await page.keyboard.press('Tab');
  await expect(blocks.nth(1)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(blocks.nth(2)).toBeFocused();
  // The same commands from the keyboard: duplicate, then delete the copy.
  await page.keyboard.press('ControlOrMeta+d');
  await expect(blocks).toHaveCount(4);
  await page.keyboard.press('Delete');
  await expect(blocks).toHaveCount(3);
});
