import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorage } from './safeStorage';
import { startStorage } from './startStorage';
import { flushWrites, throttleWrites, WRITE_WAIT_MS } from './throttleWrites';

function counted() {
  const writes: [string, string][] = [];
  const items = new Map<string, string>();
  const backing = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      writes.push([key, value]);
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
  return { writes, items, storage: throttleWrites(createSafeStorage(() => backing)) };
}

afterEach(() => vi.useRealTimers());

describe('throttled writes', () => {
  it('writes the first at once and a burst as one write of its last value', () => {
    vi.useFakeTimers();
    const { writes, storage } = counted();
    storage.setItem('draft', 'a');
    storage.setItem('draft', 'ab');
    storage.setItem('draft', 'abc');
    expect(writes).toEqual([['draft', 'a']]);
    expect(storage.getItem('draft')).toBe('abc');
    vi.advanceTimersByTime(WRITE_WAIT_MS);
    expect(writes).toEqual([
      ['draft', 'a'],
      ['draft', 'abc'],
    ]);
  });

  it('writes what is held back when the page is hidden (pagehide)', () => {
    vi.useFakeTimers();
    const { writes, items, storage } = counted();
    const page = new EventTarget();
    const stop = startStorage(page as unknown as Window);
    storage.setItem('draft', 'one');
    storage.setItem('draft', 'one two');
    expect(items.get('draft')).toBe('one');
    page.dispatchEvent(new Event('pagehide'));
    expect(items.get('draft')).toBe('one two');
    expect(writes).toHaveLength(2);
    vi.advanceTimersByTime(WRITE_WAIT_MS);
    expect(writes).toHaveLength(2);
    stop();
  });

  it('forgets a held-back write when another tab wrote the key since', () => {
    vi.useFakeTimers();
    const { items, storage } = counted();
    storage.setItem('draft', 'mine');
    storage.setItem('draft', 'mine, later');
    items.set('draft', 'theirs');
    storage.discard('draft');
    flushWrites();
    vi.advanceTimersByTime(WRITE_WAIT_MS);
    expect(items.get('draft')).toBe('theirs');
  });
});
