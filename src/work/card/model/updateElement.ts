import type { CardElement } from '../../../mind';
import { elementsOf } from './elementKind';
import type { DesignerDocument } from './types';
import { withElements } from './withElements';

/** Replaces the element at `index` by `update(element)`; an unchanged element returns `doc`. */
export function updateElement(
  doc: DesignerDocument,
  index: number,
  update: (element: CardElement) => CardElement,
): DesignerDocument {
  const elements = elementsOf(doc.card);
  const element = elements[index];
  if (element === undefined) return doc;
  const next = update(element);
  if (next === element) return doc;
  return withElements(
    doc,
    elements.map((item, position) => (position === index ? next : item)),
    doc.elementIds,
  );
}
