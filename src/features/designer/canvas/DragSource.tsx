import { useDraggable } from '@dnd-kit/core';
import { memo, useEffect, type RefObject } from 'react';

/** What an element's handle calls to start a drag (dnd-kit's pointer and keyboard activators). */
export type DragListeners = ReturnType<typeof useDraggable>['listeners'];

/**
 * dnd-kit's draggable for one element of the canvas, kept apart from it. dnd-kit re-renders every
 * draggable each time a drag starts, is measured, finds its target or ends (three or four passes
 * to pick one up): this renders nothing, so on a card of a hundred elements those passes are a
 * hundred empty components, not a hundred elements. It points dnd-kit at the element and its
 * handle, gives the handle dnd-kit's ARIA state and instructions, and leaves the activators in `listeners`
 * for the handle to call.
 */
export const DragSource = memo(function DragSource({
  id,
  node,
  handle,
  listeners,
}: {
  id: string;
  node: RefObject<HTMLElement | null>;
  handle: RefObject<HTMLElement | null>;
  listeners: RefObject<DragListeners>;
}) {
  const draggable = useDraggable({ id });
  const { setNodeRef, setActivatorNodeRef, attributes } = draggable;
  // After the commit, not in its layout phase: this is rendered inside the element, whose own ref
  // is attached after its children's layout effects have run.
  useEffect(() => {
    setNodeRef(node.current);
    setActivatorNodeRef(handle.current);
    listeners.current = draggable.listeners;
    const button = handle.current;
    if (!button) return;
    // Not its aria-roledescription, the English 'draggable': the handle says it in the page's
    // language (ElementBody).
    for (const name of ['aria-describedby', 'aria-pressed'] as const) {
      const value = attributes[name];
      if (value === undefined) button.removeAttribute(name);
      else button.setAttribute(name, String(value));
    }
  });
  return null;
});
