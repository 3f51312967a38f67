import { describe, expect, it } from 'vitest';
import { dropIndexAt } from './dropIndexAt';

const spans = [
  { top: 100, bottom: 140 },
  { top: 152, bottom: 252 },
  { top: 264, bottom: 300 },
];

describe('dropIndexAt', () => {
  it('puts a drop in the upper half of an element before it, in the lower half after it', () => {
    expect(dropIndexAt(104, spans)).toBe(0);
    expect(dropIndexAt(139, spans)).toBe(1);
    expect(dropIndexAt(160, spans)).toBe(1);
    expect(dropIndexAt(240, spans)).toBe(2);
    expect(dropIndexAt(290, spans)).toBe(3);
  });

  it('goes first above the elements, last below them and on an empty card', () => {
    expect(dropIndexAt(0, spans)).toBe(0);
    expect(dropIndexAt(900, spans)).toBe(3);
    expect(dropIndexAt(10, [])).toBe(0);
  });
});
