import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { STORED, followStore, persistOptions } from '../../lib/storage';
import { isPlainObject, type RichTextDoc } from '../../mind';

export interface RichTextDraftState {
  /** The rich_text content being written: Mind's array, exactly as it will be sent. */
  doc: RichTextDoc;
  /** The browser refused to save the draft (storage full or blocked). */
  saveFailed: boolean;
  setDoc: (doc: RichTextDoc) => void;
}

export const RICH_TEXT_DRAFT_KEY = STORED.richTextDraft.key;

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
      ...persistOptions<{ doc: RichTextDoc }>(STORED.richTextDraft, {
        // A flag change can save the draft again (over one this tab cannot read): set it only when
        // it changes, or a refused write would recurse.
        onWrite: (written) => {
          if (useRichTextDraftStore.getState().saveFailed === written)
            useRichTextDraftStore.setState({ saveFailed: !written });
        },
      }),
      partialize: (state) => ({ doc: state.doc }),
      merge: (persisted, current) => {
        const doc = isPlainObject(persisted) ? persisted.doc : undefined;
        return Array.isArray(doc) ? { ...current, doc: doc as RichTextDoc } : current;
      },
    },
  ),
);

followStore(useRichTextDraftStore, (state) => Array.isArray(state.doc));

export const selectRichTextDoc = (state: RichTextDraftState) => state.doc;
