import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../../../mind';
import { fromTiptapDoc, toTiptapDoc, type TiptapNode } from '../../../mind/tiptapDoc';
import { buildExtensions } from './buildExtensions';
import {
  FIELD_TOKEN_CLASS,
  fieldTokenDecorations,
  fieldTokensKey,
  loadFieldParser,
} from './fieldTokens';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

function open(doc: RichTextDoc): Editor {
  editor = new Editor({ extensions: buildExtensions(), content: toTiptapDoc(doc) });
  return editor;
}

const exported = (current: Editor) => fromTiptapDoc(current.getJSON() as TiptapNode);
const tokens = (current: Editor) =>
  [...current.view.dom.querySelectorAll(`.${FIELD_TOKEN_CLASS}`)].map((element) => [
    element.textContent,
    element.getAttribute('data-field'),
  ]);

describe('field tokens', () => {
  const doc: RichTextDoc = [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Hi {{name}}, room ' },
        { type: 'text', marks: [{ type: 'bold' }], text: '{{ room }}' },
        { type: 'text', text: ' \\{{not}} {{bad name!}}' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: '{{部门}}' }] }],
        },
      ],
    },
  ];

  // First: the parser downloads after the editor starts, then the tokens appear.
  it('marks each placeholder in the editor and leaves the document JSON exactly as it was', async () => {
    const current = open(doc);
    expect(tokens(current)).toEqual([]);
    await loadFieldParser();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tokens(current)).toEqual([
      ['{{name}}', 'name'],
      ['{{ room }}', 'room'],
      ['{{部门}}', '部门'],
    ]);
    expect(JSON.stringify(exported(current))).toBe(JSON.stringify(doc));
  });

  it('follows edits: a typed placeholder gets its token, a broken one loses it', () => {
    const current = open([{ type: 'paragraph', content: [{ type: 'text', text: 'Hi ' }] }]);
    expect(tokens(current)).toEqual([]);
    current.chain().focus('end').insertContent('{{name}}').run();
    expect(tokens(current)).toEqual([['{{name}}', 'name']]);
    expect(exported(current)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Hi {{name}}' }] },
    ]);
    current.commands.deleteRange({
      from: current.state.doc.content.size - 2,
      to: current.state.doc.content.size - 1,
    });
    expect(tokens(current)).toEqual([]);
    const decorations = fieldTokensKey.getState(current.state);
    expect(decorations?.find()).toEqual([]);
  });

  it('places decorations at the placeholders’ positions', () => {
    const current = open(doc);
    const found = fieldTokenDecorations(current.state.doc)
      .find()
      .map((decoration) => current.state.doc.textBetween(decoration.from, decoration.to));
    expect(found).toEqual(['{{name}}', '{{ room }}', '{{部门}}']);
  });
});
