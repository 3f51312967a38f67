/** A toolbar command of the markdown editor, writing Mind's markdown dialect. */
export type MarkdownFormat =
  | { kind: 'bold' }
  | { kind: 'italic' }
  | { kind: 'small' }
  | { kind: 'link'; href: string }
  | { kind: 'color'; color: string }
  | { kind: 'clamp'; lines: number };

export interface TextSelection {
  start: number;
  end: number;
}

export interface FormatResult {
  text: string;
  selection: TextSelection;
}

/** Colours offered for `<font color>`: Mind's blue and grey from its own example, and a few more. */
export const FONT_COLORS = ['#006DF9', '#F54A45', '#2EA121', '#FF8800', '#7F3BF5', '#808080'];

/** The style Mind's own example uses to clamp text to a number of lines. */
export const clampStyle = (lines: number): string =>
  `-webkit-box-orient: vertical;-webkit-line-clamp: ${lines};display: -webkit-box;overflow: hidden;text-overflow: ellipsis;`;

function wrappers(format: MarkdownFormat): [string, string] {
  switch (format.kind) {
    case 'bold':
      return ['**', '**'];
    case 'italic':
      return ['*', '*'];
    case 'small':
      return ['<small>', '</small>'];
    case 'link':
      return ['[', `](${format.href})`];
    case 'color':
      return [`<font color="${format.color}">`, '</font>'];
    case 'clamp':
      return [
        `<content style="${clampStyle(Math.max(1, Math.round(format.lines)))}">`,
        '</content>',
      ];
  }
}

/**
 * Applies a toolbar command to the selected text: wraps it (an empty selection inserts
 * `placeholder`, selected, ready to type over), or for bold, italic and small text, unwraps
 * it when it is already wrapped. Spaces at the edges of the selection stay outside, since
 * `** bold **` is not bold.
 */
export function formatMarkdown(
  text: string,
  selection: TextSelection,
  format: MarkdownFormat,
  placeholder: string,
): FormatResult {
  let start = Math.max(0, Math.min(selection.start, selection.end, text.length));
  let end = Math.min(text.length, Math.max(selection.start, selection.end));
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;

  const [open, close] = wrappers(format);
  const unwrapped = unwrap(text, start, end, format, open, close);
  if (unwrapped) return unwrapped;

  const selected = start === end ? placeholder : text.slice(start, end);
  const next = `${text.slice(0, start)}${open}${selected}${close}${text.slice(end)}`;
  const innerStart = start + open.length;
  return { text: next, selection: { start: innerStart, end: innerStart + selected.length } };
}

function unwrap(
  text: string,
  start: number,
  end: number,
  format: MarkdownFormat,
  open: string,
  close: string,
): FormatResult | null {
  if (format.kind !== 'bold' && format.kind !== 'italic' && format.kind !== 'small') return null;
  if (start === end) return null;
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (!before.endsWith(open) || !after.startsWith(close)) return null;
  if (format.kind !== 'small') {
    // `*` inside `**bold**` is not italic: compare the runs of asterisks on each side.
    const runBefore = /\**$/.exec(before)?.[0].length ?? 0;
    const runAfter = /^\**/.exec(after)?.[0].length ?? 0;
    const run = Math.min(runBefore, runAfter);
    const matches = format.kind === 'bold' ? run >= 2 : run === 1 || run === 3;
    if (!matches) return null;
  }
  const next = `${before.slice(0, -open.length)}${text.slice(start, end)}${after.slice(close.length)}`;
  const newStart = start - open.length;
  return { text: next, selection: { start: newStart, end: newStart + (end - start) } };
}
