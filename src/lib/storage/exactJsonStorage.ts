import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { parseExactJson, stringifyJson } from '../../mind';

/**
 * zustand's `createJSONStorage`, with the model's exact JSON: a draft holding an integer beyond
 * 2^53 (a `bigint`, see src/mind/exactJson.ts) is stored and read back digit for digit, where
 * `JSON.stringify` would throw. Text that does not parse reads as nothing.
 */
export function exactJsonStorage<S>(getStorage: () => StateStorage): PersistStorage<S> {
  const storage = getStorage();
  return {
    getItem: (name) => {
      const read = (text: string | null): StorageValue<S> | null => {
        if (text === null) return null;
        try {
          return parseExactJson(text) as StorageValue<S>;
        } catch {
          return null;
        }
      };
      const text = storage.getItem(name);
      return typeof text === 'string' || text === null
        ? read(text)
        : Promise.resolve(text).then(read);
    },
    setItem: (name, value) => storage.setItem(name, stringifyJson(value)),
    removeItem: (name) => storage.removeItem(name),
  };
}
