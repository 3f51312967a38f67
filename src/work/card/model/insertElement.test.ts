import { describe, expect, it } from 'vitest';
import { insertElement } from './insertElement';
import { sampleDoc } from './testCards';

describe('insertElement', () => {
  it('inserts at a position with its id beside it', () => {
    const doc = insertElement(sampleDoc(), { tag: 'markdown', content: 'new' }, 1, 'n');
    expect(doc.card.elements?.map((element) => element.tag)).toEqual([
      'markdown',
      'markdown',
      'hr',
      'action',
    ]);
    expect(doc.elementIds).toEqual(['a', 'n', 'b', 'c']);
  });

  it('appends when no index is given and clamps an index out of range', () => {
    expect(insertElement(sampleDoc(), { tag: 'x' }, undefined, 'n').elementIds).toEqual([
      'a',
      'b',
      'c',
      'n',
    ]);
    expect(insertElement(sampleDoc(), { tag: 'x' }, 99, 'n').elementIds).toEqual([
      'a',
      'b',
      'c',
      'n',
    ]);
    expect(insertElement(sampleDoc(), { tag: 'x' }, -4, 'n').elementIds).toEqual([
      'n',
      'a',
      'b',
      'c',
    ]);
  });

  it('keeps unknown card fields in order and creates elements when missing', () => {
    const doc = insertElement(sampleDoc(), { tag: 'x' }, 0, 'n');
    expect(Object.keys(doc.card)).toEqual(['config', 'header', 'elements', 'i18n']);
    const bare = insertElement({ card: { header: {} }, elementIds: [] }, { tag: 'x' }, 0, 'n');
    expect(bare.card).toEqual({ header: {}, elements: [{ tag: 'x' }] });
  });

  it('does not change its input', () => {
    const before = sampleDoc();
    const copy = structuredClone(before);
    insertElement(before, { tag: 'x' }, 0, 'n');
    expect(before).toEqual(copy);
  });
});
