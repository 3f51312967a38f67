import { elementsOf } from './elementKind';
import { moveItem } from './moveItem';
import type { DesignerDocument } from './types';
import { withElements } from './withElements';

/** Moves the element at `from` to `to`, with its id; a no-op returns `doc`. */
export function moveElement(doc: DesignerDocument, from: number, to: number): DesignerDocument {
  const elements = elementsOf(doc.card);
  const moved = moveItem(elements, from, to);
  if (moved === elements) return doc;
  return withElements(doc, [...moved], [...moveItem(doc.elementIds, from, to)]);
}
