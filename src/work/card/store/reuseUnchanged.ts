import { stringifyJson } from '../../../mind';
import type { DesignerDocument } from '../model/types';

const same = (left: unknown, right: unknown): boolean =>
  stringifyJson(left) === stringifyJson(right);

/**
 * `next` (a document read back from storage) with the parts equal to `current`'s kept as
 * `current`'s own objects: `current` itself when nothing differs, and each unchanged element
 * otherwise, so memoised blocks and previews of those elements do not render again.
 */
export function reuseUnchanged(
  current: DesignerDocument,
  next: DesignerDocument,
): DesignerDocument {
  if (same(current, next)) return current;
  const elements = next.card.elements;
  if (!elements) return next;
  const known = new Map(
    current.elementIds.map((id, index) => [id, current.card.elements?.[index]] as const),
  );
  return {
    ...next,
    card: {
      ...next.card,
      elements: elements.map((element, index) => {
        const before = known.get(next.elementIds[index] ?? '');
        return before !== undefined && same(before, element) ? before : element;
      }),
    },
  };
}
