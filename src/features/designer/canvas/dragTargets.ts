import type { useDraggable } from '@dnd-kit/core';
import type { RefObject } from 'react';

/*
 * Where dnd-kit's side of the canvas meets the canvas. The canvas is rendered outside
 * `DndContext` (DesignerWorkspace): dnd-kit renders its context providers anew on every pointer
 * move of a drag, and React then walks the whole tree under them looking for readers, which for a
 * card of a hundred elements was 2,400 components a move, a fifth to a third of React's work in a
 * drag frame. Under `DndContext` are only the palette and one empty component per element
 * (`DragSource`) and for the canvas (`CanvasDropTarget`); they find the DOM nodes they stand for
 * here, by id.
 */

/** What an element's handle calls to start a drag (dnd-kit's pointer and keyboard activators). */
export type DragListeners = ReturnType<typeof useDraggable>['listeners'];

/**
 * What the canvas gives dnd-kit of one element: its box, its handle and where its activators go
 * (of the stage, only its box).
 */
export interface DragTarget {
  node: RefObject<HTMLElement | null>;
  handle?: RefObject<HTMLElement | null>;
  listeners?: RefObject<DragListeners>;
}

const targets = new Map<string, DragTarget>();
/** dnd-kit's side, told when the canvas's side of the same id arrives or leaves. */
const watchers = new Map<string, () => void>();

/** The canvas's side: an element's nodes (or the stage's, `CANVAS_ID`) while it is mounted. */
export function provideDragTarget(id: string, target: DragTarget): () => void {
  targets.set(id, target);
  watchers.get(id)?.();
  return () => {
    if (targets.get(id) !== target) return;
    targets.delete(id);
    watchers.get(id)?.();
  };
}

/** dnd-kit's side: `attach` now and whenever the canvas's nodes for `id` change. */
export function watchDragTarget(id: string, attach: (target: DragTarget | undefined) => void) {
  const watcher = () => attach(targets.get(id));
  watchers.set(id, watcher);
  watcher();
  return () => {
    if (watchers.get(id) === watcher) watchers.delete(id);
  };
}
