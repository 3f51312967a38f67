import type { ParsedRecipients } from './parseRecipients';

export type CleanUp =
  | 'blanks'
  | 'duplicates'
  | 'malformed'
  | 'doubtful'
  /** Every copy of one id. */
  | { id: string };

/**
 * The list without what `what` names, written back one id per line. Removing blanks keeps
 * every id; the others keep the first copy of what stays, in order.
 */
export function cleanRecipients(parsed: ParsedRecipients, what: CleanUp): string {
  const keep = parsed.entries.filter((entry) => {
    if (what === 'blanks') return true;
    if (what === 'duplicates') return !entry.duplicate;
    if (what === 'malformed') return entry.check.verdict !== 'malformed';
    if (what === 'doubtful') return entry.check.verdict !== 'warning';
    return entry.id !== what.id;
  });
  return keep.map((entry) => entry.id).join('\n');
}
