import type { Card } from '../../../mind';
import { elementsOf } from './elementKind';
import { newElementId } from './newElementId';
import type { DesignerDocument } from './types';

/**
 * The document with `card` in place of its card (an edit made in the JSON view): element ids
 * are kept by position, so the selection and drag state survive; new positions get new ids.
 */
export function setCardKeepingIds(doc: DesignerDocument, card: Card): DesignerDocument {
  if (card === doc.card) return doc;
  const count = elementsOf(card).length;
  const elementIds = doc.elementIds.slice(0, count);
  while (elementIds.length < count) elementIds.push(newElementId());
  return { card, elementIds };
}
