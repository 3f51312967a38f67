import { memo, useLayoutEffect, useRef } from 'react';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { useCanvasDrag } from './dnd';
import { provideDragTarget, type DragListeners } from './dragTargets';
import { ElementBody } from './ElementBody';

/**
 * One element of the card on the canvas, as the preview draws it, with its drag handle. Nothing
 * moves while an element is dragged: a line shows where it would land, drawn by the element
 * after the gap (or, past the last, by the last). dnd-kit's side of the drag is `DragSource`,
 * rendered apart under dnd-kit's context (dragTargets.ts), which finds the element, its handle
 * and where its activators go by id; the body is memoised and re-renders only when its element
 * or selection changes.
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
  const dragged = useCanvasDrag((state) => state.dragged === id);
  const node = useRef<HTMLDivElement | null>(null);
  const handle = useRef<HTMLButtonElement | null>(null);
  const listeners = useRef<DragListeners>(undefined);
  // In the layout phase: the element's own node and its handle's are attached by then.
  useLayoutEffect(() => provideDragTarget(id, { node, handle, listeners }), [id]);
  const className = [
    'mp-card__element',
    'dz-el',
    selected ? 'is-selected' : '',
    dragged ? 'is-dragging' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={node}
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
        handle={handle}
        listeners={listeners}
      />
    </div>
  );
});
