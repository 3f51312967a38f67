import { expect, type Locator, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';

/*
 * Helpers for the templates and exchange specs: what each editor holds (read from the
 * browser's own storage, as the app keeps it), the "me" name saves are signed with, and
 * names no other test uses (the e2e server's database is shared by the whole run).
 */

export const DESIGNER_DRAFT = 'mcs.designer.draft';
export const RICH_TEXT_DRAFT = 'mcs.richtext.draft';
export const COMPOSE_DRAFT = 'mcs.compose.draft';

/** A name no other test uses, e.g. `Launch a1b2c3`. */
export const uniqueName = (label: string) => `${label} ${randomUUID().slice(0, 6)}`;

async function stored(page: Page, key: string): Promise<unknown> {
  return page.evaluate((name) => {
    const raw = localStorage.getItem(name);
    return raw ? (JSON.parse(raw) as { state: unknown }).state : null;
  }, key);
}

/** The designer's card as saved in this browser. */
export async function designerCard(page: Page): Promise<unknown> {
  const state = (await stored(page, DESIGNER_DRAFT)) as { doc: { card: unknown } } | null;
  return state?.doc.card ?? null;
}

export async function richTextDoc(page: Page): Promise<unknown> {
  const state = (await stored(page, RICH_TEXT_DRAFT)) as { doc: unknown } | null;
  return state?.doc ?? null;
}

export async function composeDraft(
  page: Page,
): Promise<{ msgType: string; text: string; markdown: string } | null> {
  return (await stored(page, COMPOSE_DRAFT)) as {
    msgType: string;
    text: string;
    markdown: string;
  } | null;
}

/** Puts a card in the designer's draft, as if designed, and reloads. */
export async function putDesignerCard(page: Page, card: unknown): Promise<void> {
  await page.evaluate(
    ([key, value]) =>
      localStorage.setItem(
        key as string,
        JSON.stringify({ state: { doc: { card: value }, selectedId: null }, version: 1 }),
      ),
    [DESIGNER_DRAFT, card] as const,
  );
  await page.reload();
}

/** The name saves are signed with (Compose's "me"). */
export async function setMe(page: Page, name: string): Promise<void> {
  await page.evaluate(
    (value) =>
      localStorage.setItem(
        'mcs.compose.me',
        JSON.stringify({ state: { openId: '', name: value }, version: 1 }),
      ),
    name,
  );
}

/** Opens the import dialog from the current page and pastes `text` into it. */
export async function pasteIntoImport(page: Page, text: string): Promise<Locator> {
  await page
    .getByRole('button', { name: /^(Import|导入)$/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: /Import a message|导入消息/ });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('textbox', { name: /JSON to import|要导入的 JSON/ });
  await box.fill(text);
  return dialog;
}

/** The canvas header's title (the designer shows the card's title there). */
export const canvasTitle = (page: Page): Locator => page.locator('[data-canvas-header]');

/** The designer's preview pane. */
export const designerPreview = (page: Page): Locator =>
  page.locator('.dz-preview').getByTestId('message-preview');
