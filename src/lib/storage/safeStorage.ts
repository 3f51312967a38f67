import { reportStorageProblem, type StorageProblem } from './storageNotice';

/** A synchronous key-value storage that never throws; a write says whether it reached the browser. */
export interface SafeStorage {
  getItem: (name: string) => string | null;
  /** False when the browser refused it: the value is then kept in memory for this tab. */
  setItem: (name: string, value: string) => boolean;
  removeItem: (name: string) => void;
}

type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `QuotaExceededError` in every browser (Firefox once named it differently). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null)) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/**
 * localStorage that never throws. A refused write (storage full or disabled) keeps the value in
 * memory, so this tab still reads back its latest work, and reports the problem (a notice the app
 * shows); a later write that succeeds clears it. `getBacking` may itself throw (a sandboxed
 * frame throws on touching `localStorage`): then storage is disabled and memory is all there is.
 */
export function createSafeStorage(
  getBacking: () => Backing,
  report: (problem: StorageProblem | null) => void = reportStorageProblem,
): SafeStorage {
  const kept = new Map<string, string>();
  const backing = (): Backing | null => {
    try {
      return getBacking();
    } catch {
      report('disabled');
      return null;
    }
  };
  return {
    getItem: (name) => {
      const inMemory = kept.get(name);
      if (inMemory !== undefined) return inMemory;
      try {
        return backing()?.getItem(name) ?? null;
      } catch {
        report('disabled');
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        const storage = backing();
        if (!storage) throw new Error('storage disabled');
        storage.setItem(name, value);
      } catch (error) {
        kept.set(name, value);
        report(isQuotaError(error) ? 'full' : 'disabled');
        return false;
      }
      kept.delete(name);
      if (kept.size === 0) report(null);
      return true;
    },
    removeItem: (name) => {
      kept.delete(name);
      try {
        backing()?.removeItem(name);
      } catch {
        // Nothing to remove from a storage that cannot be used.
      }
    },
  };
}
