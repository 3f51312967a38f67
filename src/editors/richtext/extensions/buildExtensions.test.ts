import { Editor, getSchema } from '@tiptap/core';
import { DOMParser, DOMSerializer } from '@tiptap/pm/model';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import seedJson from '../../../../fixtures/seed/rich_text.content.json';
import type { RichTextDoc, RichTextNode } from '../../../mind';
import { fromTiptapDoc, toTiptapDoc, type TiptapNode } from '../../../mind/tiptapDoc';
import { createMentionController } from '../mentionController';
import { buildExtensions } from './buildExtensions';
import { ownUndoStep } from './ownUndoStep';

const seed = seedJson as RichTextDoc;
const schema = getSchema(buildExtensions());

/** Through the editor's ProseMirror schema and back, as the editor would export it. */
function throughSchema(doc: RichTextDoc): RichTextDoc {
  const node = schema.nodeFromJSON(toTiptapDoc(doc));
  node.check();
  return fromTiptapDoc(node.toJSON() as TiptapNode);
}

const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const text = (value: string, marks?: RichTextNode['marks']): RichTextNode =>
  marks ? { type: 'text', marks, text: value } : { type: 'text', text: value };

describe('the editor schema', () => {
  it('holds the seed example and gives it back exactly, key order included', () => {
    expect(JSON.stringify(throughSchema(seed))).toBe(JSON.stringify(seed));
  });

  it('holds every spec node and mark without adding attributes', () => {
    const doc: RichTextDoc = [
      { type: 'heading', attrs: { level: 2, id: 'abcde' }, content: [text('H')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('no id')] },
      {
        type: 'orderedList',
        attrs: { start: 4 },
        content: [
          {
            type: 'listItem',
            content: [
              paragraph(text('four')),
              {
                type: 'bulletList',
                content: [{ type: 'listItem', content: [paragraph(text('nested'))] }],
              },
            ],
          },
        ],
      },
      { type: 'orderedList', content: [{ type: 'listItem', content: [paragraph(text('bare'))] }] },
      paragraph(
        { type: 'mention', attrs: { id: 'ou_1' } },
        { type: 'emoji', attrs: { alt: '鼓掌', src: '/images/emoji_applaud.png' } },
      ),
      { type: 'image', attrs: { src: 'https://a.example/i.png', alt: 'An image', title: 'T' } },
      { type: 'paragraph' },
    ];
    expect(JSON.stringify(throughSchema(doc))).toBe(JSON.stringify(doc));
  });

  it('carries unknown nodes and marks through unchanged', () => {
    const doc: RichTextDoc = [
      { type: 'blockquote', content: [paragraph(text('quoted'))] },
      paragraph(
        text('it', [{ type: 'italic' }]),
        { type: 'hardBreak' },
        text('struck', [{ type: 'strike' }, { type: 'textStyle', attrs: { color: 'red' } }]),
      ),
      { type: 'heading', attrs: { level: 1, align: 'center' }, content: [text('odd')] },
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [{ type: 'image', attrs: { src: 'x' } }] }],
      },
    ];
    expect(throughSchema(doc)).toEqual(doc);
  });

  it('accepts any JSON array: never a schema error, nothing lost, stable once through', () => {
    const inline = fc.oneof(
      fc.record({
        type: fc.constant('text'),
        text: fc.string({ maxLength: 3 }),
        marks: fc.array(
          fc.constantFrom(
            { type: 'bold' },
            { type: 'italic' },
            { type: 'link', attrs: { href: 'https://a/', target: '_blank', class: 'me-link' } },
          ),
          { maxLength: 3 },
        ),
      }),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const paragraphs = fc.array(
      fc.record({ type: fc.constant('paragraph'), content: fc.array(inline, { maxLength: 3 }) }),
      { maxLength: 2 },
    );
    const block = fc.oneof(
      fc.record({ type: fc.constant('paragraph'), content: fc.array(inline, { maxLength: 3 }) }),
      fc.record({
        type: fc.constantFrom('bulletList', 'orderedList'),
        content: fc.array(fc.record({ type: fc.constant('listItem'), content: paragraphs }), {
          maxLength: 2,
        }),
      }),
      fc.jsonValue({ maxDepth: 3 }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }), (generated) => {
        const doc = generated as RichTextDoc;
        const once = throughSchema(doc);
        expect(allText(once)).toBe(allText(doc));
        expect(throughSchema(once)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
});

/** Every string under a `text` key, in document order: what a reader would lose if dropped. */
function allText(value: unknown): string {
  if (Array.isArray(value)) return value.map(allText).join('');
  if (typeof value !== 'object' || value === null) return '';
  return Object.entries(value)
    .map(([key, child]) => (key === 'text' && typeof child === 'string' ? child : allText(child)))
    .join('');
}

describe('copy and paste inside the editor', () => {
  it('keeps every node, mark and kept part through HTML', () => {
    const doc: RichTextDoc = [
      ...seed.filter((node) => node.type !== 'image'),
      { type: 'image', attrs: { src: 'https://a.example/i.png', alt: 'A', title: null } },
      { type: 'blockquote', content: [paragraph(text('q'))] },
      paragraph(text('it', [{ type: 'italic' }]), { type: 'hardBreak' }),
    ];
    const node = schema.nodeFromJSON(toTiptapDoc(doc));
    const container = document.createElement('div');
    container.append(DOMSerializer.fromSchema(schema).serializeFragment(node.content));
    // ProseMirror keeps whitespace when it pastes a slice it copied itself.
    const parsed = DOMParser.fromSchema(schema).parse(container, { preserveWhitespace: true });
    expect(fromTiptapDoc(parsed.toJSON() as TiptapNode)).toEqual(doc);
  });
});

describe('the editor', () => {
  let editor: Editor | undefined;
  afterEach(() => editor?.destroy());

  const open = (doc: RichTextDoc) => {
    editor = new Editor({ extensions: buildExtensions(), content: toTiptapDoc(doc) });
    return editor;
  };
  const exported = () => fromTiptapDoc((editor as Editor).getJSON() as TiptapNode);

  it('exports what it loaded, untouched', () => {
    open(seed);
    expect(JSON.stringify(exported())).toBe(JSON.stringify(seed));
  });

  it('writes a link with exactly href, target and class', () => {
    open([paragraph(text('go here'))]);
    editor
      ?.chain()
      .setTextSelection({ from: 4, to: 8 })
      .setLink({ href: 'https://mind.example/' })
      .run();
    expect(exported()).toEqual([
      paragraph(
        text('go '),
        text('here', [
          {
            type: 'link',
            attrs: { href: 'https://mind.example/', target: '_blank', class: 'me-link' },
          },
        ]),
      ),
    ]);
  });

  it('refuses a javascript: link', () => {
    open([paragraph(text('x'))]);
    editor?.chain().selectAll().setLink({ href: 'javascript:alert(1)' }).run();
    expect(exported()).toEqual([paragraph(text('x'))]);
  });

  it('gives a new heading a short id and a new ordered list start 1', () => {
    open([paragraph(text('title'))]);
    editor?.chain().setTextSelection(2).setHeading({ level: 2 }).run();
    const [heading] = exported();
    expect(heading).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(heading?.attrs?.id).toMatch(/^[a-z]{5}$/);
    editor?.chain().setParagraph().toggleOrderedList().run();
    expect(exported()[0]).toMatchObject({ type: 'orderedList', attrs: { start: 1 } });
  });

  it('writes mentions and emoji with exactly their attributes, and no trailing paragraph', () => {
    open([]);
    editor
      ?.chain()
      .insertContent([
        { type: 'mention', attrs: { id: 'ou_ann', label: 'Ann', mentionSuggestionChar: '@' } },
        { type: 'emoji', attrs: { alt: '鼓掌', src: '/images/emoji_applaud.png' } },
      ])
      .run();
    editor
      ?.chain()
      .insertContentAt(editor.state.doc.content.size, {
        type: 'image',
        attrs: { src: 'https://a/i.png', alt: 'A' },
      })
      .run();
    expect(JSON.stringify(exported())).toBe(
      JSON.stringify([
        paragraph(
          { type: 'mention', attrs: { id: 'ou_ann', label: 'Ann' } },
          { type: 'emoji', attrs: { alt: '鼓掌', src: '/images/emoji_applaud.png' } },
        ),
        { type: 'image', attrs: { src: 'https://a/i.png', alt: 'A', title: null } },
      ]),
    );
  });

  it('undoes an image or emoji inserted right after typing on its own, not with the typing', () => {
    open([paragraph(text('a'))]);
    const current = editor as Editor;
    current.chain().setTextSelection(2).splitBlock().insertContent('typed').run();
    current
      .chain()
      .command(ownUndoStep)
      .insertContent({ type: 'emoji', attrs: { alt: '鼓掌', src: '/images/emoji_applaud.png' } })
      .run();
    current
      .chain()
      .command(ownUndoStep)
      .insertContent({ type: 'image', attrs: { src: 'https://example.com/cat.png', alt: null } })
      .run();
    const typed = paragraph(text('typed'), {
      type: 'emoji',
      attrs: { alt: '鼓掌', src: '/images/emoji_applaud.png' },
    });
    expect(exported()).toHaveLength(3);
    current.commands.undo();
    expect(exported()).toEqual([paragraph(text('a')), typed]);
    current.commands.undo();
    expect(exported()).toEqual([paragraph(text('a')), paragraph(text('typed'))]);
  });

  it('makes Shift+Enter a new paragraph, as Mind has no hard break', () => {
    open([paragraph(text('ab'))]);
    editor?.commands.setTextSelection(2);
    const event = new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true });
    editor?.view.someProp('handleKeyDown', (handler) => handler(editor!.view, event));
    expect(exported()).toEqual([paragraph(text('a')), paragraph(text('b'))]);
  });

  it('opens the @ list after Chinese text but not inside an e-mail address', () => {
    const controller = createMentionController(async () => []);
    editor = new Editor({
      extensions: buildExtensions({ mentionSuggestion: controller.suggestion }),
      content: toTiptapDoc([]),
    });
    const active = () =>
      editor!.state.plugins.some((plugin) => {
        const state: unknown = plugin.getState(editor!.state);
        return (
          typeof state === 'object' && state !== null && 'active' in state && state.active === true
        );
      });
    editor.commands.insertContent('你好@张');
    expect(active()).toBe(true);
    editor.commands.setContent(toTiptapDoc([]));
    editor.commands.insertContent('ann@example');
    expect(active()).toBe(false);
  });

  it('turns markdown-style input into Mind nodes', () => {
    open([]);
    const type = (value: string) => {
      for (const character of value) {
        const { from, to } = editor!.state.selection;
        const handled = editor!.view.someProp('handleTextInput', (handler) =>
          handler(editor!.view, from, to, character, () =>
            editor!.state.tr.insertText(character, from, to),
          ),
        );
        if (!handled) editor!.view.dispatch(editor!.state.tr.insertText(character, from, to));
      }
    };
    type('# ');
    type('Title');
    expect(exported()[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } });
    editor?.commands.setContent(toTiptapDoc([]));
    type('1. ');
    type('one');
    expect(exported()[0]).toMatchObject({ type: 'orderedList', attrs: { start: 1 } });
    editor?.commands.setContent(toTiptapDoc([]));
    type('**bold** ');
    expect(exported()).toEqual([paragraph(text('bold', [{ type: 'bold' }]), text(' '))]);
  });
});

