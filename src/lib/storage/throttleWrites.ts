import type { SafeStorage } from './safeStorage';

/** How long writes of one key are held back after one went out: typing writes a few times a second. */
export const WRITE_WAIT_MS = 300;

export interface ThrottledStorage {
  /** The value as last set here, written or not yet. */
  getItem: (name: string) => string | null;
  /** Writes at once when the key was not written within the wait, else at its end (the latest value). */
  setItem: (name: string, value: string) => void;
  removeItem: (name: string) => void;
  /** Writes every held-back value now (the page is being hidden or closed). */
  flush: () => void;
  /** Forgets a held-back value: another tab has written the key since, and its value is newer. */
  discard: (name: string) => void;
  /** Called after each write of `name` reaches the storage, with whether the browser took it. */
  onWrite: (name: string, listener: (written: boolean) => void) => () => void;
}

export interface ThrottleOptions {
  wait?: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const throttled = new Set<ThrottledStorage>();

/** Writes out what every throttled storage holds back (on `pagehide`, see `startStorage`). */
export function flushWrites(): void {
  for (const storage of throttled) storage.flush();
}

/**
 * Holds back writes of a key to at most one per `wait`: the first goes out at once, the later
 * ones as one write of the latest value when the wait ends. Reads see the latest value.
 */
export function throttleWrites(
  backing: SafeStorage,
  {
    wait = WRITE_WAIT_MS,
    now = Date.now,
    setTimer = (run, ms) => setTimeout(run, ms),
    clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  }: ThrottleOptions = {},
): ThrottledStorage {
  const pending = new Map<string, { value: string; timer: unknown }>();
  const lastWrite = new Map<string, number>();
  const listeners = new Map<string, Set<(written: boolean) => void>>();

  const write = (name: string, value: string) => {
    lastWrite.set(name, now());
    const written = backing.setItem(name, value);
    for (const listener of listeners.get(name) ?? []) listener(written);
  };
  const writePending = (name: string) => {
    const held = pending.get(name);
    if (!held) return;
    clearTimer(held.timer);
    pending.delete(name);
    if (pending.size === 0) throttled.delete(storage);
    write(name, held.value);
  };

  const storage: ThrottledStorage = {
    getItem: (name) => pending.get(name)?.value ?? backing.getItem(name),
    setItem: (name, value) => {
      const held = pending.get(name);
      if (held) {
        held.value = value;
        return;
      }
      const since = now() - (lastWrite.get(name) ?? -Infinity);
      if (since >= wait) {
        write(name, value);
        return;
      }
      pending.set(name, { value, timer: setTimer(() => writePending(name), wait - since) });
      throttled.add(storage);
    },
    removeItem: (name) => {
      storage.discard(name);
      backing.removeItem(name);
    },
    flush: () => {
      for (const name of [...pending.keys()]) writePending(name);
    },
    discard: (name) => {
      const held = pending.get(name);
      if (!held) return;
      clearTimer(held.timer);
      pending.delete(name);
      if (pending.size === 0) throttled.delete(storage);
    },
    onWrite: (name, listener) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set.add(listener));
      return () => set.delete(listener);
    },
  };
  return storage;
}
