import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Designer } from './support/designerPage';
import { canvasTitle, designerCard, pasteIntoImport } from './support/exchangeFlow';
import { saveScreenshot } from './support/screenshot';

/*
 * The card's full settings (issue 20): every config field and a button's action_platform set
 * from the keyboard and seen in the export, a schemeless view address mended in one click, and
 * a card carrying all of them imported and exported again unchanged.
 */
const test = base.extend<{ designer: Designer }>({
  designer: async ({ page }, use) => {
    await use(new Designer(page));
  },
});
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 90_000 });

/** Focuses `control` and presses `key`, as a keyboard user does once they are on it. */
async function press(control: Locator, key: string): Promise<void> {
  await control.focus();
  await expect(control).toBeFocused();
  await control.press(key);
}

/** Serious or critical axe findings in the inspector and Checks (the new controls live there). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('[data-designer-inspector]')
    .include('.dz-checks')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
}

test('sets every card setting and the button platform by keyboard, and exports them', async ({
  designer,
  page,
}) => {
  await designer.open();
  await designer.openCardSettings();
  const inspector = designer.inspector;
  const forward = inspector.getByRole('switch', { name: 'Allow forwarding' });
  await expect(forward).toBeChecked();
  await expect(forward).toHaveAccessibleDescription(/3\.31\.0 or later/);
  await expect(forward).toHaveAccessibleDescription(/buttons .* are turned off/);
  const external = inspector.getByRole('switch', { name: 'External forwarding' });
  await expect(external).not.toBeChecked();
  await expect(external).toHaveAccessibleDescription(/external groups and external contacts/);

  await press(forward, 'Space');
  await press(external, 'Space');
  await press(inspector.getByRole('switch', { name: 'Shared card' }), 'Space');
  await press(inspector.getByRole('switch', { name: 'Detail preview' }), 'Space');
  await expect(forward).not.toBeChecked();
  await expect(external).toBeChecked();
  const businessType = inspector.getByRole('textbox', { name: 'Business type' });
  await businessType.focus();
  await page.keyboard.type('approval');

  await designer.paletteItem('Buttons').focus();
  await page.keyboard.press('Enter');
  const button = designer.button(1);
  await button.getByRole('textbox', { name: 'Label' }).focus();
  await page.keyboard.type('Open');
  const notSet = button.getByRole('radio', { name: 'Not set' });
  await expect(notSet).toBeChecked();
  // An arrow moves the focus and the choice together; Space on it keeps it, as for any radio.
  await press(notSet, 'ArrowRight');
  const allClients = button.getByRole('radio', { name: 'All clients' });
  await expect(allClients).toBeFocused();
  await page.keyboard.press('Space');
  await expect(allClients).toBeChecked();
  await button.getByRole('textbox', { name: 'Web address' }).focus();
  await page.keyboard.type('https://mind.im30.net/');

  expect(await designer.exportedCard()).toEqual({
    config: {
      enable_forward: false,
      is_share_card: true,
      data_visualization_mode: true,
      enable_forward_external: true,
      business_type: 'approval',
    },
    header: { template: 'blue', title: { content: '' } },
    elements: [
      {
        tag: 'action',
        action: [
          {
            tag: 'button',
            text: { tag: 'plain_text', content: 'Open' },
            type: 'view',
            url: 'https://mind.im30.net/',
            template: 'default',
            action_platform: 'all',
          },
        ],
      },
    ],
  });

  // Back to "not set": the field leaves the export; an emptied business type too.
  await press(allClients, 'ArrowLeft');
  await expect(notSet).toBeFocused();
  await page.keyboard.press('Space');
  await expect(notSet).toBeChecked();
  await designer.openCardSettings();
  await businessType.fill('');
  const card = (await designer.exportedCard()) as {
    config: Record<string, unknown>;
    elements: { action: Record<string, unknown>[] }[];
  };
  expect(card.config).not.toHaveProperty('business_type');
  expect(card.elements[0]?.action[0]).not.toHaveProperty('action_platform');
});

test('a schemeless address is a warning, mended in one click at the field or from Checks', async ({
  designer,
  page,
}) => {
  await designer.open();
  await designer.openCardSettings();
  await designer.inspector.getByLabel('Title').fill('Links');
  await designer.paletteItem('Buttons').click();
  const button = designer.button(1);
  await button.getByLabel('Label').fill('Open');
  const url = button.getByRole('textbox', { name: 'Web address' });
  await url.fill('mind.im30.net/');

  const warning = 'has no scheme: add https:// (https://mind.im30.net/)';
  await expect(button.getByText(warning)).toBeVisible();
  await expect(url).not.toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(new RegExp(warning.replace(/[()/.]/g, '\\$&')));
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText('1 warning');
  await expect(checks).not.toContainText(/error/i);
  // The preview never follows it as a path on this site.
  const preview = page.getByTestId('message-preview');
  await expect(preview.getByRole('button', { name: 'Open' })).toBeVisible();
  await expect(preview.getByRole('link')).toHaveCount(0);

  // At the field: one click, and focus stays on the address.
  await button.getByRole('button', { name: 'Add https://' }).click();
  await expect(url).toHaveValue('https://mind.im30.net/');
  await expect(url).toBeFocused();
  await expect(button.getByText(warning)).toBeHidden();
  await expect(checks).toContainText('No problems found');
  await expect(preview.getByRole('link', { name: 'Open' })).toHaveAttribute(
    'href',
    'https://mind.im30.net/',
  );

  // From Checks, with the keyboard: the fix applies and the mended field gets focus.
  await url.fill('docs.example.com/a?b=1');
  const fix = checks.getByRole('button', { name: 'Add https://', exact: true });
  await press(fix, 'Enter');
  await expect(url).toHaveValue('https://docs.example.com/a?b=1');
  await expect(url).toBeFocused();
  await expect(checks).toContainText('No problems found');
  await designer.undo();
  await expect(url).toHaveValue('docs.example.com/a?b=1');

  // What is no host at all stays an error, with nothing to mend.
  await url.fill('/relative');
  await expect(button.getByText(/is not a complete web address/)).toBeVisible();
  await expect(button.getByRole('button', { name: 'Add https://' })).toHaveCount(0);
});

test('a card with every setting imports with nothing unknown and exports unchanged', async ({
  page,
}) => {
  const card = {
    config: {
      business_type: 'approval',
      enable_forward: true,
      enable_forward_external: true,
      is_share_card: false,
      data_visualization_mode: true,
    },
    header: { template: 'green', title: { content: 'Settings round trip' } },
    elements: [
      {
        tag: 'action',
        action: [
          {
            action_platform: 'all',
            tag: 'button',
            text: { content: 'Guide', tag: 'plain_text' },
            type: 'view',
            url: 'mind.im30.net/',
          },
          {
            tag: 'button',
            text: { content: 'Later', tag: 'plain_text' },
            type: 'click',
            event: 'later',
            action_platform: 'desktop',
          },
        ],
      },
    ],
  };
  const text = `${JSON.stringify(card, null, 2)}\n`;
  await page.goto('/designer?lang=en');
  const dialog = await pasteIntoImport(page, text);
  await expect(dialog.getByTestId('import-found')).toContainText('card');
  await expect(dialog.getByTestId('import-kept')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Open in the designer' }).click();
  await expect(canvasTitle(page)).toContainText('Settings round trip');
  await expect
    .poll(async () => JSON.stringify(await designerCard(page)))
    .toBe(JSON.stringify(card));

  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).toContainText('2 warnings');
  await expect(checks).toContainText('Button platform “desktop” is not one Mind documents');
  // The unknown platform is offered as it is, beside the documented one.
  await page.locator('[data-block-handle]').first().click();
  await expect(
    page.locator('[data-designer-inspector]').getByRole('radio', { name: 'desktop' }),
  ).toBeChecked();

  await page
    .getByRole('toolbar', { name: 'Designer actions' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Download card JSON' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(text);
});

for (const language of ['en', 'zh'] as const) {
  test(`screenshots of the card settings and a schemeless address, no serious axe finding, in ${language === 'en' ? 'English' : 'Chinese'}`, async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext({
      locale: language === 'zh' ? 'zh-CN' : 'en-US',
      viewport: { width: 1440, height: 1100 },
    });
    const page = await context.newPage();
    const designer = new Designer(page);
    await designer.open(`lang=${language}`);
    await page
      .getByRole('region', { name: language === 'zh' ? '组件' : 'Blocks', exact: true })
      .getByRole('button')
      .nth(2)
      .click();
    const url = designer.inspector.locator('input[type="url"]');
    await url.fill('mind.im30.net/');
    const fix = language === 'zh' ? '添加 https://' : 'Add https://';
    await expect(designer.inspector.getByRole('button', { name: fix })).toBeVisible();
    await saveScreenshot(page, testInfo, `card-settings-button-${language}`);
    expect(await seriousViolations(page)).toEqual([]);

    await page
      .getByRole('button', { name: language === 'zh' ? /卡片设置/ : /Card settings/ })
      .first()
      .click();
    await expect(
      designer.inspector.getByRole('switch', {
        name: language === 'zh' ? '外部转发' : 'External forwarding',
      }),
    ).toBeVisible();
    await saveScreenshot(page, testInfo, `card-settings-${language}`);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
}

test('the header colour follows the arrow keys, each press checking the swatch it moves to', async ({
  designer,
  page,
}) => {
  await designer.open();
  await designer.openCardSettings();
  const swatch = (name: string) => designer.inspector.getByRole('radio', { name, exact: true });
  await expect(swatch('Blue')).toBeChecked();
  // Playwright's press lets the key up at once: the choice must not wait for it to stay down.
  await press(swatch('Blue'), 'ArrowRight');
  await expect(swatch('Purple')).toBeFocused();
  await expect(swatch('Purple')).toBeChecked();
  for (const [key, name] of [
    ['ArrowLeft', 'Blue'],
    ['ArrowLeft', 'Green'],
    ['ArrowLeft', 'Red'],
    ['ArrowLeft', 'Yellow'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(swatch(name)).toBeChecked();
  }
  expect((await designer.exportedCard()) as { header?: unknown }).toMatchObject({
    header: { template: 'yellow' },
  });
});
