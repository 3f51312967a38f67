import { test, expect, type Locator, type Page } from '@playwright/test';
import { Designer } from './support/designerPage';
import { saveScreenshot } from './support/screenshot';

/** One designer tab, with what the two-tab story looks at besides the designer's own parts. */
class DesignerTab extends Designer {
  get preview(): Locator {
    return this.page.getByTestId('message-preview');
  }

  get title(): Locator {
    return this.inspector.getByLabel('Title');
  }

  async add(kind: 'Markdown' | 'Buttons'): Promise<void> {
    await this.paletteItem(kind).click();
  }

  followedNotice(text = 'changes made in another tab'): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}

test.describe('drafts in two tabs', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("the designer in two tabs: each tab follows the other's edits, and none is lost", async ({
    context,
    page,
  }, testInfo) => {
    const a = new DesignerTab(page);
    const b = new DesignerTab(await context.newPage());
    await a.open();
    await b.open();

    // The reviewer's steps: a title typed in A, then a block added in B.
    await a.openCardSettings();
    await a.title.fill('Edited in tab ONE');
    await b.openCardSettings();
    await expect(b.title).toHaveValue('Edited in tab ONE');
    await expect(b.followedNotice()).toBeVisible();
    await b.add('Markdown');
    await expect(b.followedNotice()).toBeHidden();

    // A shows B's block, keeps its own title, and says politely where the change came from.
    await expect(a.blocks).toHaveCount(1);
    await expect(a.preview).toContainText('Edited in tab ONE');
    await expect(a.followedNotice()).toBeVisible();
    await saveScreenshot(page, testInfo, 'designer-followed-other-tab-en');

    // An undo in A takes back B's block as a step of its own, and B follows; so does a redo.
    const toolbar = page.getByRole('toolbar', { name: 'Designer actions' });
    await toolbar.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(a.blocks).toHaveCount(0);
    await expect(a.preview).toContainText('Edited in tab ONE');
    await expect(b.blocks).toHaveCount(0);
    await expect(b.preview).toContainText('Edited in tab ONE');
    await toolbar.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(b.blocks).toHaveCount(1);

    // A reload of A finds both edits.
    await page.reload();
    await expect(a.blocks).toHaveCount(1);
    await expect(a.preview).toContainText('Edited in tab ONE');

    // The notice in Chinese.
    await a.open('lang=zh');
    await b.add('Buttons');
    await expect(a.blocks).toHaveCount(2);
    await expect(a.followedNotice('已同步另一个标签页中的修改')).toBeVisible();
    await saveScreenshot(page, testInfo, 'designer-followed-other-tab-zh');
  });

  test('the rich text page in two tabs: what one tab writes, the other shows and builds on', async ({
    context,
    page,
  }) => {
    const open = async (tab: Page) => {
      await tab.goto('/rich-text?lang=en');
      const editor = tab.getByRole('textbox', { name: 'Rich text message' });
      await expect(editor).toBeVisible();
      return editor;
    };
    const a = await open(page);
    const b = await open(await context.newPage());
    await a.click();
    await page.keyboard.type('Written in A.');
    await expect(b).toHaveText('Written in A.');
    await b.click();
    await b.press('ControlOrMeta+End');
    await b.pressSequentially(' Then in B.');
    await expect(a).toHaveText('Written in A. Then in B.');
    await page.reload();
    await expect(a).toHaveText('Written in A. Then in B.');
  });
});
