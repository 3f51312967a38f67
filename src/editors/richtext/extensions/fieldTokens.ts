import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

import type { mayHaveFields, parseFields } from '../../../mind/fields';

interface FieldsModule {
  mayHaveFields: typeof mayHaveFields;
  parseFields: typeof parseFields;
}

export const fieldTokensKey = new PluginKey<DecorationSet>('fieldTokens');

/** The class of a highlighted `{{field}}`. */
export const FIELD_TOKEN_CLASS = 'rt-field-token';

/*
 * The placeholder parser (src/mind/fields.ts) downloads when a document first has a `{{`:
 * the rich text page's first visit does not carry it (scripts/pageWeight.test.ts). Until then
 * there are no tokens; once it is there, each editor redraws them.
 */
let fields: FieldsModule | null = null;
let loading: Promise<FieldsModule> | null = null;

/** Loads the placeholder parser once; resolves when tokens can be drawn. */
export function loadFieldParser(): Promise<FieldsModule> {
  loading ??= import('../../../mind/fields').then(
    (module) => {
      fields = module;
      return module;
    },
    (error: unknown) => {
      // Tried again by the next editor; meanwhile placeholders are plain text.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * An inline decoration over each `{{field}}` in the document's text nodes (the places where a
 * send expands them, docs/personal.md), with `parser` (or nothing while it is not loaded).
 */
export function fieldTokenDecorations(
  doc: ProseMirrorNode,
  parser: FieldsModule | null = fields,
): DecorationSet {
  if (!parser) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, position) => {
    if (!node.isText) return true;
    const text = node.text ?? '';
    if (!parser.mayHaveFields(text)) return false;
    for (const segment of parser.parseFields(text).segments) {
      if (segment.kind !== 'field') continue;
      const from = position + segment.offset;
      decorations.push(
        Decoration.inline(from, from + segment.length, {
          class: FIELD_TOKEN_CLASS,
          'data-field': segment.name,
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Placeholders read as tokens. Decorations only: the document, and so the JSON the editor
 * gives back, is never touched.
 */
export const FieldTokens = Extension.create({
  name: 'fieldTokens',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: fieldTokensKey,
        state: {
          init: (_, state) => fieldTokenDecorations(state.doc),
          apply: (tr, previous) =>
            tr.docChanged || tr.getMeta(fieldTokensKey) === 'loaded'
              ? fieldTokenDecorations(tr.doc)
              : previous,
        },
        props: {
          decorations: (state) => fieldTokensKey.getState(state),
        },
        view: (view) => {
          let live = true;
          let asked = false;
          // Only once the document has a `{{`: most rich text never does, and its first visit
          // then downloads no parser (e2e/firstVisit.spec.ts).
          const loadWhenNeeded = (doc: ProseMirrorNode) => {
            if (fields || asked || !doc.textContent.includes('{{')) return;
            asked = true;
            loadFieldParser().then(
              () => {
                if (live && !view.isDestroyed)
                  view.dispatch(view.state.tr.setMeta(fieldTokensKey, 'loaded'));
              },
              () => {
                asked = false;
              },
            );
          };
          loadWhenNeeded(view.state.doc);
          return {
            update: (updated) => loadWhenNeeded(updated.state.doc),
            destroy: () => {
              live = false;
            },
          };
        },
      }),
    ];
  },
});
