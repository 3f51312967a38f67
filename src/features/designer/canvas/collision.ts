import { closestCenter, pointerWithin, type CollisionDetection } from '@dnd-kit/core';
import { CANVAS_ID, isPaletteData } from './dnd';

/**
 * A palette item is over whatever is under the pointer (a block first, else the canvas);
 * a block being sorted is over the closest other block.
 */
export const designerCollision: CollisionDetection = (args) => {
  if (isPaletteData(args.active.data.current)) {
    const hits = pointerWithin(args);
    const blocks = hits.filter((hit) => hit.id !== CANVAS_ID);
    return blocks.length > 0 ? blocks : hits;
  }
  return closestCenter({
    ...args,
    droppableContainers: args.droppableContainers.filter((container) => container.id !== CANVAS_ID),
  });
};
