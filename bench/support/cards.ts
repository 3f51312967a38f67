/*
 * The 100-element card the designer benches work on: a mix of what cards hold (markdown with
 * Mind's tags, rich text, rows of buttons, markdown lists), as the designer's draft in
 * localStorage, so the page opens with it.
 */
import type { BrowserContext } from '@playwright/test';

export const DRAFT_KEY = 'mcs.designer.draft';

export function benchElement(index: number): Record<string, unknown> {
  switch (index % 4) {
    case 0:
      return {
        tag: 'markdown',
        content: `**Item ${index}** <font color="#006DF9">due soon</font> <small>2024.12.1</small> [details](https://example.com/${index})`,
      };
    case 1:
      return {
        tag: 'rich_text',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: `Revenue ${index} `, marks: [{ type: 'bold' }] },
              { type: 'text', text: 'grew again this week' },
            ],
          },
        ],
      };
    case 2:
      return {
        tag: 'action',
        action: [
          {
            tag: 'button',
            text: { content: 'Open', tag: 'plain_text' },
            type: 'view',
            template: 'white',
            url: `https://example.com/${index}`,
          },
          {
            tag: 'button',
            text: { content: 'Fetch again', tag: 'plain_text' },
            type: 'click',
            template: 'default',
            event: 'e',
            value: { index },
          },
        ],
      };
    default:
      return { tag: 'markdown', content: `- first ${index}\n- second\n\n1. one\n2. two` };
  }
}

/** The designer's persisted draft (zustand persist, version 1) holding a card of `count` elements. */
export function designerDraft(count = 100): string {
  const elements = Array.from({ length: count }, (_, index) => benchElement(index));
  return JSON.stringify({
    state: {
      doc: {
        card: {
          config: { enable_forward: true, is_share_card: false, data_visualization_mode: false },
          header: { template: 'blue', title: { content: `A card of ${count} elements` } },
          elements,
        },
        elementIds: elements.map((_, index) => `bench-${index}`),
      },
      selectedId: null,
    },
    version: 1,
  });
}

/** A browser context whose first page load finds `draft` as the designer's saved draft. */
export async function seedDraft(context: BrowserContext, draft: string): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('bench-seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('bench-seeded', '1');
      }
    },
    [DRAFT_KEY, draft] as const,
  );
}
