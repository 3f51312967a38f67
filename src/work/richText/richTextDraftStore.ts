import { create } from 'zustand';
import { persist, type StateStorage } from 'zustand/middleware';
import { exactJsonStorage } from '../../lib/storage/exactJsonStorage';
import { followPersistedStore } from '../../lib/storage/followPersistedStore';
import type { RichTextDoc } from '../../mind';

export interface RichTextDraftState {
  /** The rich_text content being written: Mind's array, exactly as it will be sent. */
  doc: RichTextDoc;
  /** The browser refused to save the draft (storage full or blocked). */
  saveFailed: boolean;
  setDoc: (doc: RichTextDoc) => void;
}

export const RICH_TEXT_DRAFT_KEY = 'mcs.richtext.draft';

/** localStorage that never throws: a refused write is reported, an unreadable read is nothing. */
const safeStorage: StateStorage = {
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
      // Each flag change is saved again: set it only when it changes, or a refused write recurses.
      if (useRichTextDraftStore.getState().saveFailed)
        useRichTextDraftStore.setState({ saveFailed: false });
    } catch {
      if (!useRichTextDraftStore.getState().saveFailed)
        useRichTextDraftStore.setState({ saveFailed: true });
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to clean up then.
    }
  },
};

/**
 * The rich_text composer's draft, kept in this browser so a reload loses nothing, and following
 * other tabs' edits of it so none writes over another's. The send page reads `doc` from here to
 * send what was written on /rich-text.
 */
export const useRichTextDraftStore = create<RichTextDraftState>()(
  persist(
    (set) => ({
      doc: [],
      saveFailed: false,
      setDoc: (doc) => set({ doc }),
    }),
    {
      name: RICH_TEXT_DRAFT_KEY,
      version: 1,
      storage: exactJsonStorage(() => safeStorage),
      partialize: (state) => ({ doc: state.doc }),
      merge: (persisted, current) => {
        const doc = (persisted as { doc?: unknown } | null)?.doc;
        return Array.isArray(doc) ? { ...current, doc: doc as RichTextDoc } : current;
      },
    },
  ),
);

followPersistedStore(useRichTextDraftStore, {
  storage: safeStorage,
  accept: (state) => Array.isArray(state.doc),
});

export const selectRichTextDoc = (state: RichTextDraftState) => state.doc;
