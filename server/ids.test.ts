import { describe, expect, it } from 'vitest';
import { isId, newId } from './ids';

describe('newId', () => {
  it('makes UUIDs of version 7 and variant 10 that isId recognises', () => {
    const id = newId();
    expect(isId(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
  });

  it('puts the time first, so that ids sort in the order they were made', () => {
    const time = Date.UTC(2030, 0, 1);
    const id = newId(time);
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(time);
    expect(newId(time + 1) > id).toBe(true);
  });

  it('keeps many ids made at once unique, in order and random past the counter, across refills of its random pool', () => {
    const time = Date.UTC(2031, 0, 1);
    // More than one pool of random bytes (256 ids), and more than the 4,096 a millisecond's
    // counter holds (the time then moves on a millisecond).
    const ids = Array.from({ length: 5000 }, () => newId(time));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // The 60 random bits after the variant and its nibble: no two alike, so no pool slice was handed out twice.
    const randomParts = ids.map((id) => id.replace(/-/g, '').slice(17));
    expect(new Set(randomParts).size).toBe(ids.length);
  });
});
