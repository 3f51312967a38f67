import { pointerWithin, rectIntersection, type CollisionDetection } from '@dnd-kit/core';
import { CANVAS_ID } from './dnd';

/**
 * The canvas is the one drop target: something dragged is over it while the pointer is (by the
 * keyboard: while the dragged element is). Where on it a drop lands is read from the page, see
 * dropLine.ts; dnd-kit measures no element, so picking one up or moving it costs the same on a
 * card of a hundred elements as on one of three.
 */
export const designerCollision: CollisionDetection = (args) => {
  const canvas = {
    ...args,
    droppableContainers: args.droppableContainers.filter((c) => c.id === CANVAS_ID),
  };
  return args.pointerCoordinates ? pointerWithin(canvas) : rectIntersection(canvas);
};
