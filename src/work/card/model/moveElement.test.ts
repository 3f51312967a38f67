import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CardElement } from '../../../mind';
import { moveElement } from './moveElement';
import { sampleDoc } from './testCards';

describe('moveElement', () => {
  it('moves an element and its id together', () => {
    const doc = moveElement(sampleDoc(), 0, 2);
    expect(doc.card.elements?.map((element) => element.tag)).toEqual(['hr', 'action', 'markdown']);
    expect(doc.elementIds).toEqual(['b', 'c', 'a']);
  });

  it('returns its input for a no-op or an index out of range', () => {
    const doc = sampleDoc();
    expect(moveElement(doc, 1, 1)).toBe(doc);
    expect(moveElement(doc, 0, 3)).toBe(doc);
    expect(moveElement(doc, -1, 0)).toBe(doc);
  });

  it('keeps every element paired with its id, whatever the move', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.nat(), (size, rawFrom, rawTo) => {
        const elements: CardElement[] = Array.from({ length: size }, (_, index) => ({
          tag: 'markdown',
          content: `m${index}`,
        }));
        const doc = { card: { elements }, elementIds: elements.map((_, index) => `m${index}`) };
        const moved = moveElement(doc, rawFrom % size, rawTo % size);
        expect(moved.card.elements?.map((element) => element.content)).toEqual(moved.elementIds);
        expect([...moved.elementIds].sort()).toEqual([...doc.elementIds].sort());
        expect(moved.elementIds[rawTo % size]).toBe(`m${rawFrom % size}`);
      }),
    );
  });
});
