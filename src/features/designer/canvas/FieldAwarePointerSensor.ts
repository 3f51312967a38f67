import { PointerSensor } from '@dnd-kit/core';
import type { PointerEvent } from 'react';

/** A pointer sensor that leaves buttons, fields and links inside a draggable to do their job. */
export class FieldAwarePointerSensor extends PointerSensor {
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
