import { useFieldHighlights } from '../../../fields/useFieldHighlights';
import { HighlightLayer } from '../../../ui/HighlightLayer';

/**
 * The `{{field}}` marks of a one-line inspector field (title, button label, address), drawn
 * over `input` as compose's editors draw theirs. Downloaded when a field first holds `{{`.
 */
export function FieldMarks({ input, value }: { input: HTMLInputElement; value: string }) {
  const highlights = useFieldHighlights(value);
  return highlights.length > 0 ? (
    <HighlightLayer area={input} value={value} highlights={highlights} />
  ) : null;
}
