import { dropIndexAt, type Span } from './dropIndexAt';

/** A point on screen, in client coordinates. */
export interface Point {
  x: number;
  y: number;
}

/**
 * The canvas as a drag began: its box on screen and its elements' extents relative to it.
 * Nothing on the canvas moves while something is dragged (a line is drawn over the gap; no room
 * is made), so a pointer move measures nothing (reading a box would lay the page out again on
 * every move, as the drag changes it), and a scroll measures one box, the canvas (`withNewBox`).
 * Measured when the drag begins, not when dnd-kit gets to it: a quick drag may be released
 * before that.
 */
export interface CanvasLayout {
  stage: Element;
  box: DOMRectReadOnly;
  spans: Span[];
}

export function measureCanvas(): CanvasLayout | null {
  const stage = document.querySelector('[data-canvas-drop]');
  if (!stage) return null;
  const box = stage.getBoundingClientRect();
  const spans = [...stage.querySelectorAll('[data-block-id]')].map((node) => {
    const { top, bottom } = node.getBoundingClientRect();
    return { top: top - box.top, bottom: bottom - box.top };
  });
  return { stage, box, spans };
}

/** How far the line is drawn above the element after its gap (below the last, past the end). */
const LINE_OFFSET = 8;
const LINE_HEIGHT = 3;

/**
 * Where the drop line of each gap goes inside `stage` (its padding box, in the stage's own
 * pixels, which a zoomed card inside it does not change): above the element after the gap, or
 * below the last. Measured once, for the gaps of one drag; null where there is no element.
 */
export function lineBox(
  stage: Element,
): (gap: number) => { x: number; y: number; width: number } | null {
  const origin = stage.getBoundingClientRect();
  const left = origin.left + stage.clientLeft - stage.scrollLeft;
  const top = origin.top + stage.clientTop - stage.scrollTop;
  const boxes = [...stage.querySelectorAll('[data-block-id]')].map((node) =>
    node.getBoundingClientRect(),
  );
  return (gap) => {
    const before = boxes[gap];
    const last = boxes.at(-1);
    const edge = before ?? last;
    if (!edge) return null;
    const y = before ? before.top - LINE_OFFSET : edge.bottom + LINE_OFFSET - LINE_HEIGHT;
    return { x: edge.left - left, y: y - top, width: edge.width };
  };
}

/** The layout after a scroll: the canvas moved on screen, its elements did not within it. */
export const withNewBox = (layout: CanvasLayout): CanvasLayout => ({
  ...layout,
  box: layout.stage.getBoundingClientRect(),
});

/** The gap a drop at `point` goes to (see `dropIndexAt`), or null when it is not over the canvas. */
export function gapAt({ box, spans }: CanvasLayout, point: Point): number | null {
  if (point.x < box.left || point.x > box.right || point.y < box.top || point.y > box.bottom) {
    return null;
  }
  return dropIndexAt(point.y - box.top, spans);
}

/** Where, on screen, the line of gap `gap` is drawn (between two elements, or past the last). */
export function gapY(layout: CanvasLayout, gap: number): number {
  const { top } = layout.box;
  const after = layout.spans[gap - 1];
  const before = layout.spans[gap];
  if (after && before) return top + (after.bottom + before.top) / 2;
  return top + (before?.top ?? after?.bottom ?? 0);
}

/** The index an element at `from` moves to when dropped on `gap`. */
export const targetOf = (from: number, gap: number | null): number =>
  gap === null ? from : gap > from ? gap - 1 : gap;

/** The gap that moves an element at `from` to `to`: none when it stays where it is. */
export const gapFor = (from: number, to: number): number | null =>
  to === from ? null : to < from ? to : to + 1;
