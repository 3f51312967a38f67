import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A short heading id in the style of Mind's editor, e.g. `hotuh`. */
export function newHeadingId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return Array.from(bytes, (byte) => LETTERS[byte % LETTERS.length]).join('');
}

/**
 * Gives every heading the short `id` Mind's headings carry: a heading made in the editor
 * (or one loaded without an id) gets one on the next edit, and a copied heading gets its own.
 */
export const HeadingIds = Extension.create({
  name: 'headingIds',
  addGlobalAttributes: () => [
    {
      types: ['heading'],
      attributes: {
        id: {
          default: null,
          keepOnSplit: false,
          parseHTML: (element: HTMLElement) => element.getAttribute('data-heading-id'),
          renderHTML: (attributes: Record<string, unknown>) =>
            typeof attributes.id === 'string' ? { 'data-heading-id': attributes.id } : {},
        },
      },
    },
  ],
  addProseMirrorPlugins: () => [
    new Plugin({
      key: new PluginKey('headingIds'),
      appendTransaction(transactions, _oldState, state) {
        const edited = transactions.some(
          (transaction) => transaction.docChanged && !transaction.getMeta('preventUpdate'),
        );
        if (!edited) return null;
        const seen = new Set<string>();
        const { tr } = state;
        state.doc.descendants((node, position) => {
          if (node.type.name !== 'heading') return true;
          const id: unknown = node.attrs.id;
          if (typeof id === 'string' && !seen.has(id)) {
            seen.add(id);
            return false;
          }
          let fresh = newHeadingId();
          while (seen.has(fresh)) fresh = newHeadingId();
          seen.add(fresh);
          tr.setNodeAttribute(position, 'id', fresh);
          return false;
        });
        return tr.docChanged ? tr : null;
      },
    }),
  ],
});
