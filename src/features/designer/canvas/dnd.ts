import { create } from 'zustand';
import type { PaletteKind } from '../../../work/card/model/types';

/** The droppable id of the canvas itself: the one drop target (where on it: see dropLine.ts). */
export const CANVAS_ID = 'designer-canvas';
export const paletteId = (kind: PaletteKind): string => `palette:${kind}`;

/** What dnd-kit carries for a palette item. */
export interface PaletteDragData {
  source: 'palette';
  kind: PaletteKind;
}

export const isPaletteData = (data: unknown): data is PaletteDragData =>
  typeof data === 'object' && data !== null && (data as { source?: unknown }).source === 'palette';

/**
 * A drag on the canvas: whether something is dragged, the element being dragged (its id; null for
 * a palette item or none), and where the line is drawn while something is dragged over the canvas: the gap before element
 * `gap` (the element count: after the last), or null. A store, not a context: when the line
 * moves, the two elements it leaves and reaches re-render, not all of them.
 */
export const useCanvasDrag = create<{
  dragging: boolean;
  dragged: string | null;
  gap: number | null;
}>()(() => ({ dragging: false, dragged: null, gap: null }));

export function setDropLine(gap: number | null): void {
  if (useCanvasDrag.getState().gap !== gap) useCanvasDrag.setState({ gap });
}
