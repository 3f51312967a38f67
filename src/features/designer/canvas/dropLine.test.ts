import { describe, expect, it } from 'vitest';
import { gapFor, targetOf } from './dropLine';

describe('moving an element by its drop line', () => {
  it('reads the gap before or after the element itself as no move', () => {
    expect(targetOf(2, 2)).toBe(2);
    expect(targetOf(2, 3)).toBe(2);
    expect(targetOf(2, null)).toBe(2);
  });

  it('moves up to the gap and down to just before it', () => {
    expect(targetOf(2, 0)).toBe(0);
    expect(targetOf(2, 1)).toBe(1);
    expect(targetOf(2, 4)).toBe(3);
    expect(targetOf(0, 5)).toBe(4);
  });

  it('draws the line of each move in the gap that makes it, and none for staying', () => {
    for (const from of [0, 1, 2, 4]) {
      for (let to = 0; to < 5; to += 1) {
        const gap = gapFor(from, to);
        expect(gap === null).toBe(to === from);
        expect(targetOf(from, gap)).toBe(to);
      }
    }
  });
});
