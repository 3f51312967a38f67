import { describe, expect, it } from 'vitest';
import { setCardKeepingIds } from './setCardKeepingIds';
import { sampleCard, sampleDoc } from './testCards';

describe('setCardKeepingIds', () => {
  it('keeps the ids by position and the card exactly as given', () => {
    const card = { ...sampleCard(), header: { title: { content: 'Edited' } } };
    const next = setCardKeepingIds(sampleDoc(), card);
    expect(next.card).toBe(card);
    expect(next.elementIds).toEqual(['a', 'b', 'c']);
  });

  it('drops ids of removed elements and makes new ones for added elements', () => {
    const fewer = { ...sampleCard(), elements: sampleCard().elements?.slice(0, 1) };
    expect(setCardKeepingIds(sampleDoc(), fewer).elementIds).toEqual(['a']);
    const more = { ...sampleCard(), elements: [...(sampleCard().elements ?? []), { tag: 'hr' }] };
    const ids = setCardKeepingIds(sampleDoc(), more).elementIds;
    expect(ids.slice(0, 3)).toEqual(['a', 'b', 'c']);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });

  it('returns the same document when the card is the same', () => {
    const doc = sampleDoc();
    expect(setCardKeepingIds(doc, doc.card)).toBe(doc);
  });
});