describe('addresses in the editor follow the message URL policy', () => {
  let editor: Editor | undefined;
  afterEach(() => editor?.destroy());
  const exported = () => fromTiptapDoc((editor as Editor).getJSON() as TiptapNode);
  const start = () => {
    editor = new Editor({
      extensions: buildExtensions(),
      content: toTiptapDoc([paragraph(text('x'))]),
    });
    return editor;
  };
  const REFUSED = [
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    '//evil.example/a.png',
  ];

  it.each(REFUSED)('creates no image or emoji with src %j', (src) => {
    const current = start();
    expect(current.commands.setImage({ src })).toBe(false);
    current.commands.insertContent({ type: 'image', attrs: { src, alt: null, title: null } });
    current
      .chain()
      .setTextSelection(2)
      .insertContent({ type: 'emoji', attrs: { alt: 'a', src } })
      .run();
    current.view.pasteHTML(
      `<p>pasted <img src="${src}"><img data-mind-emoji data-alt="a" data-src="${src}"></p>`,
    );
    expect(JSON.stringify(exported())).not.toContain(src);
    expect(current.view.dom.querySelector('img[src]')).toBeNull();
  });

  it('still creates them with an allowed address', () => {
    const current = start();
    current.commands.setTextSelection(2);
    current.commands.insertContent({
      type: 'emoji',
      attrs: { alt: '鼓掌', src: '/images/emoji_applaud.png' },
    });
    expect(JSON.stringify(exported())).toContain('/images/emoji_applaud.png');
  });

  it('shows a loaded image with a refused src as its address, never as <img>', () => {
    const image = { type: 'image', attrs: { src: 'javascript:alert(1)', alt: null, title: null } };
    const emoji = paragraph({ type: 'emoji', attrs: { alt: 'a', src: 'javascript:alert(2)' } });
    editor = new Editor({ extensions: buildExtensions(), content: toTiptapDoc([image, emoji]) });
    expect(editor.view.dom.querySelector('img[src]')).toBeNull();
    expect(editor.view.dom.textContent).toContain('javascript:alert(1)');
    expect(editor.getHTML()).not.toMatch(/\ssrc="javascript:/);
    // Nothing the user loaded is lost: the checks report it, the editor keeps it.
    expect(exported()).toEqual([image, emoji]);
  });
});
