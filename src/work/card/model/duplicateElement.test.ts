import { describe, expect, it } from 'vitest';
import { duplicateElement } from './duplicateElement';
import { sampleDoc } from './testCards';

describe('duplicateElement', () => {
  it('puts a deep copy right after the original, under a new id', () => {
    const doc = duplicateElement(sampleDoc(), 2, 'copy');
    expect(doc.elementIds).toEqual(['a', 'b', 'c', 'copy']);
    const [original, copy] = [doc.card.elements?.[2], doc.card.elements?.[3]];
    expect(copy).toEqual(original);
    expect(copy).not.toBe(original);
    expect(copy?.action).not.toBe(original?.action);
  });

  it('keeps the unknown fields of an unknown element', () => {
    expect(duplicateElement(sampleDoc(), 1, 'copy').card.elements?.[2]).toEqual({
      tag: 'hr',
      style: 'dashed',
    });
  });

  it('returns its input for an index out of range', () => {
    const doc = sampleDoc();
    expect(duplicateElement(doc, 7)).toBe(doc);
  });
});
