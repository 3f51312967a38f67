import {
  isPlainObject,
  isStructuralIssue,
  issue,
  parseJson,
  validateCard,
  type Card,
  type MindIssue,
} from '../../mind';
import { locatePointer, type TextRange } from './locatePointer';

export type CardJsonResult =
  /** A card the designer can show; warnings are kept for the checks list. */
  | { kind: 'card'; card: Card }
  /** Not JSON: what and where (1-based line and column, offset into the text). */
  | { kind: 'syntax'; detail: string; line: number; column: number; range: TextRange }
  /** JSON, but not a card the designer can hold: each problem with its place in the text. */
  | { kind: 'invalid'; issues: (MindIssue & { range: TextRange | null })[] };

const DETAIL = / at line \d+ column \d+$/;

/** Reads the JSON view's text: a card to apply, or why not and where. Never throws. */
export function readCardJson(text: string): CardJsonResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const offset = Math.min(parsed.offset ?? text.length, text.length);
    return {
      kind: 'syntax',
      detail: parsed.error.replace(DETAIL, ''),
      line: parsed.line ?? 1,
      column: parsed.column ?? 1,
      range: { from: offset, to: Math.min(offset + 1, text.length) },
    };
  }
  const value = parsed.value;
  const problems = isPlainObject(value)
    ? validateCard(value, '').filter(isStructuralIssue)
    : [issue('error', '', 'not-an-object', 'A card must be a JSON object')];
  if (problems.length > 0) {
    return {
      kind: 'invalid',
      issues: problems.map((item) => ({ ...item, range: locatePointer(text, item.path) })),
    };
  }
  return { kind: 'card', card: value as Card };
}
