import {
  useCallback,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';

/** A span of the text area's value to mark, with the class that draws it. */
export interface TextHighlight {
  start: number;
  end: number;
  className: string;
}

export interface HighlightedTextareaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  value: string;
  /** Spans in order, not overlapping (UTF-16 offsets, as the text area's selection). */
  highlights: readonly TextHighlight[];
  ref?: Ref<HTMLTextAreaElement>;
}

/** The text area's box and type, copied to the layer so its lines break where the text area's do. */
const MIRRORED = [
  'boxSizing',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'paddingTop',
  'paddingBottom',
  'paddingLeft',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontStretch',
  'fontVariant',
  'fontFeatureSettings',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'textAlign',
  'tabSize',
  'direction',
  'whiteSpace',
  'overflowWrap',
  'wordBreak',
] as const;

/**
 * A text area with spans of its text marked (e.g. `{{field}}` tokens): an `aria-hidden` layer
 * over it, with the same box, type and scroll, draws the marks with the text itself invisible,
 * and lets every pointer event through. The text area is untouched: typing, selection, undo,
 * spelling and assistive technology work as on any text area.
 */
export function HighlightedTextarea({
  value,
  highlights,
  ref,
  onScroll,
  ...props
}: HighlightedTextareaProps) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  const layer = useRef<HTMLDivElement>(null);
  const setRef = useCallback(
    (node: HTMLTextAreaElement | null) => {
      own.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );

  const align = useCallback(() => {
    const area = own.current;
    const over = layer.current;
    if (!area || !over) return;
    const style = getComputedStyle(area);
    for (const key of MIRRORED) over.style[key] = style[key];
    // The text area's scroll bar narrows its lines: the layer's right padding takes its place.
    const scrollBar =
      area.offsetWidth -
      area.clientWidth -
      parseFloat(style.borderLeftWidth) -
      parseFloat(style.borderRightWidth);
    over.style.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollBar)}px`;
    over.style.top = `${area.offsetTop}px`;
    over.style.left = `${area.offsetLeft}px`;
    over.style.width = `${area.offsetWidth}px`;
    over.style.height = `${area.offsetHeight}px`;
    over.scrollTop = area.scrollTop;
    over.scrollLeft = area.scrollLeft;
  }, []);

  // After every change of the text (a scroll bar may come or go) and of the text area's size.
  useLayoutEffect(align, [align, value, highlights]);
  useLayoutEffect(() => {
    const area = own.current;
    if (!area || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(align);
    observer.observe(area);
    return () => observer.disconnect();
  }, [align]);

  return (
    <div className="ui-highlighted">
      <textarea
        {...props}
        ref={setRef}
        value={value}
        onScroll={(event) => {
          if (layer.current) {
            layer.current.scrollTop = event.currentTarget.scrollTop;
            layer.current.scrollLeft = event.currentTarget.scrollLeft;
          }
          onScroll?.(event);
        }}
      />
      <div ref={layer} className="ui-highlighted__layer" aria-hidden="true">
        {marked(value, highlights)}
      </div>
    </div>
  );
}

function marked(value: string, highlights: readonly TextHighlight[]): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end, className } of highlights) {
    if (start < at || end <= start || end > value.length) continue;
    if (start > at) parts.push(value.slice(at, start));
    parts.push(
      <span key={start} className={className}>
        {value.slice(start, end)}
      </span>,
    );
    at = end;
  }
  // A line break at the end makes a line only with something after it, as in the text area.
  parts.push(`${value.slice(at)}\u200b`);
  return parts;
}
