import { describe, expect, it } from 'vitest';
import { setKey } from './objectKeys';
import { sampleDoc } from './testCards';
import { updateElement } from './updateElement';

describe('updateElement', () => {
  it('replaces one element and keeps the ids', () => {
    const doc = updateElement(sampleDoc(), 0, (element) => setKey(element, 'content', 'two'));
    expect(doc.card.elements?.[0]).toEqual({ tag: 'markdown', content: 'two' });
    expect(doc.elementIds).toEqual(['a', 'b', 'c']);
  });

  it('returns its input when nothing changes or the index is out of range', () => {
    const doc = sampleDoc();
    expect(updateElement(doc, 0, (element) => setKey(element, 'content', 'one'))).toBe(doc);
    expect(updateElement(doc, 5, () => ({ tag: 'x' }))).toBe(doc);
  });
});
