import { describe, expect, it, vi } from 'vitest';
import { createBurstGrouping } from './burstGrouping';

describe('createBurstGrouping', () => {
  it('records the first keystroke of a burst and skips the rest', () => {
    let time = 0;
    const grouping = createBurstGrouping<number>({ windowMs: 1000, now: () => time });
    const record = vi.fn();
    const handle = grouping.handleSet(record);
    for (const past of [0, 1, 2]) {
      grouping.mark('title');
      handle(past, undefined, past + 1);
      time += 400;
    }
    expect(record).toHaveBeenCalledTimes(1);
    expect(record.mock.calls[0]?.[0]).toBe(0);
  });

  it('starts a new step after a pause, in another field, or after a plain change', () => {
    let time = 0;
    const grouping = createBurstGrouping<number>({ windowMs: 1000, now: () => time });
    const record = vi.fn();
    const handle = grouping.handleSet(record);
    grouping.mark('a');
    handle(0, undefined, 1);
    time = 1500;
    grouping.mark('a');
    handle(1, undefined, 2);
    grouping.mark('b');
    handle(2, undefined, 3);
    handle(3, undefined, 4);
    grouping.mark('b');
    handle(4, undefined, 5);
    expect(record.mock.calls.map((call) => call[0])).toEqual([0, 1, 2, 3, 4]);
  });

  it('starts a new step after reset', () => {
    const grouping = createBurstGrouping<number>({ now: () => 0 });
    const record = vi.fn();
    const handle = grouping.handleSet(record);
    grouping.mark('a');
    handle(0, undefined, 1);
    grouping.reset();
    grouping.mark('a');
    handle(1, undefined, 2);
    expect(record).toHaveBeenCalledTimes(2);
  });
});
