import { useCallback, useState, type Ref, type TextareaHTMLAttributes } from 'react';
import { lazyComponent } from './lazyComponent';
import { TextArea } from './TextArea';

/** A span of the text area's value to mark, with the class that draws it. */
export interface TextHighlight {
  start: number;
  end: number;
  className: string;
}

// The marks' layer: downloads when there is first something to mark.
const HighlightLayer = lazyComponent(() =>
  import('./HighlightLayer').then((module) => module.HighlightLayer),
);

export interface HighlightedTextareaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  value: string;
  /** Spans in order, not overlapping (UTF-16 offsets, as the text area's selection). */
  highlights: readonly TextHighlight[];
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A TextArea with spans of its text marked (e.g. `{{field}}` tokens): an `aria-hidden` layer
 * over it, with the same box, type and scroll, draws the marks with the text itself invisible,
 * and lets every pointer event through. The text area is untouched: typing, selection, undo,
 * spelling and assistive technology work as on any text area. The layer downloads when there
 * is first something to mark (the page-weight guard, scripts/pageWeight.test.ts).
 */
export function HighlightedTextarea({
  value,
  highlights,
  ref,
  ...props
}: HighlightedTextareaProps) {
  const [area, setArea] = useState<HTMLTextAreaElement | null>(null);
  const setRef = useCallback(
    (node: HTMLTextAreaElement | null) => {
      setArea(node);
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  return (
    <div className="ui-highlighted">
      <TextArea {...props} ref={setRef} value={value} />
      {highlights.length > 0 && area ? (
        <HighlightLayer area={area} value={value} highlights={highlights} />
      ) : null}
    </div>
  );
}
