import { describe, expect, it } from 'vitest';
import { createDocument, emptyCard } from './createDocument';
import { createElement } from './createElement';
import { elementKind } from './elementKind';
import { locateIssue } from './locateIssue';
import { restoreDraft } from './restoreDraft';
import { summarizeElement } from './summarizeElement';
import { sampleCard } from './testCards';

const texts = { markdown: '**Hi**', richText: 'Text', button: 'Open' };

describe('elementKind', () => {
  it('knows well-formed elements and treats the rest as unknown', () => {
    expect(elementKind({ tag: 'markdown', content: 'x' })).toBe('markdown');
    expect(elementKind({ tag: 'rich_text', content: [] })).toBe('rich_text');
    expect(elementKind({ tag: 'action', action: [] })).toBe('action');
    expect(elementKind({ tag: 'markdown', content: 3 })).toBe('unknown');
    expect(elementKind({ tag: 'hr' })).toBe('unknown');
    expect(elementKind('text')).toBe('unknown');
  });
});

describe('createElement', () => {
  it('makes each palette kind a valid element', () => {
    expect(createElement('markdown', texts)).toEqual({ tag: 'markdown', content: '**Hi**' });
    expect(elementKind(createElement('rich_text', texts))).toBe('rich_text');
    expect(createElement('action', texts)).toEqual({
      tag: 'action',
      action: [
        {
          tag: 'button',
          text: { content: 'Open', tag: 'plain_text' },
          type: 'view',
          template: 'default',
          url: '',
        },
      ],
    });
  });
});

describe('createDocument', () => {
  it('gives each element a distinct id and keeps the card', () => {
    const card = sampleCard();
    const doc = createDocument(card);
    expect(doc.card).toBe(card);
    expect(new Set(doc.elementIds).size).toBe(3);
    expect(createDocument(emptyCard()).elementIds).toEqual([]);
  });
});

describe('locateIssue', () => {
  it('finds the element and the field of a pointer', () => {
    expect(locateIssue('/content/elements/2/action/0/url')).toEqual({
      target: 'element',
      index: 2,
      rest: ['action', '0', 'url'],
    });
    expect(locateIssue('/content/header/title/content')).toEqual({ target: 'card' });
    expect(locateIssue('/content/elements')).toEqual({ target: 'card' });
    expect(locateIssue('/receive_id')).toEqual({ target: 'elsewhere' });
  });
});

describe('restoreDraft', () => {
  it('restores a stored document and its ids', () => {
    const stored = { card: sampleCard(), elementIds: ['a', 'b', 'c'] };
    expect(restoreDraft(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });
  it('makes new ids when they do not fit', () => {
    const restored = restoreDraft({ card: sampleCard(), elementIds: ['a', 'a'] });
    expect(restored?.elementIds).toHaveLength(3);
    expect(new Set(restored?.elementIds).size).toBe(3);
  });
  it('refuses what is not a document', () => {
    for (const bad of [null, 'x', [], {}, { card: 3 }, { card: { elements: 'x' } }]) {
      expect(restoreDraft(bad)).toBeNull();
    }
  });
});

describe('summarizeElement', () => {
  it('keeps words apart where a line breaks', () => {
    expect(
      summarizeElement({ tag: 'markdown', content: 'Long paragraph here<br>text<br/>more' }),
    ).toBe('Long paragraph here text more');
    const content = [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Long paragraph here' },
          { type: 'hardBreak' },
          { type: 'text', text: 'text' },
        ],
      },
    ];
    expect(summarizeElement({ tag: 'rich_text', content })).toBe('Title Long paragraph here text');
  });
  it('strips markdown and the dialect tags', () => {
    expect(
      summarizeElement({
        tag: 'markdown',
        content: '**Bold** <font color="#f00">red</font>\n[link](https://x)',
      }),
    ).toBe('Bold red link');
  });
  it('reads rich text, mentions and emoji', () => {
    const content = [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Hi ' },
          { type: 'mention', attrs: { id: 'on_1', label: 'Ann' } },
        ],
      },
      { type: 'paragraph', content: [{ type: 'emoji', attrs: { alt: '鼓掌', src: '/e.png' } }] },
    ];
    expect(summarizeElement({ tag: 'rich_text', content })).toBe('Hi @Ann [鼓掌]');
  });
});
