import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import { followOtherTabs } from './followOtherTabs';
import { followPersistedStore } from './followPersistedStore';
import { simulateTabs, type SimulatedTab } from './simulateTabs';

const KEY = 'test.draft';

interface Draft {
  text: string;
  /** Not stored: a panel, a flag. */
  open: boolean;
  setText: (text: string) => void;
  toggle: () => void;
}

function openDraft(tab: SimulatedTab) {
  const store = createStore<Draft>()(
    persist(
      (set) => ({
        text: '',
        open: false,
        setText: (text) => set({ text }),
        toggle: () => set((state) => ({ open: !state.open })),
      }),
      {
        name: KEY,
        version: 1,
        storage: createJSONStorage(() => tab.storage),
        partialize: ({ text }) => ({ text }),
      },
    ),
  );
  const stop = followPersistedStore(store, {
    storage: tab.storage,
    accept: (state) => typeof state.text === 'string',
    target: tab.events,
  });
  return { store, stop, text: () => store.getState().text };
}

describe('followPersistedStore', () => {
  it("takes in another tab's draft without writing it back", () => {
    const browser = simulateTabs();
    const a = openDraft(browser.openTab());
    const b = openDraft(browser.openTab());
    a.store.getState().setText('from A');
    browser.deliver();
    expect(b.text()).toBe('from A');
    b.store.getState().setText('from A, then B');
    browser.deliver();
    expect(a.text()).toBe('from A, then B');
    expect(browser.writes()).toBe(2);
  });

  it("keeps aside what it cannot take and saves this tab's draft over it", () => {
    for (const raw of ['{oops', '{"state":{"text":1},"version":1}', '{"state":{"text":"x"}}']) {
      const browser = simulateTabs();
      const a = openDraft(browser.openTab());
      a.store.getState().setText('mine');
      browser.writeFromElsewhere(KEY, raw);
      browser.deliver();
      expect(a.text()).toBe('mine');
      expect(browser.items.get(`${KEY}.unreadable`)).toBe(raw);
      expect(JSON.parse(browser.items.get(KEY) ?? '')).toEqual({
        state: { text: 'mine' },
        version: 1,
      });
    }
  });

  it("never writes its older draft over another tab's newer one on a change it does not store", () => {
    const browser = simulateTabs();
    const a = openDraft(browser.openTab());
    const b = openDraft(browser.openTab());
    a.store.getState().setText('typed in A');
    // B opens a panel before the browser has told it of A's write: nothing stored changed.
    b.store.getState().toggle();
    b.store.getState().setText('');
    browser.deliver();
    expect(a.text()).toBe('typed in A');
    expect(b.text()).toBe('typed in A');
    expect(browser.writes()).toBe(1);
    // After taking A's draft in, B's next edit builds on it and is saved.
    b.store.getState().toggle();
    b.store.getState().setText('typed in A, then B');
    browser.deliver();
    expect(a.text()).toBe('typed in A, then B');
    expect(browser.writes()).toBe(2);
  });

  it('saves a change it does not store over a stored draft it cannot read, or none', () => {
    const browser = simulateTabs();
    const tab = browser.openTab();
    const a = openDraft(tab);
    a.store.getState().setText('mine');
    browser.writeFromElsewhere(KEY, '{oops');
    a.store.getState().toggle();
    expect(JSON.parse(browser.items.get(KEY) ?? '')).toEqual({
      state: { text: 'mine' },
      version: 1,
    });
    tab.storage.removeItem(KEY);
    a.store.getState().toggle();
    expect(browser.items.has(KEY)).toBe(true);
  });

  it('stops following when asked', () => {
    const browser = simulateTabs();
    const a = openDraft(browser.openTab());
    const b = openDraft(browser.openTab());
    b.stop();
    a.store.getState().setText('from A');
    browser.deliver();
    expect(b.text()).toBe('');
  });
});

describe('followOtherTabs', () => {
  it('ignores other keys and removals', () => {
    const browser = simulateTabs();
    const tab = browser.openTab();
    const seen: string[] = [];
    followOtherTabs({
      key: KEY,
      storage: tab.storage,
      read: (raw) => raw,
      apply: (raw) => seen.push(raw),
      writeBack: () => seen.push('written back'),
      target: tab.events,
    });
    browser.writeFromElsewhere('other.key', 'x');
    browser.writeFromElsewhere(KEY, 'y');
    browser.deliver();
    browser.openTab().storage.removeItem(KEY);
    browser.deliver();
    expect(seen).toEqual(['y']);
  });
});
