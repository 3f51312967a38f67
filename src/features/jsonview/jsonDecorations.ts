import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { TextRange } from './locatePointer';

/** Marks the selected element's JSON. */
export const setHighlight = StateEffect.define<TextRange | null>();
/** Marks where the JSON is broken or not a card. */
export const setError = StateEffect.define<TextRange | null>();

const highlightMark = Decoration.mark({ class: 'cm-jv-selected' });
const errorMark = Decoration.mark({ class: 'cm-jv-error' });
const errorLine = Decoration.line({ class: 'cm-jv-error-line' });

interface Marks {
  highlight: TextRange | null;
  error: TextRange | null;
}

function clamp(range: TextRange | null, length: number): TextRange | null {
  if (!range || length === 0) return null;
  const from = Math.max(0, Math.min(range.from, length - 1));
  return { from, to: Math.max(from + 1, Math.min(range.to, length)) };
}

const marksField = StateField.define<Marks>({
  create: () => ({ highlight: null, error: null }),
  update(marks, transaction) {
    let next = marks;
    if (transaction.docChanged) {
      const map = (range: TextRange | null) =>
        range && {
          from: transaction.changes.mapPos(range.from, 1),
          to: transaction.changes.mapPos(range.to, -1),
        };
      next = { highlight: map(next.highlight), error: map(next.error) };
    }
    for (const effect of transaction.effects) {
      if (effect.is(setHighlight)) next = { ...next, highlight: effect.value };
      if (effect.is(setError)) next = { ...next, error: effect.value };
    }
    return next;
  },
  provide: (field) =>
    EditorView.decorations.compute([field], (state): DecorationSet => {
      const { highlight, error } = state.field(field);
      const length = state.doc.length;
      const ranges = [];
      const shown = clamp(highlight, length);
      if (shown && shown.to > shown.from) ranges.push(highlightMark.range(shown.from, shown.to));
      const broken = clamp(error, length);
      if (broken) {
        ranges.push(errorLine.range(state.doc.lineAt(broken.from).from));
        ranges.push(errorMark.range(broken.from, broken.to));
      }
      return Decoration.set(ranges, true);
    }),
});

export const jsonMarks: Extension = marksField;
