import type { StateStorage } from 'zustand/middleware';
import { isPlainObject, parseExactJson } from '../../mind';
import { followOtherTabs, type StorageEventTarget } from './followOtherTabs';

/** What `followPersistedStore` needs of a zustand store made with `persist`. */
export interface PersistedStore<S> {
  setState: (update: (state: S) => S) => unknown;
  persist: {
    getOptions: () => { name?: string; version?: number };
    rehydrate: () => unknown;
  };
}

export interface FollowPersistedStoreOptions {
  /** The storage the store's `persist` writes to (its raw text is read from here). */
  storage: StateStorage;
  /** Whether a stored state is one this store can take; anything else is kept aside. */
  accept?: (state: Record<string, unknown>) => boolean;
  onUnreadable?: (backupKey: string) => void;
  target?: StorageEventTarget | null;
}

/**
 * `followOtherTabs` for a store made with zustand's `persist`: another tab's draft is taken in
 * by `rehydrate` (which sets the state without writing it back), and one this store cannot take
 * (bad JSON, another version, `accept` says no) is kept aside while this tab's draft is saved.
 */
export function followPersistedStore<S>(
  store: PersistedStore<S>,
  { storage, accept = () => true, onUnreadable, target }: FollowPersistedStoreOptions,
): () => void {
  const { name, version = 0 } = store.persist.getOptions();
  if (name === undefined) return () => {};
  return followOtherTabs({
    key: name,
    storage,
    read: (raw) => {
      let parsed: unknown;
      try {
        parsed = parseExactJson(raw);
      } catch {
        return null;
      }
      if (!isPlainObject(parsed) || parsed.version !== version) return null;
      return isPlainObject(parsed.state) && accept(parsed.state) ? parsed.state : null;
    },
    apply: () => void store.persist.rehydrate(),
    // Setting the state to itself changes nothing here and makes `persist` save it.
    writeBack: () => void store.setState((state) => state),
    onUnreadable,
    target,
  });
}
