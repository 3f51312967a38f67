import { isPlainObject, type Card } from '../../../mind';
import { createDocument } from './createDocument';
import type { DesignerDocument } from './types';

/**
 * A document read back from storage, or null when it is not one. Ids are kept when they fit
 * the elements and made afresh when not; the card itself is taken as stored.
 */
export function restoreDraft(stored: unknown): DesignerDocument | null {
  if (!isPlainObject(stored) || !isPlainObject(stored.card)) return null;
  const card = stored.card as Card;
  if (card.elements !== undefined && !Array.isArray(card.elements)) return null;
  const elements = card.elements ?? [];
  const ids = stored.elementIds;
  const idsFit =
    Array.isArray(ids) &&
    ids.length === elements.length &&
    ids.every((id) => typeof id === 'string') &&
    new Set(ids).size === ids.length;
  return idsFit ? { card, elementIds: ids as string[] } : createDocument(card);
}
