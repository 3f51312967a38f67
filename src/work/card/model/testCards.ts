import type { Card } from '../../../mind';
import type { DesignerDocument } from './types';

/** A card with an unknown top-level field and an unknown element, for model tests. */
export function sampleCard(): Card {
  return {
    config: { enable_forward: true, is_share_card: false, data_visualization_mode: false },
    header: { template: 'blue', title: { content: 'Hello' }, subtitle: 'kept' },
    elements: [
      { tag: 'markdown', content: 'one' },
      { tag: 'hr', style: 'dashed' },
      {
        tag: 'action',
        action: [
          {
            tag: 'button',
            text: { content: 'Go', tag: 'plain_text' },
            type: 'view',
            template: 'white',
            url: 'https://a.example/',
          },
        ],
      },
    ],
    i18n: { note: 'unknown field' },
  };
}

export function sampleDoc(): DesignerDocument {
  return { card: sampleCard(), elementIds: ['a', 'b', 'c'] };
}
