import { elementsOf } from './elementKind';
import type { DesignerDocument } from './types';
import { withElements } from './withElements';

/** Removes the element at `index`, with its id; an index out of range returns `doc`. */
export function removeElement(doc: DesignerDocument, index: number): DesignerDocument {
  const elements = elementsOf(doc.card);
  if (index < 0 || index >= elements.length) return doc;
  return withElements(
    doc,
    elements.filter((_, position) => position !== index),
    doc.elementIds.filter((_, position) => position !== index),
  );
}
