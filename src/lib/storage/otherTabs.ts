import type { StorageEventTarget } from './followOtherTabs';

const listeners = new Set<EventListenerOrEventListenerObject>();

/**
 * Where the app's persisted stores hear other tabs' writes. A store registers here when it is
 * created; nothing is heard until the app calls `startStorage` (src/main.tsx), which hands the
 * window's `storage` events on. Importing a store listens to nothing.
 */
export const otherTabs: StorageEventTarget = {
  addEventListener: (type, listener) => {
    if (type === 'storage' && listener) listeners.add(listener);
  },
  removeEventListener: (_type, listener) => {
    if (listener) listeners.delete(listener);
  },
};

/** Hands one `storage` event to every registered store, in the order they registered. */
export function deliverOtherTabWrite(event: Event): void {
  for (const listener of [...listeners]) {
    if (typeof listener === 'function') listener(event);
    else listener.handleEvent(event);
  }
}
