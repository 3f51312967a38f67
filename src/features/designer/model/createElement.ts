import type { CardButton, CardElement } from '../../../mind';
import type { PaletteKind } from './types';

/** The sample texts a new element starts with, in the user's language. */
export interface NewElementTexts {
  markdown: string;
  richText: string;
  button: string;
}

/** A new button: opens a link, which the user still has to give. */
export function createButton(label: string): CardButton {
  return {
    tag: 'button',
    text: { content: label, tag: 'plain_text' },
    type: 'view',
    template: 'default',
    url: '',
  };
}

/** A new element of the palette's `kind`, filled with sample text so the preview shows it. */
export function createElement(kind: PaletteKind, texts: NewElementTexts): CardElement {
  switch (kind) {
    case 'markdown':
      return { tag: 'markdown', content: texts.markdown };
    case 'rich_text':
      return {
        tag: 'rich_text',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: texts.richText }] }],
      };
    case 'action':
      return { tag: 'action', action: [createButton(texts.button)] };
  }
}
