import type { StateStorage } from 'zustand/middleware';
import { otherTabs } from './otherTabs';

/** Where `storage` events arrive: the app's `otherTabs`, or a stand-in in tests. */
export type StorageEventTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

const MAX_WRITTEN_OVER = 20;

export interface FollowOtherTabsOptions<T> {
  /** The storage key the draft is written under. */
  key: string;
  /** The storage it is written to: localStorage, or a stand-in sharing its events. */
  storage: StateStorage;
  /** The stored text as a draft, or null when it cannot be read. */
  read: (raw: string) => T | null;
  /**
   * Shows another tab's draft (stored as `text`) here. It must not write it back: that would
   * echo to the other tab.
   */
  apply: (draft: T, text: string) => void;
  /** Writes this tab's own draft, over one it could not read, so a reload brings this work back. */
  writeBack: () => void;
  /** Another tab wrote a draft this one cannot read; its text was kept under `backupKey`. */
  onUnreadable?: (backupKey: string) => void;
  /**
   * Where storage events arrive; when omitted, `otherTabs`, which hears the window once the app
   * has called `startStorage`; none when null.
   */
  target?: StorageEventTarget | null;
}

/**
 * Keeps a draft that other tabs of this browser also write in step with them: when another tab
 * writes the key, this tab shows what it wrote, so the latest edit in any tab is what every tab
 * shows and the next edit builds on it (instead of each tab writing its own copy over the
 * others'). The browser fires `storage` only in the other tabs, and only when the text changes,
 * so following without writing back cannot ping-pong. Returns a function that stops following.
 */
export function followOtherTabs<T>(options: FollowOtherTabsOptions<T>): () => void {
  const { key, storage, read, apply, writeBack, onUnreadable } = options;
  const target = options.target === undefined ? otherTabs : options.target;
  if (!target) return () => {};
  // Texts this tab wrote its own draft over: never again over the same text, so tabs that
  // cannot read each other's drafts settle instead of fighting.
  const writtenOver = new Set<string>();
  const listener = (event: Event) => {
    const changed = event as StorageEvent;
    if (changed.key !== key || changed.newValue === null) return;
    // The stored text, not the event's: events can queue up, and the latest write is the truth.
    const raw = readRaw(storage, key);
    if (raw === null) return;
    const draft = read(raw);
    if (draft !== null) {
      apply(draft, raw);
      return;
    }
    const backupKey = keepAside(storage, key, raw);
    onUnreadable?.(backupKey);
    if (writtenOver.has(raw)) return;
    if (writtenOver.size >= MAX_WRITTEN_OVER) writtenOver.clear();
    writtenOver.add(raw);
    writeBack();
  };
  target.addEventListener('storage', listener);
  return () => target.removeEventListener('storage', listener);
}

/** Copies an unreadable draft's text aside under `<key>.unreadable` and returns that key. */
export function keepAside(storage: StateStorage, key: string, raw: string): string {
  const backupKey = `${key}.unreadable`;
  try {
    void storage.setItem(backupKey, raw);
  } catch {
    // Nothing more can be done; the text stays under its own key until the next save.
  }
  return backupKey;
}

/** The text stored under `key`, or null when there is none or it cannot be read. */
export function readRaw(storage: StateStorage, key: string): string | null {
  try {
    const raw = storage.getItem(key);
    return typeof raw === 'string' ? raw : null;
  } catch {
    return null;
  }
}
