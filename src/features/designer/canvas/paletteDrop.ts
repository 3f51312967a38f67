import { dropIndexAt } from './dropIndexAt';

/** A point on screen, in client coordinates. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Where a palette item released at `point` would be inserted, or null when the point is not
 * over the canvas. Read from the page as it is now, not from rectangles measured when the drag
 * began: a quick drag is released before dnd-kit has measured (or re-measured) the elements.
 */
export function paletteDropIndex(point: Point): number | null {
  const stage = document.querySelector('[data-canvas-drop]');
  if (!stage) return null;
  const box = stage.getBoundingClientRect();
  if (point.x < box.left || point.x > box.right || point.y < box.top || point.y > box.bottom) {
    return null;
  }
  const spans = [...stage.querySelectorAll('[data-block-id]')].map((node) =>
    node.getBoundingClientRect(),
  );
  return dropIndexAt(point.y, spans);
}
