import type { TFunction } from 'i18next';
import type { MindIssue } from '../../mind';
import { locateIssue } from '../../work/card/model/locateIssue';

/**
 * Where an issue of the card is, in words: "Card settings", "Block 3", "Block 3 · Button 2",
 * so that several issues of the same kind can be told apart in the Checks list.
 */
export function placeOfIssue(t: TFunction, item: MindIssue): string | null {
  const location = locateIssue(item.path);
  if (location.target === 'card') return t('checks.place.card', { ns: 'designer' });
  if (location.target !== 'element') return null;
  const block = t('checks.place.block', { ns: 'designer', position: location.index + 1 });
  const [field, button] = location.rest;
  if (field === 'action' && button !== undefined && /^\d+$/.test(button))
    return `${block} · ${t('checks.place.button', { ns: 'designer', position: Number(button) + 1 })}`;
  return block;
}
