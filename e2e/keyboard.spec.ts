import { expect, test } from '@playwright/test';
import { ComposeFlow } from './support/composeFlow';

/* Compose and the history by keyboard alone: radio cards, and where the focus goes. */
test.use({ viewport: { width: 1440, height: 1500 } });
test.describe.configure({ timeout: 120_000 });

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
