import { create } from 'zustand';

export interface DraftStatus {
  /** `saved` once the draft has been written to this browser; `failed` when the write failed. */
  save: 'idle' | 'saved' | 'failed';
  /**
   * Set when a stored draft could not be read; its text was kept under `backupKey`. With
   * `fromOtherTab`, another tab wrote it and this tab kept its own card; else the designer
   * started afresh.
   */
  unreadable: { backupKey: string; fromOtherTab?: true } | null;
  /** The card shown was updated with an edit made in another tab, since this tab's last edit. */
  followed: boolean;
}

/** How the autosave is doing, kept apart from the designer store so writing it records nothing. */
export const useDraftStatus = create<DraftStatus>()(() => ({
  save: 'idle',
  unreadable: null,
  followed: false,
}));

export const dismissUnreadableDraft = (): void => useDraftStatus.setState({ unreadable: null });
export const dismissFollowed = (): void => useDraftStatus.setState({ followed: false });
