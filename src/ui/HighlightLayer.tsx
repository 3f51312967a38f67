import { useCallback, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { TextHighlight } from './HighlightedTextarea';

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
 * The marks of a HighlightedTextarea or HighlightedInput, over `area`: the same box, type and scroll, the text
 * itself invisible (`color: transparent`), every pointer event passing through to the text area.
 */
export function HighlightLayer({
  area,
  value,
  highlights,
}: {
  area: HTMLTextAreaElement | HTMLInputElement;
  value: string;
  highlights: readonly TextHighlight[];
}) {
  const layer = useRef<HTMLDivElement>(null);

  const align = useCallback(() => {
    const over = layer.current;
    if (!over) return;
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
    if (area instanceof HTMLInputElement) {
      // One line, centred in the box as an input centres it, never wrapped.
      over.style.whiteSpace = 'pre';
      over.style.lineHeight = `${area.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px`;
    }
    over.scrollTop = area.scrollTop;
    over.scrollLeft = area.scrollLeft;
  }, [area]);

  // After every change of the text (a scroll bar may come or go), its scroll and its size.
  useLayoutEffect(align, [align, value, highlights]);
  useLayoutEffect(() => {
    area.addEventListener('scroll', align, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(align);
    observer?.observe(area);
    return () => {
      area.removeEventListener('scroll', align);
      observer?.disconnect();
    };
  }, [area, align]);

  return (
    <div ref={layer} className="ui-highlighted__layer" aria-hidden="true">
      {marked(value, highlights)}
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
