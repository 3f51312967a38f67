import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isPlainObject, parseExactJson, stringifyJson } from '../../mind';
import { appStorage } from './appStorage';
import { followPersistedStore, type PersistedStore } from './followPersistedStore';
import { keepAside } from './followOtherTabs';
import { reportUnreadable } from './storageNotice';
import type { StoredEntry } from './storedKeys';
import type { ThrottledStorage } from './throttleWrites';

export interface PersistedOptions<P> {
  /** The stored state as this store takes it, or null when it cannot (it is then kept aside). */
  read?: (state: unknown) => P | null;
  /** After each write of the key reaches the browser, with whether it was taken. */
  onWrite?: (written: boolean) => void;
  /** The app's storage by default; a stand-in in tests. */
  storage?: ThrottledStorage;
}

/**
 * A stored value's text as `{ state, version }`, or null when it is not one this entry takes:
 * not JSON, another version (an older shape), or refused by `read`. Integers beyond 2^53 are
 * read exactly (src/mind/exactJson.ts).
 */
export function readStored<P>(
  text: string,
  entry: StoredEntry,
  read: (state: unknown) => P | null = (state) => state as P,
): StorageValue<P> | null {
  let parsed: unknown;
  try {
    parsed = parseExactJson(text);
  } catch {
    return null;
  }
  if (!isPlainObject(parsed) || parsed.version !== entry.version) return null;
  const state = read(parsed.state);
  return state === null ? null : { state, version: entry.version };
}

/**
 * zustand `persist` storage for an entry of `STORED`: exact JSON, writes throttled, never
 * throwing. A value it cannot read is copied aside (`<key>.unreadable`), the app says so, and
 * the store starts from its defaults.
 */
export function persistedStorage<P>(
  entry: StoredEntry,
  { read, onWrite, storage = appStorage }: PersistedOptions<P> = {},
): PersistStorage<P> {
  if (onWrite) storage.onWrite(entry.key, onWrite);
  return {
    getItem: (name) => {
      const text = storage.getItem(name);
      if (text === null) return null;
      const value = readStored(text, entry, read);
      if (value) return value;
      reportUnreadable(keepAside(storage, name, text));
      return null;
    },
    setItem: (name, value) => storage.setItem(name, stringifyJson(value)),
    removeItem: (name) => storage.removeItem(name),
  };
}

/** The `persist` options naming an entry of `STORED`: its key, its version, its storage. */
export function persistOptions<P>(entry: StoredEntry, options: PersistedOptions<P> = {}) {
  return {
    name: entry.key,
    version: entry.version,
    storage: persistedStorage<P>(entry, options),
  };
}

/**
 * Keeps a store made with `persistOptions` in step with other tabs once the app has started
 * its storage (`startStorage`); `accept` says which stored states it can take.
 */
export function followStore<S, P>(
  store: PersistedStore<S, P>,
  accept?: (state: Record<string, unknown>) => boolean,
): () => void {
  return followPersistedStore(store, { storage: appStorage, accept });
}

/** A plain-text entry (no JSON, no version): read now, synchronously, or `null`. */
export const readStoredText = (entry: StoredEntry): string | null => appStorage.getItem(entry.key);

/** Writes a plain-text entry (throttled like the rest). */
export const writeStoredText = (entry: StoredEntry, text: string): void =>
  appStorage.setItem(entry.key, text);
