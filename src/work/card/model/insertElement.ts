import type { CardElement } from '../../../mind';
import { elementsOf } from './elementKind';
import { newElementId } from './newElementId';
import type { DesignerDocument } from './types';
import { withElements } from './withElements';

/** Inserts `element` at `index` (clamped to the list; omitted means the end). */
export function insertElement(
  doc: DesignerDocument,
  element: CardElement,
  index?: number,
  id: string = newElementId(),
): DesignerDocument {
  const elements = elementsOf(doc.card);
  const at = Math.max(0, Math.min(index ?? elements.length, elements.length));
  return withElements(
    doc,
    [...elements.slice(0, at), element, ...elements.slice(at)],
    [...doc.elementIds.slice(0, at), id, ...doc.elementIds.slice(at)],
  );
}
