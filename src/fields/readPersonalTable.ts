import Papa from 'papaparse';
import { unescapeCsvFormula } from '../api/csvFormula';
import { isOpenId } from '../api/personal';
import { isFieldName } from '../mind/fields';
import type { PersonalRow, PersonalTable, TableProblem } from './personalTable';

/*
 * Reading a list with fields: its own module, with papaparse, so that compose loads both only
 * when a table is uploaded or pasted (the page-weight guard, scripts/pageWeight.test.ts).
 */

export type TableResult =
  { ok: true; table: PersonalTable } | { ok: false; error: 'empty' | 'no-fields' | 'unreadable' };

/** Reads a CSV or pasted table (comma, semicolon or tab separated). Never throws. */
export function readPersonalTable(text: string, source: string | null): TableResult {
  const input = text.replace(/^\uFEFF/, '');
  if (input.trim() === '') return { ok: false, error: 'empty' };
  let data: unknown[];
  try {
    data = Papa.parse<unknown[]>(input, { skipEmptyLines: 'greedy' }).data;
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const cells = data
    .filter(Array.isArray)
    // A `'` this app put before a formula's start (a downloaded ledger) comes off again.
    .map((row) =>
      row.map((cell) => (typeof cell === 'string' ? unescapeCsvFormula(cell.trim()) : '')),
    );
  const [head, ...body] = cells;
  if (!head || head.length < 2) return { ok: false, error: 'no-fields' };
  const problems: TableProblem[] = [];
  const columns: string[] = [];
  /** Index of each kept column in the file's rows. */
  const kept: number[] = [];
  head.slice(1).forEach((name, index) => {
    const column = index + 1;
    if (!isFieldName(name) || name === 'open_id') {
      problems.push({ kind: 'bad-column', column, value: name });
    } else if (columns.includes(name)) {
      problems.push({ kind: 'duplicate-column', column, value: name });
    } else {
      columns.push(name);
      kept.push(column);
    }
  });
  const seen = new Set<string>();
  const rows: PersonalRow[] = [];
  body.forEach((row, index) => {
    const id = row[0] ?? '';
    const line = index + 2;
    if (!isOpenId(id)) problems.push({ kind: 'bad-id', row: line, value: id });
    else if (seen.has(id)) problems.push({ kind: 'duplicate-id', row: line, value: id });
    else {
      seen.add(id);
      rows.push({ open_id: id, values: kept.map((column) => row[column] ?? '') });
    }
  });
  if (rows.length === 0 && problems.length === 0) return { ok: false, error: 'empty' };
  return { ok: true, table: { source, columns, rows, problems } };
}
