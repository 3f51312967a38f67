import { expect, test, type Page } from '@playwright/test';
import {
  canvasTitle,
  designerCard,
  designerPreview,
  putDesignerCard,
  setMe,
  uniqueName,
} from './support/exchangeFlow';
import { saveScreenshot } from './support/screenshot';

/*
 * Templates as people use them: save a card from the designer, save it again (a version),
 * restore an old version and open it; two people saving the same template; the starter
 * gallery; the trash. The server's database is shared by the run: names are unique per test.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 90_000 });

const card = (title: string) => ({
  config: { enable_forward: true, is_share_card: false, data_visualization_mode: false },
  header: { template: 'purple', title: { content: title }, subtitle: 'kept' },
  elements: [
    { tag: 'markdown', content: `**${title}** body` },
    { tag: 'hr', style: 'dashed' },
  ],
  i18n: { note: 'unknown field, kept' },
});

async function openDesigner(page: Page, title: string, lang = 'en') {
  await page.goto(`/designer?lang=${lang}`);
  await putDesignerCard(page, card(title));
  await expect(canvasTitle(page)).toContainText(title);
}

/** Saves the designer's card through "Save as template"; a name makes a new template. */
async function saveFromDesigner(page: Page, name?: string) {
  await page
    .getByRole('toolbar', { name: 'Designer actions' })
    .getByRole('button', { name: 'Save as template' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  if (name) {
    const asNew = dialog.getByRole('radio', { name: 'as a new template' });
    if (await asNew.isVisible()) await asNew.check();
    // Laid out as on the templates page: its rules once came only with that page.
    const nameBox = await dialog.getByLabel('Name').boundingBox();
    const nextLabel = await dialog.getByText('Description (optional)').boundingBox();
    expect((nextLabel?.y ?? 0) - ((nameBox?.y ?? 0) + (nameBox?.height ?? 0))).toBeGreaterThan(8);
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Description (optional)').fill(`About ${name}`);
    await dialog.getByRole('button', { name: 'Save template' }).click();
  } else {
    await dialog.getByRole('button', { name: 'Save version' }).click();
  }
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: /^Saved “.*”, version \d+\.$/ }),
  ).toHaveCount(1);
}

/** A template's card in the gallery, by its exact name. */
const cardNamed = (page: Page, name: string) =>
  page
    .getByTestId('template-card')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });

/** Sets the card title in the designer's inspector (card settings). */
async function retitle(page: Page, title: string) {
  await canvasTitle(page).click();
  await page.locator('[data-designer-inspector]').getByLabel('Title').fill(title);
  await expect(canvasTitle(page)).toContainText(title);
}

async function findTemplate(page: Page, name: string) {
  await page.goto('/templates?lang=en');
  await page.getByRole('searchbox').fill(name);
  const found = cardNamed(page, name);
  await expect(found).toHaveCount(1);
  return found;
}

/** The template with exactly this name, as the server has it. */
async function apiTemplate(page: Page, name: string) {
  const response = await page.request.get(`/api/templates?q=${encodeURIComponent(name)}`);
  const list = (await response.json()) as {
    items: { id: string; name: string; version: number; content: unknown }[];
  };
  const matches = list.items.filter((item) => item.name === name);
  expect(matches).toHaveLength(1);
  return matches[0]!;
}

