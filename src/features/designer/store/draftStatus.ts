import { create } from 'zustand';

export interface DraftStatus {
  /** `saved` once the draft has been written to this browser; `failed` when the write failed. */
  save: 'idle' | 'saved' | 'failed';
  /** Set when a stored draft could not be read; its text was kept under `backupKey`. */
  unreadable: { backupKey: string } | null;
}

/** How the autosave is doing, kept apart from the designer store so writing it records nothing. */
export const useDraftStatus = create<DraftStatus>()(() => ({ save: 'idle', unreadable: null }));

export const dismissUnreadableDraft = (): void => useDraftStatus.setState({ unreadable: null });
