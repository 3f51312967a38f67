import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useEffect } from 'react';
import { useDesigner } from '../../../work/card/store/useDesignerStore';
import { CANVAS_ID } from './dnd';
import { watchDragTarget, type DragTarget } from './dragTargets';

export type { DragListeners } from './dragTargets';

/**
 * dnd-kit's draggable for one element of the canvas, kept apart from it: it renders nothing, under
 * `DndContext`, while the element is rendered by the canvas outside it (dragTargets.ts). It points
 * dnd-kit at the element and its handle, gives the handle dnd-kit's ARIA state and instructions,
 * and leaves the activators in the element's `listeners` for the handle to call.
 */
const DragSource = memo(function DragSource({ id }: { id: string }) {
  const draggable = useDraggable({ id });
  const { setNodeRef, setActivatorNodeRef, attributes, listeners } = draggable;
  const describedBy = attributes['aria-describedby'];
  const pressed = attributes['aria-pressed'];
  useEffect(() => {
    const attach = (target: DragTarget | undefined) => {
      setNodeRef(target?.node.current ?? null);
      setActivatorNodeRef(target?.handle?.current ?? null);
      if (target?.listeners) target.listeners.current = listeners;
      const button = target?.handle?.current;
      if (!button) return;
      // Not its aria-roledescription, the English 'draggable': the handle says it in the page's
      // language (ElementBody).
      const state = { 'aria-describedby': describedBy, 'aria-pressed': pressed };
      for (const [name, value] of Object.entries(state)) {
        if (value === undefined) button.removeAttribute(name);
        else button.setAttribute(name, String(value));
      }
    };
    return watchDragTarget(id, attach);
  }, [id, setNodeRef, setActivatorNodeRef, listeners, describedBy, pressed]);
  return null;
});

/** dnd-kit's drop target: the canvas's stage, rendered outside `DndContext` like the elements. */
function CanvasDropTarget() {
  const { setNodeRef } = useDroppable({ id: CANVAS_ID });
  useEffect(
    () => watchDragTarget(CANVAS_ID, (target) => setNodeRef(target?.node.current ?? null)),
    [setNodeRef],
  );
  return null;
}

/** dnd-kit's side of the canvas: the drop target and a draggable for each element. */
export function CanvasDragSources() {
  const ids = useDesigner((state) => state.doc.elementIds);
  return (
    <>
      <CanvasDropTarget />
      {ids.map((id) => (
        <DragSource key={id} id={id} />
      ))}
    </>
  );
}
