/*
 * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return as a formula. Every CSV this app writes passes its cells through
 * `escapeCsvFormula`, which puts a `'` before such a cell; every CSV it reads back passes them
 * through `unescapeCsvFormula`, so a downloaded file uploads again with the same values.
 */

/** A cell a spreadsheet would run, or one that already starts with `'` before such a start. */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

/**
 * The cell as a spreadsheet shows it without running it: `'` before a formula's start. A cell
 * that already starts with `'`s before one gets one more, so that reading it back is exact.
 */
export const escapeCsvFormula = (cell: string): string =>
  NEEDS_QUOTE.test(cell) ? `'${cell}` : cell;

/** The value `escapeCsvFormula` was given: one leading `'` removed before a formula's start. */
export const unescapeCsvFormula = (cell: string): string =>
  QUOTED.test(cell) ? cell.slice(1) : cell;
