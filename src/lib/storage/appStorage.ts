import { otherTabs } from './otherTabs';
import { createSafeStorage } from './safeStorage';
import { throttleWrites } from './throttleWrites';

/** This browser's localStorage, never throwing: the one place the app touches it. */
export const browserStorage = createSafeStorage(() => window.localStorage);

/**
 * This tab's sessionStorage, never throwing: what is kept only while the tab lives (across a
 * reload, not after it is closed). Its problems are not the app's storage notice's (that one is
 * about drafts, in localStorage): a refusal here only means less is remembered.
 */
export const tabStorage = createSafeStorage(
  () => window.sessionStorage,
  () => undefined,
);

/** `browserStorage` with each key written at most every few hundred ms (flushed on `pagehide`). */
export const appStorage = throttleWrites(browserStorage);

// Another tab's write of a key is newer than a write of it still held back here.
otherTabs.addEventListener('storage', (event) => {
  const { key } = event as StorageEvent;
  if (key !== null) appStorage.discard(key);
});

/** A value's text as stored, for one kept aside as unreadable ('' when it is gone). */
export const readBackup = (backupKey: string): string => browserStorage.getItem(backupKey) ?? '';
