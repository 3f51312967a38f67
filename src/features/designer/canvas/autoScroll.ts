import type { Point } from './dropLine';

/** How near an edge the pointer scrolls the canvas: a fifth of its height, as dnd-kit's. */
const EDGE = 0.2;
/** The most a frame scrolls, with the pointer on the edge itself (dnd-kit's interval 16 ms, acceleration 32). */
const MOST = 32;

/** An edge box on screen: the scrolling canvas's, or the window's. */
export interface Edges {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * How far, in pixels and which way, a frame scrolls with the pointer at `point`: down near the
 * bottom edge, up near the top, faster the nearer it is (and on or past the edge, the most),
 * none elsewhere or when the pointer is beside the box.
 */
export function scrollStep(box: Edges, point: Point): number {
  if (point.x < box.left || point.x > box.right) return 0;
  const zone = (box.bottom - box.top) * EDGE;
  if (zone <= 0) return 0;
  const toBottom = box.bottom - point.y;
  if (toBottom < zone) return Math.round(MOST * Math.min(1, (zone - toBottom) / zone));
  const toTop = point.y - box.top;
  if (toTop < zone) return -Math.round(MOST * Math.min(1, (zone - toTop) / zone));
  return 0;
}

/** The element that scrolls `node` up and down: its nearest scrolling ancestor, or the page. */
export function scrollerOf(node: Element): Element {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (
      (overflowY === 'auto' || overflowY === 'scroll') &&
      parent.scrollHeight > parent.clientHeight
    )
      return parent;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * Scrolls `scroller` (found by `scrollerOf` when the drag begins, before anything on the page
 * changes, so its styles are read as they were last worked out) a step each animation frame while the pointer (`pointer()`) rests near its
 * top or bottom edge, the way dnd-kit's auto-scroll does, from the drag's own pointer listener.
 * `nudge()` after each pointer move starts it when the pointer comes near an edge; it stops by
 * itself when the pointer leaves the edge or the scroller can go no further, and for good on
 * `stop()`. As dnd-kit's, it scrolls only a way the pointer has moved this drag: a block picked
 * up near the bottom edge and carried up does not scroll the card down under it.
 */
export function autoScroller(scroller: Element, pointer: () => Point | null) {
  // Its box, once: a scroller does not move when it scrolls, and a pointer move reads no box
  // (reading one after the chip has moved would work out the page's style again, there and then).
  const edges: Edges =
    scroller === document.scrollingElement
      ? { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth }
      : scroller.getBoundingClientRect();
  let frame: number | null = null;
  let stopped = false;
  let lastY = pointer()?.y ?? null;
  const moved = { up: false, down: false };
  const step = (): number => {
    const point = pointer();
    const by = point ? scrollStep(edges, point) : 0;
    return (by > 0 && moved.down) || (by < 0 && moved.up) ? by : 0;
  };
  const tick = () => {
    frame = null;
    const by = step();
    if (stopped || by === 0) return;
    const before = scroller.scrollTop;
    scroller.scrollTop = before + by;
    if (scroller.scrollTop !== before) frame = requestAnimationFrame(tick);
  };
  return {
    nudge(): void {
      const y = pointer()?.y ?? null;
      if (y !== null && lastY !== null) {
        if (y > lastY) moved.down = true;
        if (y < lastY) moved.up = true;
      }
      lastY = y;
      if (stopped || frame !== null || step() === 0) return;
      frame = requestAnimationFrame(tick);
    },
    stop(): void {
      stopped = true;
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
    },
  };
}
