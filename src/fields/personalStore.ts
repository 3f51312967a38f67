import { create } from 'zustand';
import type { MissingPolicy } from '../api/personal';
import type { PersonalTable } from './personalTable';
import { STORED, tabStorage } from '../lib/storage';

/**
 * The list with fields loaded in compose, the choices for missing values, who is previewed. The
 * designer's inspector reads it too: it offers the Fields menu while a list is loaded.
 */
export interface PersonalState {
  table: PersonalTable | null;
  /**
   * The table this tab held before the page was reloaded (its name and size only: the values
   * are not kept), so that compose says it is gone rather than send `{{name}}` as written.
   */
  lost: LostTable | null;
  /** The person has seen that the table is gone and goes on without it. */
  forgetLost: () => void;
  policies: Record<string, MissingPolicy>;
  /** The open_id the preview shows the message of; null: the first. */
  previewId: string | null;
  setTable: (table: PersonalTable | null) => void;
  setPolicy: (field: string, policy: MissingPolicy) => void;
  setPreviewId: (id: string | null) => void;
}

/** What is remembered of a loaded table across a reload of the tab: never its values. */
export interface LostTable {
  /** The file's name, or null when pasted. */
  source: string | null;
  people: number;
}

const LOST_KEY = STORED.loadedTable.key;

function readLost(): LostTable | null {
  try {
    const value: unknown = JSON.parse(tabStorage.getItem(LOST_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { source, people } = value as Record<string, unknown>;
    return (typeof source === 'string' || source === null) && typeof people === 'number'
      ? { source, people }
      : null;
  } catch {
    return null;
  }
}

function rememberLoaded(table: PersonalTable | null): void {
  if (table)
    tabStorage.setItem(
      LOST_KEY,
      JSON.stringify({ source: table.source, people: table.rows.length }),
    );
  else tabStorage.removeItem(LOST_KEY);
}

/**
 * Kept for the page's life (not stored): a list of people's values is not left in the browser.
 * Only that one was loaded (its name and size) is kept for the tab, to say after a reload that
 * it is gone.
 */
export const usePersonal = create<PersonalState>()((set) => ({
  table: null,
  lost: readLost(),
  forgetLost: () => {
    rememberLoaded(null);
    set({ lost: null });
  },
  policies: {},
  previewId: null,
  setTable: (table) => {
    rememberLoaded(table);
    set({ table, lost: null, previewId: null });
  },
  setPolicy: (field, policy) =>
    set((state) => ({ policies: { ...state.policies, [field]: policy } })),
  setPreviewId: (previewId) => set({ previewId }),
}));