test('save a card as a template, save a new version, restore the first and open it', async ({
  page,
}, testInfo) => {
  const name = uniqueName('Launch notice');
  await openDesigner(page, 'First title');
  await setMe(page, 'Alice');
  await saveFromDesigner(page, name);
  expect((await apiTemplate(page, name)).version).toBe(1);

  await retitle(page, 'Second title');
  await page
    .getByRole('toolbar', { name: 'Designer actions' })
    .getByRole('button', { name: 'Save as template' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  await expect(dialog.getByRole('radio', { name: `as version 2 of “${name}”` })).toBeChecked();
  await dialog.getByRole('button', { name: 'Save version' }).click();
  await expect(dialog).toBeHidden();
  const saved = await apiTemplate(page, name);
  expect(saved.version).toBe(2);
  expect((saved.content as ReturnType<typeof card>).header.title.content).toBe('Second title');
  // Unknown fields went to the server untouched, in order.
  const expected = card('First title');
  expected.header.title.content = 'Second title';
  expect(JSON.stringify(saved.content)).toBe(JSON.stringify(expected));

  const found = await findTemplate(page, name);
  await expect(found).toContainText('v2');
  await expect(found).toContainText('by Alice');
  await found.getByRole('button', { name: `Versions of “${name}”` }).click();
  const versions = page.getByRole('dialog', { name: `Versions of “${name}”` });
  const list = versions.getByRole('listbox');
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list.getByRole('option').first()).toContainText('Version 2');
  await expect(list.getByRole('option').first()).toContainText('current');
  await list.getByRole('option', { name: /Version 1/ }).click();
  await expect(versions.getByTestId('message-preview')).toContainText('First title');
  await saveScreenshot(page, testInfo, 'templates-versions-en');
  await versions.getByRole('button', { name: 'Make it current' }).click();
  await expect(versions.getByText('Version 1 is current again, saved as version 3.')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(3);
  await expect(list.getByRole('option').first()).toContainText('restored from version 1');
  const restored = await apiTemplate(page, name);
  expect(restored.version).toBe(3);
  expect((restored.content as ReturnType<typeof card>).header.title.content).toBe('First title');

  await versions.getByRole('button', { name: 'Close', exact: true }).last().click();
  await found.getByRole('button', { name: `Open “${name}” in its editor` }).click();
  await expect(page).toHaveURL(/\/designer/);
  await expect(canvasTitle(page)).toContainText('First title');
  await expect(designerPreview(page)).toContainText('First title');
  expect(JSON.stringify(await designerCard(page))).toBe(JSON.stringify(restored.content));
});

test('two people saving the same template: the second is told who and when, and chooses', async ({
  browser,
}, testInfo) => {
  const name = uniqueName('Shared card');
  const alice = await (await browser.newContext({ locale: 'en-US' })).newPage();
  const bob = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await openDesigner(alice, 'Original');
  await setMe(alice, 'Alice');
  await saveFromDesigner(alice, name);

  // Bob opens the same template, then both edit; Alice saves first.
  await bob.goto('/templates?lang=en');
  await setMe(bob, 'Bob');
  const found = await findTemplate(bob, name);
  await found.getByRole('button', { name: `Open “${name}” in its editor` }).click();
  await expect(canvasTitle(bob)).toContainText('Original');
  await retitle(alice, 'Alice’s edit');
  await saveFromDesigner(alice);
  await retitle(bob, 'Bob’s edit');
  await bob
    .getByRole('toolbar', { name: 'Designer actions' })
    .getByRole('button', { name: 'Save as template' })
    .click();
  await bob
    .getByRole('dialog', { name: 'Save as template' })
    .getByRole('button', { name: 'Save version' })
    .click();

  const conflict = bob.getByRole('dialog', { name: 'Someone saved this template meanwhile' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('alert')).toContainText(`“${name}” was saved by Alice`);
  await expect(conflict.getByRole('alert')).toContainText(
    '(version 2), after the version 1 you started from',
  );
  const sides = conflict.getByTestId('message-preview');
  await expect(sides.first()).toContainText('Alice’s edit');
  await expect(sides.last()).toContainText('Bob’s edit');
  await saveScreenshot(bob, testInfo, 'templates-conflict-en');
  // Nothing was overwritten meanwhile.
  const meanwhile = await apiTemplate(bob, name);
  expect(meanwhile.version).toBe(2);
  expect(JSON.stringify(meanwhile.content)).toContain('Alice’s edit');

  await conflict.getByRole('button', { name: 'Save mine as a copy' }).click();
  await expect(conflict).toBeHidden();
  const copy = await apiTemplate(bob, `${name} (my version)`);
  expect(JSON.stringify(copy.content)).toContain('Bob’s edit');
  expect((await apiTemplate(bob, name)).version).toBe(2);

  // Alice saves again; this time she looks at Bob's version and saves over it.
  await alice.reload();
  await retitle(alice, 'Alice again');
  // Bob's edit is saved (as the copy), so opening the original replaces nothing unsaved.
  const bobsTemplate = await findTemplate(bob, name);
  await bobsTemplate.getByRole('button', { name: `Open “${name}” in its editor` }).click();
  await expect(canvasTitle(bob)).toContainText('Alice’s edit');
  await retitle(bob, 'Bob wins');
  await saveFromDesigner(bob);
  await alice
    .getByRole('toolbar', { name: 'Designer actions' })
    .getByRole('button', { name: 'Save as template' })
    .click();
  await alice
    .getByRole('dialog', { name: 'Save as template' })
    .getByRole('radio', { name: /as version/ })
    .check();
  await alice
    .getByRole('dialog', { name: 'Save as template' })
    .getByRole('button', { name: 'Save version' })
    .click();
  const second = alice.getByRole('dialog', { name: 'Someone saved this template meanwhile' });
  await expect(second.getByRole('alert')).toContainText('saved by Bob');
  await second.getByRole('button', { name: 'Save mine over version 3' }).click();
  await expect(second).toBeHidden();
  const final = await apiTemplate(alice, name);
  expect(final.version).toBe(4);
  expect(JSON.stringify(final.content)).toContain('Alice again');
  await alice.context().close();
  await bob.context().close();
});

test('the starter gallery opens a good card in the designer, in both languages', async ({
  page,
}, testInfo) => {
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`/templates?lang=${lang}`);
    const starters = page
      .getByTestId('template-card')
      .filter({ hasText: lang === 'en' ? 'Starter' : '入门模板' });
    await expect(starters.first()).toBeVisible();
    expect(await starters.count()).toBeGreaterThanOrEqual(5);
    await page.getByRole('searchbox').fill('Reminder');
    await expect(page.getByTestId('template-card')).toHaveCount(1);
    await page.getByRole('searchbox').fill('');
    await saveScreenshot(page, testInfo, `templates-gallery-${lang}`);
  }
  await page.goto('/templates?lang=en');
  const reminder = page.getByTestId('template-card').filter({ hasText: 'Reminder with a button' });
  await reminder.getByRole('button', { name: /^Open “/ }).click();
  await expect(page).toHaveURL(/\/designer/);
  await expect(canvasTitle(page)).toContainText('提交提醒 · Reminder');
  await expect(
    designerPreview(page).getByRole('button', { name: '我已知悉 · Got it' }),
  ).toBeVisible();

  await page.goto('/templates?lang=en');
  const announcement = page
    .getByTestId('template-card')
    .filter({ hasText: 'Announcement (rich text)' });
  await announcement.getByRole('button', { name: /^Open “/ }).click();
  await expect(page).toHaveURL(/\/rich-text/);
  await expect(page.getByRole('heading', { name: /The new office opens/ }).first()).toBeVisible();
});

test('rename, duplicate, trash with undo, restore from the trash and delete for good', async ({
  page,
}) => {
  const name = uniqueName('Tidy me');
  await openDesigner(page, 'Tidy');
  await saveFromDesigner(page, name);
  const original = await findTemplate(page, name);

  // From the keyboard: the dialog opens with its name field focused (not its ✕, where the menu
  // closing behind it had sent the focus), and Enter saves.
  await original.getByRole('button', { name: `More for “${name}”` }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Rename…' }).focus();
  await page.keyboard.press('Enter');
  const renamed = `${name} renamed`;
  const rename = page.getByRole('dialog', { name: 'Rename template' });
  await expect(rename.getByLabel('Name')).toBeFocused();
  // Its text selected: typing replaces it.
  await page.keyboard.type(renamed);
  await page.keyboard.press('Enter');
  await expect(rename).toHaveCount(0);
  const found = cardNamed(page, renamed);
  await expect(found).toHaveCount(1);

  await found.getByRole('button', { name: `More for “${renamed}”` }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(cardNamed(page, `${renamed} (copy)`)).toHaveCount(1);

  // From the keyboard: the card goes, and the focus with it to the notice's Undo, not <body>.
  await found.getByRole('button', { name: `More for “${renamed}”` }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Move to the trash' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`“${renamed}” was moved to the trash.`)).toBeVisible();
  await expect(found).toHaveCount(0);
  const gallery = page.getByRole('list', { name: 'Templates' });
  const notice = page.getByRole('status').filter({ hasText: 'was moved to the trash' });
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeFocused();
  // Undo and ✕ go with the notice: from the keyboard, the focus goes to the templates shown.
  await page.keyboard.press('Enter');
  await expect(found).toHaveCount(1);
  await expect(notice).toHaveCount(0);
  await expect(gallery).toBeFocused();

  await found.getByRole('button', { name: `More for “${renamed}”` }).click();
  await page.getByRole('menuitem', { name: 'Move to the trash' }).click();
  await expect(found).toHaveCount(0);
  await notice.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(gallery).toBeFocused();
  await page.getByRole('radio', { name: 'Trash' }).click();
  await expect(found).toHaveCount(1);
  await found.getByRole('button', { name: 'Restore' }).click();
  await expect(found).toHaveCount(0);
  await page.getByRole('radio', { name: 'Templates' }).click();
  await expect(found).toHaveCount(1);

  await found.getByRole('button', { name: `More for “${renamed}”` }).click();
  await page.getByRole('menuitem', { name: 'Move to the trash' }).click();
  await page.getByRole('radio', { name: 'Trash' }).click();
  await found.getByRole('button', { name: 'Delete for good' }).click();
  await page
    .getByRole('dialog', { name: `Delete “${renamed}” for good?` })
    .getByRole('button', { name: 'Delete for good' })
    .click();
  await expect(found).toHaveCount(0);
  const response = await page.request.get(
    `/api/templates?q=${encodeURIComponent(renamed)}&trash=true`,
  );
  expect(((await response.json()) as { items: unknown[] }).items).toEqual([]);
});

test('the templates page and the save dialog in Chinese', async ({ page }, testInfo) => {
  const name = uniqueName('中文模板');
  await page.goto('/designer?lang=zh');
  await putDesignerCard(page, card('季度总结'));
  await page
    .getByRole('toolbar', { name: '设计器操作' })
    .getByRole('button', { name: '保存为模板' })
    .click();
  const dialog = page.getByRole('dialog', { name: '保存为模板' });
  await dialog.getByLabel('名称').fill(name);
  await saveScreenshot(page, testInfo, 'templates-save-zh');
  await dialog.getByRole('button', { name: '保存模板' }).click();
  await expect(dialog).toBeHidden();
  await page.goto('/templates?lang=zh');
  await page.getByRole('searchbox').fill(name);
  await expect(cardNamed(page, name)).toContainText('卡片');
  await page.getByRole('searchbox').fill('');
  await page.getByRole('button', { name: '保存当前内容…' }).click();
  await expect(
    page.getByRole('dialog', { name: '保存为模板' }).getByRole('radio', { name: /卡片/ }),
  ).toBeChecked();
  await saveScreenshot(page, testInfo, 'templates-save-current-zh');
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await saveScreenshot(page, testInfo, 'templates-gallery-zh-dark');
});
