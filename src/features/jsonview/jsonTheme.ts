import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/* Colours come from CSS variables (jsonview.css), so light and dark themes both read well. */
export const jsonTheme = [
  EditorView.theme({
    '&': {
      height: '100%',
      fontSize: 'var(--text-sm)',
      color: 'var(--color-text)',
      backgroundColor: 'var(--color-surface)',
    },
    '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.55' },
    '.cm-content': { caretColor: 'var(--color-text)' },
    '.cm-gutters': {
      backgroundColor: 'var(--color-surface-2)',
      color: 'var(--color-text-subtle)',
      borderRight: '1px solid var(--color-border)',
    },
    '.cm-activeLine': { backgroundColor: 'var(--jv-active-line)' },
    '.cm-activeLineGutter': { backgroundColor: 'var(--jv-active-line)' },
    '&.cm-focused': { outline: '2px solid var(--color-focus)', outlineOffset: '-2px' },
    '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
      backgroundColor: 'var(--jv-selection)',
    },
    '.cm-cursor': { borderLeftColor: 'var(--color-text)' },
    '.cm-jv-selected': {
      backgroundColor: 'var(--jv-selected)',
      borderRadius: '2px',
    },
    '.cm-jv-error': {
      textDecoration: 'underline wavy var(--color-danger)',
      textUnderlineOffset: '3px',
      backgroundColor: 'var(--color-danger-soft)',
    },
    '.cm-jv-error-line': { backgroundColor: 'var(--jv-error-line)' },
    '.cm-matchingBracket': { backgroundColor: 'var(--jv-selection)', outline: 'none' },
    '.cm-tooltip': {
      backgroundColor: 'var(--color-surface)',
      color: 'var(--color-text)',
      border: '1px solid var(--color-border)',
    },
  }),
  syntaxHighlighting(
    HighlightStyle.define([
      { tag: tags.propertyName, color: 'var(--jv-key)' },
      { tag: tags.string, color: 'var(--jv-string)' },
      { tag: tags.number, color: 'var(--jv-number)' },
      { tag: [tags.bool, tags.null], color: 'var(--jv-keyword)', fontWeight: '600' },
      { tag: tags.punctuation, color: 'var(--color-text-muted)' },
    ]),
  ),
];
