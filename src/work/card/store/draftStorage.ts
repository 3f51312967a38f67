import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { keepAside } from '../../../lib/storage/followOtherTabs';
import { isPlainObject, parseExactJson, stringifyJson } from '../../../mind';
import { restoreDraft } from '../model/restoreDraft';
import type { DesignerDocument } from '../model/types';

export interface PersistedDraft {
  doc: DesignerDocument;
  selectedId: string | null;
}

export interface DraftStorageEvents {
  /** The draft reached the storage, as this text. */
  onWritten: (value: StorageValue<PersistedDraft>, text: string) => void;
  onWriteFailed: (error: unknown) => void;
  /** The stored draft could not be read; its text was copied to `backupKey` first. */
  onUnreadable: (backupKey: string) => void;
}

/**
 * The draft's storage: reading never throws (an unreadable draft is copied aside and the
 * designer starts afresh), and a failed write (storage full, private mode) is reported.
 */
export function createDraftStorage(
  backing: StateStorage,
  events: DraftStorageEvents,
): PersistStorage<PersistedDraft> {
  return {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = backing.getItem(name) as string | null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      const draft = readDraft(raw);
      if (draft) return draft;
      events.onUnreadable(keepAside(backing, name, raw));
      return null;
    },
    setItem: (name, value) => {
      // The app's storage never throws: it answers false when the browser refused the write.
      try {
        const text = stringifyJson(value);
        if (backing.setItem(name, text) === false)
          events.onWriteFailed(new Error('storage refused the draft'));
        else events.onWritten(value, text);
      } catch (error) {
        events.onWriteFailed(error);
      }
    },
    removeItem: (name) => {
      try {
        backing.removeItem(name);
      } catch {
        // Ignored: nothing to remove from an unavailable storage.
      }
    },
  };
}

/** A stored draft's text as a draft, or null when it is not one. */
export function readDraft(raw: string): StorageValue<PersistedDraft> | null {
  let parsed: unknown;
  try {
    parsed = parseExactJson(raw);
  } catch {
    return null;
  }
  if (!isPlainObject(parsed) || !isPlainObject(parsed.state)) return null;
  const doc = restoreDraft(parsed.state.doc);
  if (!doc) return null;
  const selected = parsed.state.selectedId;
  const selectedId =
    typeof selected === 'string' && doc.elementIds.includes(selected) ? selected : null;
  return {
    state: { doc, selectedId },
    version: typeof parsed.version === 'number' ? parsed.version : 0,
  };
}

/** A storage in memory, for tests (and a stand-in for one that cannot be used). */
export function memoryStorage(): StateStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => {
      items.set(name, value);
    },
    removeItem: (name) => {
      items.delete(name);
    },
  };
}
