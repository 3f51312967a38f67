import { beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { persistOptions } from './persistOptions';
import { createSafeStorage } from './safeStorage';
import { useStorageNotice } from './storageNotice';
import { throttleWrites } from './throttleWrites';

const ENTRY = { key: 'test.value', version: 2 };

/** A Storage stand-in whose writes and reads can be made to fail as browsers fail. */
function fakeStorage() {
  const items = new Map<string, string>();
  const failure: { write: Error | null; read: Error | null } = { write: null, read: null };
  return {
    items,
    failure,
    getItem: (key: string) => {
      if (failure.read) throw failure.read;
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (failure.write) throw failure.write;
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');

/** A persisted store on `backing`, as the app makes them (`persistOptions`). */
function openStore(backing: ReturnType<typeof fakeStorage>) {
  const storage = throttleWrites(
    createSafeStorage(() => backing),
    { wait: 0 },
  );
  return create<{ text: string }>()(
    persist(() => ({ text: 'default' }), persistOptions<{ text: string }>(ENTRY, { storage })),
  );
}

beforeEach(() => useStorageNotice.setState({ problem: null, unreadable: null }));

describe('the storage helper never throws and never loses the work', () => {
  it('storage full: the write is refused, the value kept in memory, the app told', () => {
    const backing = fakeStorage();
    const safe = createSafeStorage(() => backing);
    backing.failure.write = quotaError();
    expect(safe.setItem('k', 'my work')).toBe(false);
    expect(safe.getItem('k')).toBe('my work');
    expect(useStorageNotice.getState().problem).toBe('full');
    backing.failure.write = null;
    expect(safe.setItem('k', 'my work, saved')).toBe(true);
    expect(backing.items.get('k')).toBe('my work, saved');
    expect(useStorageNotice.getState().problem).toBeNull();
  });

  it('storage disabled: touching it throws, reads and writes still work in memory', () => {
    const safe = createSafeStorage(() => {
      throw securityError();
    });
    expect(safe.getItem('k')).toBeNull();
    expect(useStorageNotice.getState().problem).toBe('disabled');
    expect(safe.setItem('k', 'my work')).toBe(false);
    expect(safe.getItem('k')).toBe('my work');
    expect(() => safe.removeItem('k')).not.toThrow();
  });

  it('storage that throws on read: nothing is read, the app told', () => {
    const backing = fakeStorage();
    backing.failure.read = securityError();
    const store = openStore(backing);
    expect(store.getState().text).toBe('default');
    expect(useStorageNotice.getState().problem).toBe('disabled');
  });

  it('corrupt JSON: kept aside under <key>.unreadable, the store starts from its defaults', () => {
    const backing = fakeStorage();
    backing.items.set(ENTRY.key, '{"state":{"text":"half');
    const store = openStore(backing);
    expect(store.getState().text).toBe('default');
    expect(backing.items.get(`${ENTRY.key}.unreadable`)).toBe('{"state":{"text":"half');
    expect(useStorageNotice.getState().unreadable).toBe(`${ENTRY.key}.unreadable`);
  });

  it('an old schema version: kept aside, not taken as the new shape', () => {
    const backing = fakeStorage();
    const old = JSON.stringify({ state: { text: 'old shape' }, version: 1 });
    backing.items.set(ENTRY.key, old);
    const store = openStore(backing);
    expect(store.getState().text).toBe('default');
    expect(backing.items.get(`${ENTRY.key}.unreadable`)).toBe(old);
    expect(useStorageNotice.getState().unreadable).toBe(`${ENTRY.key}.unreadable`);
  });

  it('the current version is read back, big integers exactly', () => {
    const backing = fakeStorage();
    backing.items.set(ENTRY.key, '{"state":{"text":"mine","id":12345678901234567890},"version":2}');
    const store = openStore(backing);
    expect(store.getState().text).toBe('mine');
    store.setState({ text: 'changed' });
    expect(backing.items.get(ENTRY.key)).toBe(
      '{"state":{"text":"changed","id":12345678901234567890},"version":2}',
    );
  });
});
