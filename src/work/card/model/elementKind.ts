import { isPlainObject, type CardElement } from '../../../mind';
import type { ElementKind } from './types';

/** How the designer treats an element: only well-formed known elements are editable. */
export function elementKind(element: unknown): ElementKind {
  if (!isPlainObject(element)) return 'unknown';
  if (element.tag === 'markdown' && typeof element.content === 'string') return 'markdown';
  if (element.tag === 'rich_text' && Array.isArray(element.content)) return 'rich_text';
  if (element.tag === 'action' && Array.isArray(element.action)) return 'action';
  return 'unknown';
}

export const elementsOf = (card: { elements?: CardElement[] }): CardElement[] =>
  Array.isArray(card.elements) ? card.elements : [];
