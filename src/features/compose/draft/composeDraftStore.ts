import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { followPersistedStore } from '../../../app/followPersistedStore';
import { MSG_TYPES, type MsgType } from '../../../mind';
import { RECIPIENT_MODES, type RecipientMode } from '../recipients/buildAudience';
import { safeStorage } from './safeStorage';

/** What compose keeps of its own: text and markdown drafts and the recipients. */
export interface ComposeDraft {
  msgType: MsgType;
  text: string;
  markdown: string;
  recipientMode: RecipientMode;
  /** The one person's open_id. */
  one: string;
  /** Their name when picked from the directory. */
  oneName: string | null;
  /** The pasted list, as typed. */
  list: string;
}

export interface ComposeDraftState extends ComposeDraft {
  setMsgType: (msgType: MsgType) => void;
  setText: (text: string) => void;
  setMarkdown: (markdown: string) => void;
  setRecipientMode: (mode: RecipientMode) => void;
  setOne: (id: string, name?: string | null) => void;
  setList: (list: string) => void;
  /** Replaces part of the draft at once (a copy from the history, an undo of it). */
  loadDraft: (draft: Partial<ComposeDraft>) => void;
}

export const COMPOSE_DRAFT_KEY = 'mcs.compose.draft';

export const EMPTY_DRAFT: ComposeDraft = {
  msgType: 'text',
  text: '',
  markdown: '',
  recipientMode: 'list',
  one: '',
  oneName: null,
  list: '',
};

const asString = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : fallback;

/** A stored draft, field by field; anything odd falls back to the empty draft. */
export function readStoredDraft(stored: unknown): ComposeDraft {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const msgType = MSG_TYPES.find((type) => type === value.msgType) ?? EMPTY_DRAFT.msgType;
  const mode = RECIPIENT_MODES.find((item) => item === value.recipientMode);
  return {
    msgType,
    text: asString(value.text, ''),
    markdown: asString(value.markdown, ''),
    // Every subscriber is never restored: it is chosen afresh each time, with its phrase.
    recipientMode: mode && mode !== 'all' ? mode : EMPTY_DRAFT.recipientMode,
    one: asString(value.one, ''),
    oneName: typeof value.oneName === 'string' ? value.oneName : null,
    list: asString(value.list, ''),
  };
}

/** Compose's draft, kept in this browser so a reload loses nothing; it follows other tabs' edits. */
export const useComposeDraft = create<ComposeDraftState>()(
  persist(
    (set) => ({
      ...EMPTY_DRAFT,
      setMsgType: (msgType) => set({ msgType }),
      setText: (text) => set({ text }),
      setMarkdown: (markdown) => set({ markdown }),
      setRecipientMode: (recipientMode) => set({ recipientMode }),
      setOne: (one, oneName = null) => set({ one, oneName }),
      setList: (list) => set({ list }),
      loadDraft: (draft) => set(draft),
    }),
    {
      name: COMPOSE_DRAFT_KEY,
      version: 1,
      storage: createJSONStorage(() => safeStorage),
      partialize: (state): ComposeDraft => readStoredDraft(state),
      merge: (persisted, current) => ({ ...current, ...readStoredDraft(persisted) }),
    },
  ),
);

followPersistedStore(useComposeDraft, { storage: safeStorage });

/** The draft's data without its actions, for a snapshot. */
export function selectDraft(state: ComposeDraftState): ComposeDraft {
  const { msgType, text, markdown, recipientMode, one, oneName, list } = state;
  return { msgType, text, markdown, recipientMode, one, oneName, list };
}
