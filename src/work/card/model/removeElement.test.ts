import { describe, expect, it } from 'vitest';
import { removeElement } from './removeElement';
import { sampleDoc } from './testCards';

describe('removeElement', () => {
  it('removes the element and its id', () => {
    const doc = removeElement(sampleDoc(), 1);
    expect(doc.card.elements?.map((element) => element.tag)).toEqual(['markdown', 'action']);
    expect(doc.elementIds).toEqual(['a', 'c']);
    expect(Object.keys(doc.card)).toEqual(['config', 'header', 'elements', 'i18n']);
  });

  it('returns its input for an index out of range', () => {
    const doc = sampleDoc();
    expect(removeElement(doc, 3)).toBe(doc);
    expect(removeElement(doc, -1)).toBe(doc);
  });
});
