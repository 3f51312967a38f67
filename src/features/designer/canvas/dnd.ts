import { createContext } from 'react';
import type { PaletteKind } from '../../../work/card/model/types';

/** The droppable id of the canvas itself (dropping there appends). */
export const CANVAS_ID = 'designer-canvas';
export const paletteId = (kind: PaletteKind): string => `palette:${kind}`;

/** What dnd-kit carries for a palette item. */
export interface PaletteDragData {
  source: 'palette';
  kind: PaletteKind;
}

export const isPaletteData = (data: unknown): data is PaletteDragData =>
  typeof data === 'object' && data !== null && (data as { source?: unknown }).source === 'palette';

/** Where a palette item would be inserted, while one is dragged over the canvas. */
export const DropIndexContext = createContext<number | null>(null);

/**
 * How much the canvas is zoomed out to fit a narrow screen (1 when the card fits). dnd-kit
 * measures on screen, so a transform it gives is divided by this before it is applied inside
 * the zoomed card.
 */
export const CanvasZoomContext = createContext(1);
