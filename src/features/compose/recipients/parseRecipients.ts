import { checkOpenId, type OpenIdCheck } from '../../../mind/checkOpenId';

export interface RecipientEntry {
  id: string;
  /** 1-based line of the pasted text it came from. */
  line: number;
  check: OpenIdCheck;
  /** A later copy of an id already in the list. */
  duplicate: boolean;
}

export interface ParsedRecipients {
  /** Every candidate, in order, duplicates included. */
  entries: RecipientEntry[];
  /** Who the message goes to: each well-formed or doubtful id once, in order. */
  ids: string[];
  /** Empty cells or lines between entries (`a,,b`, a blank line in the middle). */
  blanks: number;
  /** Later copies of an id already in the list. */
  duplicates: number;
  /** The first copy of each id that cannot be an open_id. */
  malformed: RecipientEntry[];
  /** The first copy of each id that is unusual but may be real: sent, with a warning. */
  doubtful: RecipientEntry[];
}

/** Between cells: line breaks, commas, semicolons (also full-width), the ideographic comma, tabs. */
const CELL = /[,;，；、\t]/;
const SPACES = /\s+/;
/** Quotes and brackets around an id, as in a JSON array or a quoted CSV cell. */
const WRAPPING = /^["'“”‘’[\](){}<>]+|["'“”‘’[\](){}<>]+$/g;

/**
 * Reads a pasted list of open_ids: one per line, or separated by commas, semicolons, spaces
 * or tabs. Each id is checked; blanks and duplicates are counted. Never throws.
 */
export function parseRecipients(text: string): ParsedRecipients {
  const lines = text.split(/\r\n|\r|\n/);
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && (lines[first] ?? '').trim() === '') first += 1;
  while (last >= first && (lines[last] ?? '').trim() === '') last -= 1;

  const entries: RecipientEntry[] = [];
  const seen = new Set<string>();
  let blanks = 0;
  for (let index = first; index <= last; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      blanks += 1;
      continue;
    }
    for (const cell of line.split(CELL)) {
      if (cell.trim() === '') {
        blanks += 1;
        continue;
      }
      for (const token of cell.trim().split(SPACES)) {
        const id = token.replace(WRAPPING, '');
        if (id === '') continue;
        const duplicate = seen.has(id);
        seen.add(id);
        entries.push({ id, line: index + 1, check: checkOpenId(id), duplicate });
      }
    }
  }

  const firsts = entries.filter((entry) => !entry.duplicate);
  return {
    entries,
    ids: firsts.filter((entry) => entry.check.verdict !== 'malformed').map((entry) => entry.id),
    blanks,
    duplicates: entries.length - firsts.length,
    malformed: firsts.filter((entry) => entry.check.verdict === 'malformed'),
    doubtful: firsts.filter((entry) => entry.check.verdict === 'warning'),
  };
}
