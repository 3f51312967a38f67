import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export const DRAFT_KEY = 'mcs.designer.draft';

export type Kind = 'Markdown' | 'Rich text' | 'Buttons';
type Target = { before: number } | { after: number } | 'empty canvas';

/** The card designer, driven as a person does: pointer drags, keyboard, the inspector. */
export class Designer {
  constructor(readonly page: Page) {}

  async open(query = 'lang=en'): Promise<void> {
    await this.page.goto(`/designer?${query}`);
    await expect(this.page.getByRole('region', { name: /^(Card canvas|卡片画布)$/ })).toBeVisible({
      timeout: 15_000,
    });
  }

  paletteItem(kind: Kind): Locator {
    return this.page
      .getByRole('region', { name: 'Blocks', exact: true })
      .getByRole('button', { name: new RegExp(`^${kind}`) });
  }

  /** The canvas elements' handles, in order (each names its element: "Markdown block, 1 of 3"). */
  get blocks(): Locator {
    return this.page.locator('[data-block-handle]');
  }

  block(index: number): Locator {
    return this.blocks.nth(index);
  }

  /** The element as the canvas draws it (the preview's rendering), in order. */
  element(index: number): Locator {
    return this.page.locator('[data-canvas-drop] [data-block-id]').nth(index);
  }

  /** The card's header on the canvas. */
  get header(): Locator {
    return this.page.locator('[data-canvas-header]');
  }

  async blockNames(): Promise<string[]> {
    return this.blocks.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('aria-label') ?? ''),
    );
  }

  /**
   * Drags with the pointer, in small steps as a hand does (`steps` moves to the target), and
   * releases 20 % into the element for `before`, 80 % for `after`, or at `fraction` of it.
   */
  async dragTo(
    source: Locator,
    target: Target,
    { steps = 20, fraction }: { steps?: number; fraction?: number } = {},
  ): Promise<void> {
    await source.scrollIntoViewIfNeeded();
    const from = await source.boundingBox();
    if (!from) throw new Error('nothing to drag');
    let to: { x: number; y: number };
    if (target === 'empty canvas') {
      const box = await this.page.getByText('Your card is empty').boundingBox();
      if (!box) throw new Error('the canvas is not empty');
      to = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    } else {
      const index = 'before' in target ? target.before : target.after;
      const box = await this.element(index).boundingBox();
      if (!box) throw new Error(`no element ${index}`);
      const at = fraction ?? ('before' in target ? 0.2 : 0.8);
      to = { x: box.x + box.width / 2, y: box.y + box.height * at };
    }
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps });
    await this.page.mouse.up();
  }

  /**
   * Types `text` as one burst. The designer merges keystrokes less than a second apart into one
   * undo step; the page's clock stands still while Playwright types, so a loaded machine that
   * takes longer than that between two keys does not split the burst. Timers keep running.
   */
  async typeBurst(text: string, into?: Locator): Promise<void> {
    await this.page.clock.setFixedTime(Date.now());
    if (into) await into.pressSequentially(text);
    else await this.page.keyboard.type(text);
    await this.page.clock.setSystemTime(Date.now());
  }

  get inspector(): Locator {
    return this.page.locator('[data-designer-inspector]');
  }

  button(position: number): Locator {
    return this.inspector.getByRole('group', { name: `Button ${position}` });
  }

  async openCardSettings(): Promise<void> {
    await this.page
      .getByRole('button', { name: /Card settings/ })
      .first()
      .click();
    await expect(this.inspector.getByRole('heading', { name: 'Card settings' })).toBeVisible();
  }

  /** Downloads the card JSON through the Export menu and parses it. */
  async exportedCard(): Promise<unknown> {
    await this.toolbarButton('Export').click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('menuitem', { name: 'Download card JSON' }).click(),
    ]);
    const path = await download.path();
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  }

  /**
   * The draft as saved in this browser. Writes are throttled (src/lib/storage): `pagehide`
   * makes the app write what it holds back, as it does when the tab is closed.
   */
  async draftCard(): Promise<unknown> {
    return this.page.evaluate((key) => {
      window.dispatchEvent(new Event('pagehide'));
      const raw = localStorage.getItem(key);
      return raw ? (JSON.parse(raw) as { state: { doc: { card: unknown } } }).state.doc.card : null;
    }, DRAFT_KEY);
  }

  /** A button of the designer's own toolbar (the rich text editor has an Undo of its own). */
  toolbarButton(name: 'Undo' | 'Redo' | 'Export' | 'New card'): Locator {
    return this.page
      .getByRole('toolbar', { name: 'Designer actions' })
      .getByRole('button', { name, exact: true });
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+z');
  }
}
