import { create } from 'zustand';

/** Why this browser does not keep the work: its storage is full, or disabled (private mode, settings). */
export type StorageProblem = 'full' | 'disabled';

export interface StorageNotice {
  /** The last write or read that failed, until a write succeeds again; the work is kept in memory. */
  problem: StorageProblem | null;
  /** A stored value that could not be read (bad JSON, another version): its text was kept here. */
  unreadable: string | null;
}

/** What the app shows about its storage (src/app/StorageNotice.tsx). */
export const useStorageNotice = create<StorageNotice>()(() => ({
  problem: null,
  unreadable: null,
}));

export const reportStorageProblem = (problem: StorageProblem | null): void => {
  if (useStorageNotice.getState().problem !== problem) useStorageNotice.setState({ problem });
};

export const reportUnreadable = (backupKey: string): void =>
  useStorageNotice.setState({ unreadable: backupKey });

export const dismissStorageNotice = (): void =>
  useStorageNotice.setState({ problem: null, unreadable: null });
