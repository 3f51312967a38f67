import type { Card, CardElement } from '../../../mind';
import { setKey } from './objectKeys';
import type { DesignerDocument } from './types';

/** The document with new elements and their ids, keeping every other card field in place. */
export function withElements(
  doc: DesignerDocument,
  elements: CardElement[],
  elementIds: string[],
): DesignerDocument {
  const card: Card = setKey(doc.card, 'elements', elements);
  return { card, elementIds };
}
