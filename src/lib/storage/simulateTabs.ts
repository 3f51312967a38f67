import type { StateStorage } from 'zustand/middleware';

export interface SimulatedTab {
  /** This tab's view of the shared storage: its writes are heard by the other tabs. */
  storage: StateStorage;
  /** Where this tab hears the other tabs' writes. */
  events: EventTarget;
}

/**
 * Tabs of one browser sharing one localStorage, for unit tests. As in a browser, a write that
 * changes a value queues a `storage` event for every other tab (never the writer), and an
 * unchanged value queues nothing; `deliver` hands the queued events over, as the browser does
 * between tasks, until none are left, and throws if the tabs keep writing to each other.
 */
export function simulateTabs() {
  const items = new Map<string, string>();
  const tabs: SimulatedTab[] = [];
  const queue: { to: EventTarget; init: StorageEventInit }[] = [];
  let writes = 0;

  const write = (from: SimulatedTab, key: string, newValue: string | null) => {
    const oldValue = items.get(key) ?? null;
    if (oldValue === newValue) return;
    writes += 1;
    if (newValue === null) items.delete(key);
    else items.set(key, newValue);
    for (const tab of tabs)
      if (tab !== from) queue.push({ to: tab.events, init: { key, oldValue, newValue } });
  };

  return {
    items,
    /** How many writes changed a stored value so far. */
    writes: () => writes,
    openTab(): SimulatedTab {
      const tab: SimulatedTab = {
        events: new EventTarget(),
        storage: {
          getItem: (key) => items.get(key) ?? null,
          setItem: (key, value) => write(tab, key, value),
          removeItem: (key) => write(tab, key, null),
        },
      };
      tabs.push(tab);
      return tab;
    },
    /** Writes as another program would (a tab of another build, a hand in the devtools). */
    writeFromElsewhere(key: string, value: string): void {
      write(
        {
          storage: { getItem: () => null, setItem: () => {}, removeItem: () => {} },
          events: new EventTarget(),
        },
        key,
        value,
      );
    },
    deliver(): void {
      for (let round = 0; queue.length > 0; round += 1) {
        if (round > 100) throw new Error('the tabs keep writing to each other');
        const next = queue.shift();
        if (next) next.to.dispatchEvent(new StorageEvent('storage', next.init));
      }
    },
  };
}
