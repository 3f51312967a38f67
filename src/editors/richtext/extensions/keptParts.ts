import { parseExactJson, stringifyJson } from '../../../mind';
import { Mark, Node, mergeAttributes } from '@tiptap/core';
import { KEPT_BLOCK, KEPT_INLINE, KEPT_MARK } from '../../../mind/tiptapDoc';
import { keptType, summarizeKept } from '../summarizeKept';

export interface KeptOptions {
  /** The visible name of a kept part, e.g. `Kept as it is: blockquote`. */
  describe: (type: string) => string;
}

/** The original JSON, stored on the DOM so copy and paste inside the editor keep it. */
const jsonAttribute = {
  json: {
    default: null,
    parseHTML: (element: HTMLElement) => {
      try {
        return parseExactJson(element.getAttribute('data-json') ?? 'null') as unknown;
      } catch {
        return null;
      }
    },
    renderHTML: (attributes: Record<string, unknown>) => ({
      'data-json': stringifyJson(attributes.json),
    }),
  },
};

const defaultDescribe = (type: string) => `Kept as it is: ${type}`;

/** A locked block: a rich_text node the editor cannot edit, carried unchanged. */
export const KeptBlock = Node.create<KeptOptions>({
  name: KEPT_BLOCK,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addOptions: () => ({ describe: defaultDescribe }),
  addAttributes: () => jsonAttribute,
  parseHTML: () => [{ tag: 'div[data-mind-kept]' }],
  renderHTML({ node, HTMLAttributes }) {
    const label = this.options.describe(keptType(node.attrs.json));
    return [
      'div',
      mergeAttributes(HTMLAttributes, {
        'data-mind-kept': '',
        class: 'rt-kept',
        contenteditable: 'false',
        title: label,
      }),
      ['span', { class: 'rt-kept__badge' }, label],
      ['span', { class: 'rt-kept__text' }, summarizeKept(node.attrs.json)],
    ];
  },
});

/** A locked inline atom: an inline node the editor cannot edit, carried unchanged. */
export const KeptInline = Node.create<KeptOptions>({
  name: KEPT_INLINE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions: () => ({ describe: defaultDescribe }),
  addAttributes: () => jsonAttribute,
  parseHTML: () => [{ tag: 'span[data-mind-kept]' }],
  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-mind-kept': '',
        class: 'rt-kept-inline',
        contenteditable: 'false',
        title: this.options.describe(keptType(node.attrs.json)),
      }),
      summarizeKept(node.attrs.json, 40),
    ];
  },
  renderText: ({ node }) => summarizeKept(node.attrs.json, 40),
});

/** A mark the editor does not offer (italic, strike…), kept on editable text. */
export const KeptMark = Mark.create<KeptOptions>({
  name: KEPT_MARK,
  excludes: '',
  inclusive: false,
  addOptions: () => ({ describe: defaultDescribe }),
  addAttributes: () => jsonAttribute,
  parseHTML: () => [{ tag: 'span[data-mind-kept-mark]' }],
  renderHTML({ mark, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, {
        'data-mind-kept-mark': '',
        class: 'rt-kept-mark',
        title: this.options.describe(keptType(mark.attrs.json)),
      }),
      0,
    ];
  },
});
