import { PointerSensor, type PointerSensorProps } from '@dnd-kit/core';
import type { PointerEvent } from 'react';
import { flushSync } from 'react-dom';

/**
 * A pointer sensor that leaves buttons, fields and links inside a draggable to do their job, and
 * whose drag has begun, for dnd-kit, by the time the pointer is released.
 *
 * Once the drag has begun it hands dnd-kit no pointer moves: the designer follows the pointer
 * itself (DesignerDnd: the drop line, the chip, the auto-scroll, the words for a screen reader),
 * and dnd-kit, given a move, renders its context and works out collisions on every one (about
 * 3 ms of a drag frame's 8, measured). dnd-kit keeps the pick-up, the drop, Escape and the keyboard.
 *
 * dnd-kit reads the element being dragged from its last render when the pointer comes up: if the
 * render of the pick-up has not happened yet (a quick flick on a busy page, where the browser
 * hands on input before React's scheduled work), it drops the drop, the element stays where it
 * was and the canvas stays in its dragging state. The pick-up is therefore rendered at once.
 */
export class FieldAwarePointerSensor extends PointerSensor {
  constructor(props: PointerSensorProps) {
    super({
      ...props,
      onStart: (coordinates) => flushSync(() => props.onStart(coordinates)),
      onMove: () => {},
    });
    // dnd-kit would scroll from where it last heard the pointer, the pick-up: DesignerDnd scrolls.
    this.autoScrollEnabled = false;
  }

  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent: event }: PointerEvent) => {
        if (!event.isPrimary || event.button !== 0) return false;
        const target = event.target instanceof Element ? event.target : null;
        return !target?.closest(
          '[data-no-drag], input, textarea, select, a, [contenteditable="true"]',
        );
      },
    },
  ];
}
