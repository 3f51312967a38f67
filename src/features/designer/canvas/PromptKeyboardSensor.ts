import { KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';

/**
 * dnd-kit's keyboard sensor, without losing the keys that follow the pick-up at once.
 *
 * dnd-kit starts listening for keys in a timeout after the key that picked the element up (so
 * that the same key does not also drop it). A browser hands on input before timers, so on a busy
 * page the next arrow can come first, and it did nothing. This sensor holds the keys that arrive
 * in that gap and gives them, in order, to the page once dnd-kit listens: timeouts of the same
 * delay run in the order they were set, so ours runs after dnd-kit's.
 */
export class PromptKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    super(props);
    const target = props.event.target;
    const document = target instanceof Node ? target.ownerDocument : null;
    if (!document) return;
    const held: KeyboardEvent[] = [];
    // A capture listener on the document: the key that picked the element up has passed it.
    const hold = (event: KeyboardEvent) => {
      held.push(event);
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    document.addEventListener('keydown', hold, true);
    setTimeout(() => {
      document.removeEventListener('keydown', hold, true);
      for (const event of held) {
        (event.target ?? document).dispatchEvent(
          new KeyboardEvent('keydown', {
            key: event.key,
            code: event.code,
            location: event.location,
            repeat: event.repeat,
            altKey: event.altKey,
            ctrlKey: event.ctrlKey,
            metaKey: event.metaKey,
            shiftKey: event.shiftKey,
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        );
      }
    });
  }
}
