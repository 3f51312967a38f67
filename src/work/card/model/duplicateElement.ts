import { elementsOf } from './elementKind';
import { insertElement } from './insertElement';
import { newElementId } from './newElementId';
import type { DesignerDocument } from './types';

/** Puts a deep copy of the element at `index` right after it, under `id`. */
export function duplicateElement(
  doc: DesignerDocument,
  index: number,
  id: string = newElementId(),
): DesignerDocument {
  const element = elementsOf(doc.card)[index];
  if (element === undefined) return doc;
  return insertElement(doc, structuredClone(element), index + 1, id);
}
