import { useMemo } from 'react';
import { fieldTokens, type FieldTokenKind } from '../mind/fields';
import type { TextHighlight } from '../ui/HighlightedTextarea';
import { useFieldNames } from './useFieldNames';
// The marks' classes (.pf-token…), wherever an editor uses them (compose, the designer).
import './fields.css';

const TOKEN_CLASS: Record<FieldTokenKind, string> = {
  field: 'pf-token',
  unknown: 'pf-token pf-token--unknown',
  'field-unclosed': 'pf-token pf-token--broken',
  'field-name-invalid': 'pf-token pf-token--broken',
};

/**
 * The marks of a text or markdown editor: each `{{field}}`, those the loaded list and the
 * directory do not have (with a list loaded), and malformed ones, as the checks report them.
 */
export function useFieldHighlights(text: string): TextHighlight[] {
  const names = useFieldNames();
  return useMemo(
    () =>
      fieldTokens(text, names?.all).map(({ kind, start, end }) => ({
        start,
        end,
        className: TOKEN_CLASS[kind],
      })),
    [text, names],
  );
}
