import type { CardButton, CardElement } from '../../../mind';
import type { PaletteKind } from './types';

/** The texts a new element starts with: none, so nothing unwritten can be sent by mistake. */
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

const EMPTY: NewElementTexts = { markdown: '', richText: '', button: '' };

/**
 * A new element of the palette's `kind`, empty by default (the canvas shows a hint in its
 * place, and Checks count it as not ready until it is filled in).
 */
export function createElement(kind: PaletteKind, texts: NewElementTexts = EMPTY): CardElement {
  switch (kind) {
    case 'markdown':
      return { tag: 'markdown', content: texts.markdown };
    case 'rich_text':
      return {
        tag: 'rich_text',
        content:
          texts.richText === ''
            ? []
            : [{ type: 'paragraph', content: [{ type: 'text', text: texts.richText }] }],
      };
    case 'action':
      return { tag: 'action', action: [createButton(texts.button)] };
  }
}
