import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useContext, useRef } from 'react';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { CanvasZoomContext, DropIndexContext } from './dnd';
import { ElementBody } from './ElementBody';

/**
 * One element of the card on the canvas, as the preview draws it, with its drag handle.
 * dnd-kit re-renders every sortable item on each step of a drag (its contexts change), so this
 * part stays thin: the slot, its position and the drop line. The body is memoised and
 * re-renders only when its element, selection or drag state changes.
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
  const dropIndex = useContext(DropIndexContext);
  const zoom = useContext(CanvasZoomContext);
  const sortable = useSortable({ id });
  // Read by the handle's key handler only: a ref, so picking an element up does not re-render
  // every body (measured: 190 ms from the first move to the chip on a 100-element card).
  const dragging = useRef(false);
  dragging.current = sortable.active !== null;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    sortable;
  const className = [
    'mp-card__element',
    'dz-el',
    selected ? 'is-selected' : '',
    sortable.isDragging ? 'is-dragging' : '',
    dropIndex === index ? 'is-drop-before' : '',
    dropIndex !== null && dropIndex >= count && index === count - 1 ? 'is-drop-after' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={setNodeRef}
      className={className}
      style={{
        transform: CSS.Translate.toString(
          transform && zoom !== 1
            ? { ...transform, x: transform.x / zoom, y: transform.y / zoom }
            : transform,
        ),
        transition,
      }}
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
