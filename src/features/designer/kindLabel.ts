import type { TFunction } from 'i18next';
import { elementKind } from '../../work/card/model/elementKind';

/** The element's kind in words: "Markdown block", "Buttons", or the unknown tag's name. */
export function kindLabel(t: TFunction, element: unknown): string {
  const kind = elementKind(element);
  if (kind !== 'unknown') return t(`kinds.${kind}`, { ns: 'designer' });
  const tag =
    typeof element === 'object' && element !== null
      ? (element as { tag?: unknown }).tag
      : undefined;
  return t('kinds.unknown', { ns: 'designer', tag: typeof tag === 'string' ? tag : '?' });
}
