import type { Card } from '../../../mind';
import { elementsOf } from './elementKind';
import { newElementId } from './newElementId';
import type { DesignerDocument } from './types';

/** Wraps a card for the designer, giving each element an id. The card is kept as it is. */
export function createDocument(card: Card): DesignerDocument {
  return { card, elementIds: elementsOf(card).map(() => newElementId()) };
}

/** The card a new design starts from: forwarding on, a blue header, no elements yet. */
export function emptyCard(): Card {
  return {
    config: { enable_forward: true, is_share_card: false, data_visualization_mode: false },
    header: { template: 'blue', title: { content: '' } },
    elements: [],
  };
}
