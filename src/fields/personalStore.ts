import { create } from 'zustand';
import type { MissingPolicy } from '../api/personal';
import type { PersonalTable } from './personalTable';

/**
 * The list with fields loaded in compose, the choices for missing values, who is previewed. The
 * designer's inspector reads it too: it offers the Fields menu while a list is loaded.
 */
export interface PersonalState {
  table: PersonalTable | null;
  policies: Record<string, MissingPolicy>;
  /** The open_id the preview shows the message of; null: the first. */
  previewId: string | null;
  setTable: (table: PersonalTable | null) => void;
  setPolicy: (field: string, policy: MissingPolicy) => void;
  setPreviewId: (id: string | null) => void;
}

/** Kept for the page's life (not stored): a list of people's values is not left in the browser. */
export const usePersonal = create<PersonalState>()((set) => ({
  table: null,
  policies: {},
  previewId: null,
  setTable: (table) => set({ table, previewId: null }),
  setPolicy: (field, policy) =>
    set((state) => ({ policies: { ...state.policies, [field]: policy } })),
  setPreviewId: (previewId) => set({ previewId }),
}));
