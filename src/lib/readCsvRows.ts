import Papa from 'papaparse';
import { unescapeCsvFormula } from '../api/csvFormula';

export type CsvRows = { ok: true; rows: string[][] } | { ok: false; error: 'empty' | 'unreadable' };

/**
 * The rows of a CSV or pasted table (comma, semicolon or tab separated; a BOM is ignored, blank
 * lines are skipped), each cell trimmed. Never throws.
 */
export function readCsvRows(text: string): CsvRows {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, error: 'empty' };
  let data: unknown[];
  try {
    data = Papa.parse<unknown[]>(source, { skipEmptyLines: 'greedy' }).data;
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const rows = data
    .filter(Array.isArray)
    // A `'` this app put before a formula's start (a downloaded ledger) comes off again.
    .map((row) =>
      row.map((cell) => (typeof cell === 'string' ? unescapeCsvFormula(cell.trim()) : '')),
    );
  return { ok: true, rows };
}
