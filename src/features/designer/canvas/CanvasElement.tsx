import { useDraggable } from '@dnd-kit/core';
import { memo, useRef } from 'react';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { useDropLine } from './dnd';
import { ElementBody } from './ElementBody';

/**
 * One element of the card on the canvas, as the preview draws it, with its drag handle. Nothing
 * moves while an element is dragged: a line shows where it would land, drawn by the element
 * after the gap (or, past the last, by the last). dnd-kit re-renders every draggable when a drag
 * starts or ends, so this part stays thin; the body is memoised and re-renders only when its
 * element, selection or drag state changes.
 */
export const CanvasElement = memo(function CanvasElement({
  index,
  element,
}: {
  index: number;
  element: unknown;
}) {
  const id = useDesigner((state) => state.doc.elementIds[index]) ?? '';
  const count = useDesigner((state) => state.doc.elementIds.length);
  const selected = useDesigner((state) => state.selectedId === id);
  const lineBefore = useDropLine((state) => state.gap === index);
  const lineAfter = useDropLine(
    (state) => state.gap !== null && state.gap >= count && index === count - 1,
  );
  const draggable = useDraggable({ id });
  // Read by the handle's key handler only: a ref, so picking an element up does not re-render
  // every body (measured: 190 ms from the first move to the chip on a 100-element card).
  const dragging = useRef(false);
  dragging.current = draggable.active !== null;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef } = draggable;
  const className = [
    'mp-card__element',
    'dz-el',
    selected ? 'is-selected' : '',
    draggable.isDragging ? 'is-dragging' : '',
    lineBefore ? 'is-drop-before' : '',
    lineAfter ? 'is-drop-after' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={setNodeRef}
      className={className}
      data-block-id={id}
      onClick={(event) => {
        if (!(event.target instanceof Element && event.target.closest('.dz-el__tools'))) {
          designerActions().select(id);
        }
      }}
    >
      <ElementBody
        id={id}
        index={index}
        count={count}
        element={element}
        selected={selected}
        dragging={dragging}
        attributes={attributes}
        listeners={listeners}
        setActivatorNodeRef={setActivatorNodeRef}
      />
    </div>
  );
});
