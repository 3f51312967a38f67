import { useEffect, useRef } from 'react';
import { useCanvasDrag } from './dnd';
import { lineBox } from './dropLine';

/*
 * The drop line: one element of the stage, on a layer of its own, moved by its transform as the
 * gap under the pointer changes (a store subscription, not a render). A line drawn by the
 * elements themselves repainted the card, and laid its paint out again, on nearly every frame of
 * a drag; this costs the compositor a move. Where it goes is worked out from the elements' boxes,
 * measured once a drag, as it begins (`lineBox`).
 */
export function DropLine() {
  const line = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    let measured: ReturnType<typeof lineBox> | undefined;
    // The store starts with no gap, and the line hidden (Canvas.css).
    return useCanvasDrag.subscribe(({ gap, dragging }) => {
      const node = line.current;
      const stage = node?.parentElement;
      // Measured as the drag begins, before it changes the page (DesignerDnd's onDragStart).
      if (!dragging) measured = undefined;
      else if (stage) measured ??= lineBox(stage);
      const box = measured && gap !== null ? measured(gap) : null;
      if (!node) return;
      // Shown and hidden by its visibility: no box comes or goes, so nothing is laid out again.
      if (box) {
        node.style.width = `${box.width}px`;
        node.style.transform = `translate(${box.x}px,${box.y}px)`;
      }
      node.style.visibility = box ? 'visible' : 'hidden';
      node.dataset.gap = box ? String(gap) : '';
    });
  }, []);
  return <div ref={line} className="dz-drop-line" data-drop-line aria-hidden="true" />;
}
