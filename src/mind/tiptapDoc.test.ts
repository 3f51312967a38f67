import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectImport } from './detectImport';
import { richTextArbitrary } from './testing/arbitraries';
import { seedJson } from './testing/seed';
import {
  KEPT_BLOCK,
  KEPT_INLINE,
  KEPT_MARK,
  findKeptParts,
  fromTiptapDoc,
  toTiptapDoc,
  type TiptapNode,
} from './tiptapDoc';
import type { RichTextDoc, RichTextNode } from './types';

const seed = seedJson('rich_text.content.json') as RichTextDoc;
const roundTrip = (doc: RichTextDoc) => fromTiptapDoc(toTiptapDoc(doc));
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const text = (value: string, marks?: RichTextNode['marks']): RichTextNode =>
  marks ? { type: 'text', marks, text: value } : { type: 'text', text: value };
const link = {
  type: 'link',
  attrs: { href: 'https://a.example/', target: '_blank', class: 'me-link' },
};

describe('toTiptapDoc / fromTiptapDoc', () => {
  it('round-trips the seed example exactly, key order included', () => {
    const back = roundTrip(seed);
    expect(back).toEqual(seed);
    expect(JSON.stringify(back)).toBe(JSON.stringify(seed));
    expect(findKeptParts(toTiptapDoc(seed))).toEqual([]);
  });

  it('wraps the array in a doc and gives the editor every spec node as its own node', () => {
    const doc = toTiptapDoc(seed);
    expect(doc.type).toBe('doc');
    expect(doc.content.map((node) => node.type)).toEqual(seed.map((node) => node.type));
    expect(doc.content[6]).toEqual({
      type: 'heading',
      attrs: { level: 1, id: 'hotuh' },
      content: [{ type: 'text', text: '一级标题 (#空格)' }],
    });
  });

  const alone: [string, RichTextDoc][] = [
    ['paragraph', [paragraph(text('plain'))]],
    ['empty paragraph in the middle', [{ type: 'paragraph' }, paragraph(text('x'))]],
    [
      'heading with id',
      [{ type: 'heading', attrs: { level: 2, id: 'abcde' }, content: [text('H')] }],
    ],
    ['heading without id', [{ type: 'heading', attrs: { level: 3 }, content: [text('H')] }]],
    ['heading level 6', [{ type: 'heading', attrs: { level: 6, id: 'z' } }]],
    [
      'bullet list',
      [{ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('a'))] }] }],
    ],
    [
      'ordered list from 3',
      [
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [paragraph(text('c'))] }],
        },
      ],
    ],
    [
      'ordered list without attrs',
      [{ type: 'orderedList', content: [{ type: 'listItem', content: [paragraph(text('c'))] }] }],
    ],
    [
      'image with alt',
      [{ type: 'image', attrs: { src: 'https://a.example/i.png', alt: 'A', title: null } }],
    ],
    ['bold', [paragraph(text('b', [{ type: 'bold' }]))]],
    ['link', [paragraph(text('l', [link]))]],
    ['bold link', [paragraph(text('bl', [{ type: 'bold' }, link]))]],
    ['mention', [paragraph({ type: 'mention', attrs: { id: 'ou_1', label: 'Ann' } })]],
    ['mention without label', [paragraph({ type: 'mention', attrs: { id: 'ou_1' } })]],
    [
      'emoji',
      [paragraph({ type: 'emoji', attrs: { alt: '鼓掌', src: '/images/emoji_applaud.png' } })],
    ],
  ];

  it.each(alone)('holds a %s in editable nodes and gives it back exactly', (_name, doc) => {
    expect(findKeptParts(toTiptapDoc(doc))).toEqual([]);
    expect(JSON.stringify(roundTrip(doc))).toBe(JSON.stringify(doc));
  });

  it('round-trips nested lists, a list item holding several blocks', () => {
    const doc: RichTextDoc = [
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [
              paragraph(text('outer')),
              {
                type: 'orderedList',
                attrs: { start: 1 },
                content: [
                  {
                    type: 'listItem',
                    content: [
                      paragraph(text('inner')),
                      {
                        type: 'bulletList',
                        content: [{ type: 'listItem', content: [paragraph(text('deep'))] }],
                      },
                    ],
                  },
                ],
              },
              { type: 'image', attrs: { src: 'https://a.example/x.png', alt: null, title: null } },
            ],
          },
        ],
      },
    ];
    expect(findKeptParts(toTiptapDoc(doc))).toEqual([]);
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('keeps an unknown node as a locked block carrying its JSON', () => {
    const quote = { type: 'blockquote', content: [paragraph(text('q'))] };
    const doc = toTiptapDoc([quote, paragraph(text('after'))]);
    expect(doc.content[0]).toEqual({ type: KEPT_BLOCK, attrs: { json: quote } });
    expect(findKeptParts(doc)).toEqual([{ kind: 'node', type: 'blockquote' }]);
    expect(fromTiptapDoc(doc)).toEqual([quote, paragraph(text('after'))]);
  });

  it('keeps an unknown mark on editable text', () => {
    const italic = { type: 'italic' };
    const doc = toTiptapDoc([paragraph(text('it', [{ type: 'bold' }, italic]))]);
    expect(doc.content[0]?.content?.[0]).toEqual({
      type: 'text',
      marks: [{ type: 'bold' }, { type: KEPT_MARK, attrs: { json: italic } }],
      text: 'it',
    });
    expect(findKeptParts(doc)).toEqual([{ kind: 'mark', type: 'italic' }]);
  });

  const locked: [string, unknown, string][] = [
    [
      'a heading with an unknown attribute',
      { type: 'heading', attrs: { level: 1, align: 'c' } },
      KEPT_BLOCK,
    ],
    ['a heading with level 9', { type: 'heading', attrs: { level: 9 } }, KEPT_BLOCK],
    ['a heading with id null', { type: 'heading', attrs: { level: 1, id: null } }, KEPT_BLOCK],
    ['a paragraph with an extra field', { type: 'paragraph', x_extra: 1 }, KEPT_BLOCK],
    ['a paragraph with empty content', { type: 'paragraph', content: [] }, KEPT_BLOCK],
    [
      'an image without alt',
      { type: 'image', attrs: { src: 'https://a/i.png', title: null } },
      KEPT_BLOCK,
    ],
    ['an empty list', { type: 'bulletList', content: [] }, KEPT_BLOCK],
    ['a list holding a paragraph', { type: 'bulletList', content: [paragraph()] }, KEPT_BLOCK],
    [
      'a list item opening with a heading',
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'heading', attrs: { level: 1 } }] }],
      },
      KEPT_BLOCK,
    ],
    ['an ordered list with attrs {}', { type: 'orderedList', attrs: {}, content: [] }, KEPT_BLOCK],
    ['text at the top level', text('loose'), KEPT_BLOCK],
    ['a list item at the top level', { type: 'listItem', content: [paragraph()] }, KEPT_BLOCK],
    ['null', null, KEPT_BLOCK],
    ['a number', 7, KEPT_BLOCK],
  ];

  it.each(locked)('locks %s and gives it back untouched', (_name, node, keptType) => {
    const doc = toTiptapDoc([node as RichTextNode]);
    expect(doc.content[0]).toEqual({ type: keptType, attrs: { json: node } });
    expect(fromTiptapDoc(doc)).toEqual([node]);
  });

  const lockedInline: [string, unknown][] = [
    ['an empty text node', text('')],
    ['a mention with label null', { type: 'mention', attrs: { id: 'ou_1', label: null } }],
    ['a mention without id', { type: 'mention', attrs: { label: 'A' } }],
    [
      'an emoji with an extra attribute',
      { type: 'emoji', attrs: { alt: 'a', src: '/s.png', w: 1 } },
    ],
    ['text with marks: []', { type: 'text', marks: [], text: 'x' }],
    ['text with two bolds', text('x', [{ type: 'bold' }, { type: 'bold' }])],
    [
      'text with the same unknown mark twice',
      text('x', [
        { type: 'u', attrs: { a: 1, b: 2 } },
        { type: 'u', attrs: { b: 2, a: 1 } },
      ]),
    ],
    [
      'an image inside a paragraph',
      { type: 'image', attrs: { src: 'https://a/i.png', alt: null, title: null } },
    ],
    ['a hard break', { type: 'hardBreak' }],
  ];

  it.each(lockedInline)('locks %s inline and gives it back untouched', (_name, node) => {
    const doc = toTiptapDoc([paragraph(text('a'), node as RichTextNode)]);
    expect(doc.content[0]?.content?.[1]).toEqual({ type: KEPT_INLINE, attrs: { json: node } });
    expect(fromTiptapDoc(doc)).toEqual([paragraph(text('a'), node as RichTextNode)]);
  });

  it('locks a link whose attributes are not exactly Mind’s as a kept mark', () => {
    const odd = { type: 'link', attrs: { href: 'https://a/', target: '_self', class: 'me-link' } };
    const doc = toTiptapDoc([paragraph(text('x', [odd]))]);
    expect(doc.content[0]?.content?.[0]?.marks).toEqual([
      { type: KEPT_MARK, attrs: { json: odd } },
    ]);
    expect(fromTiptapDoc(doc)).toEqual([paragraph(text('x', [odd]))]);
  });

  it('maps an empty array to one empty paragraph and back', () => {
    expect(toTiptapDoc([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(roundTrip([])).toEqual([]);
  });

  it('keeps an empty last paragraph that was loaded, drops one the editor added', () => {
    const doc: RichTextDoc = [paragraph(text('a')), { type: 'paragraph' }];
    expect(roundTrip(doc)).toEqual(doc);
    expect(
      fromTiptapDoc({
        type: 'doc',
        content: [...toTiptapDoc([paragraph(text('a'))]).content, { type: 'paragraph' }],
      }),
    ).toEqual([paragraph(text('a'))]);
  });
});

describe('fromTiptapDoc on a stock TipTap document', () => {
  it('writes Mind’s attributes and nothing else', () => {
    const stock: TiptapNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1, id: null, textAlign: null }, content: [text('T')] },
        {
          type: 'paragraph',
          attrs: { textAlign: null },
          content: [
            {
              type: 'text',
              marks: [
                {
                  type: 'link',
                  attrs: {
                    href: 'https://a.example/',
                    target: '_blank',
                    rel: 'noopener noreferrer nofollow',
                    class: null,
                    title: null,
                  },
                },
              ],
              text: 'link',
            },
            { type: 'mention', attrs: { id: 'ou_1', label: 'Ann', mentionSuggestionChar: '@' } },
            { type: 'mention', attrs: { id: 'ou_2', label: null, mentionSuggestionChar: '@' } },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('one')] }] }],
        },
        {
          type: 'image',
          attrs: { src: 'https://a/i.png', alt: null, title: null, width: null, height: null },
        },
        { type: 'paragraph' },
        { type: 'paragraph', attrs: { textAlign: null } },
      ],
    };
    expect(JSON.stringify(fromTiptapDoc(stock))).toBe(
      JSON.stringify([
        { type: 'heading', attrs: { level: 1 }, content: [text('T')] },
        {
          type: 'paragraph',
          content: [
            text('link', [link]),
            { type: 'mention', attrs: { id: 'ou_1', label: 'Ann' } },
            { type: 'mention', attrs: { id: 'ou_2' } },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 1 },
          content: [{ type: 'listItem', content: [paragraph(text('one'))] }],
        },
        { type: 'image', attrs: { src: 'https://a/i.png', alt: null, title: null } },
      ]),
    );
  });

  it('keeps unknown nodes and marks of other editors as they are, converting inside them', () => {
    const stock: TiptapNode = {
      type: 'doc',
      content: [
        {
          type: 'blockquote',
          attrs: { cite: null },
          content: [
            {
              type: 'paragraph',
              content: [
                text('q', [
                  { type: 'italic' },
                  { type: 'link', attrs: { href: 'https://q/', rel: 'x' } },
                ]),
              ],
            },
          ],
        },
      ],
    };
    expect(fromTiptapDoc(stock)).toEqual([
      {
        type: 'blockquote',
        attrs: { cite: null },
        content: [
          paragraph(
            text('q', [
              { type: 'italic' },
              { type: 'link', attrs: { href: 'https://q/', target: '_blank', class: 'me-link' } },
            ]),
          ),
        ],
      },
    ]);
  });

  it('is what detectImport uses for a pasted TipTap document', () => {
    const pasted = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id: 'ou_1', label: 'Ann', mentionSuggestionChar: '@' } },
            {
              type: 'text',
              marks: [
                {
                  type: 'link',
                  attrs: { href: 'https://a.example/', rel: 'noopener', title: null },
                },
              ],
              text: 'link',
            },
          ],
        },
        { type: 'paragraph' },
      ],
    };
    const result = detectImport(JSON.stringify(pasted));
    expect(result.ok && result.kind).toBe('tiptap-doc');
    expect(result.ok && result.message.content).toEqual([
      paragraph({ type: 'mention', attrs: { id: 'ou_1', label: 'Ann' } }, text('link', [link])),
    ]);
  });

  it('gives an empty array for a doc without content', () => {
    expect(fromTiptapDoc({ type: 'doc' })).toEqual([]);
  });
});

describe('round trip properties', () => {
  it('gives back any spec-shaped rich_text exactly', () => {
    fc.assert(
      fc.property(richTextArbitrary, (doc) => {
        expect(roundTrip(doc as RichTextDoc)).toEqual(doc);
      }),
    );
  });

  it('gives back any JSON array exactly, whatever it holds', () => {
    const node = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.record(
        {
          type: fc.constantFrom(
            'paragraph',
            'heading',
            'text',
            'mention',
            'bulletList',
            'listItem',
            'quote',
          ),
          text: fc.string(),
          attrs: fc.dictionary(fc.constantFrom('level', 'id', 'x'), fc.jsonValue({ maxDepth: 1 })),
          content: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
          marks: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }),
        },
        { requiredKeys: ['type'] },
      ),
    );
    fc.assert(
      fc.property(fc.array(node, { maxLength: 5 }), (doc) => {
        expect(roundTrip(doc as RichTextDoc)).toEqual(doc);
      }),
      { numRuns: 500 },
    );
  });
});
