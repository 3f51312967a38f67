import type { StateStorage } from 'zustand/middleware';

/** localStorage that never throws: unreadable is nothing, a refused write is dropped. */
export const safeStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
    } catch {
      // Storage full or blocked: the draft then lasts as long as the tab.
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to remove then.
    }
  },
};
