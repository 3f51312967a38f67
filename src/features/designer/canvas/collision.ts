import { closestCenter, pointerWithin, type CollisionDetection } from '@dnd-kit/core';
import { CANVAS_ID, isPaletteData } from './dnd';

/**
 * A palette item is over the canvas while the pointer is (where it lands is read from the page:
 * see paletteDrop.ts); an element being sorted is over the closest other element.
 */
export const designerCollision: CollisionDetection = (args) => {
  if (isPaletteData(args.active.data.current)) {
    return pointerWithin({
      ...args,
      droppableContainers: args.droppableContainers.filter(
        (container) => container.id === CANVAS_ID,
      ),
    });
  }
  return closestCenter({
    ...args,
    droppableContainers: args.droppableContainers.filter((container) => container.id !== CANVAS_ID),
  });
};
