import { describe, expect, it } from 'vitest';
import { setConfigFlag } from './setConfigFlag';
import { setHeaderTemplate } from './setHeaderTemplate';
import { setHeaderTitle } from './setHeaderTitle';
import { sampleCard } from './testCards';

describe('setHeaderTitle', () => {
  it('sets the title and keeps unknown header fields in order', () => {
    const card = setHeaderTitle(sampleCard(), 'New');
    expect(card.header).toEqual({ template: 'blue', title: { content: 'New' }, subtitle: 'kept' });
    expect(Object.keys(card.header ?? {})).toEqual(['template', 'title', 'subtitle']);
  });
  it('creates the header where missing', () => {
    expect(setHeaderTitle({ elements: [] }, 'T')).toEqual({
      elements: [],
      header: { title: { content: 'T' } },
    });
  });
  it('returns its input when the title is unchanged', () => {
    const card = sampleCard();
    expect(setHeaderTitle(card, 'Hello')).toBe(card);
  });
});

describe('setHeaderTemplate', () => {
  it('sets the colour in place', () => {
    const card = setHeaderTemplate(sampleCard(), 'red');
    expect(card.header?.template).toBe('red');
    expect(Object.keys(card)).toEqual(['config', 'header', 'elements', 'i18n']);
  });
  it('returns its input when the colour is unchanged', () => {
    const card = sampleCard();
    expect(setHeaderTemplate(card, 'blue')).toBe(card);
  });
});

describe('setConfigFlag', () => {
  it('sets one switch and leaves the others', () => {
    expect(setConfigFlag(sampleCard(), 'data_visualization_mode', true).config).toEqual({
      enable_forward: true,
      is_share_card: false,
      data_visualization_mode: true,
    });
  });
  it('creates config where missing, and is a no-op when unchanged', () => {
    expect(setConfigFlag({}, 'is_share_card', true)).toEqual({ config: { is_share_card: true } });
    const card = sampleCard();
    expect(setConfigFlag(card, 'enable_forward', true)).toBe(card);
  });
});
