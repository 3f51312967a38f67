import type { PersistOptions, StateStorage } from 'zustand/middleware';
import { dequal } from 'dequal/lite';
import { isPlainObject, parseExactJson } from '../../mind';
import { followOtherTabs, readRaw, type StorageEventTarget } from './followOtherTabs';

/** What `followPersistedStore` needs of a zustand store made with `persist`. */
export interface PersistedStore<S, P = unknown> {
  getState: () => S;
  setState: (update: (state: S) => S) => unknown;
  persist: {
    getOptions: () => Partial<PersistOptions<S, P>>;
    setOptions: (options: Partial<PersistOptions<S, P>>) => void;
    rehydrate: () => unknown;
    onFinishHydration: (listener: (state: S) => void) => () => void;
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
 *
 * `persist` saves on every `set`, even one that changes nothing it stores (a flag, a panel).
 * Such a save is skipped while the stored draft is one this store can take: it may be another
 * tab's newer draft whose `storage` event has not arrived yet, and this tab's older one written
 * over it would then come back to that tab as the latest, losing its edit.
 */
export function followPersistedStore<S, P>(
  store: PersistedStore<S, P>,
  { storage, accept = () => true, onUnreadable, target }: FollowPersistedStoreOptions,
): () => void {
  const options = store.persist.getOptions();
  const { name, version = 0, storage: persistStorage } = options;
  if (name === undefined || !persistStorage) return () => {};
  const stored = (state: S): P | S => (options.partialize ? options.partialize(state) : state);
  const read = (raw: string) => {
    let parsed: unknown;
    try {
      parsed = parseExactJson(raw);
    } catch {
      return null;
    }
    if (!isPlainObject(parsed) || parsed.version !== version) return null;
    return isPlainObject(parsed.state) && accept(parsed.state) ? parsed.state : null;
  };

  // What this store saves, as it was when it last agreed with the key: read from it (at the
  // start or from another tab), written to it, or its defaults when nothing was stored.
  let synced = stored(store.getState());
  const stopHydration = store.persist.onFinishHydration((state) => (synced = stored(state)));
  store.persist.setOptions({
    storage: {
      ...persistStorage,
      setItem: (key, value) => {
        if (dequal(value.state, synced)) {
          const raw = readRaw(storage, key);
          if (raw !== null && read(raw) !== null) return;
        }
        synced = value.state;
        return persistStorage.setItem(key, value);
      },
    },
  });

  const stopFollowing = followOtherTabs({
    key: name,
    storage,
    read,
    apply: () => void store.persist.rehydrate(),
    // Setting the state to itself makes `persist` save it (the stored draft is unreadable).
    writeBack: () => void store.setState((state) => state),
    onUnreadable,
    target,
  });
  return () => {
    stopFollowing();
    stopHydration();
    store.persist.setOptions({ storage: persistStorage });
  };
}
