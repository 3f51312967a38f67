import { readCsvRows } from '../lib/readCsvRows';
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
  const read = readCsvRows(text);
  if (!read.ok) return read;
  const [head, ...body] = read.rows;
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
    const extra = row.slice(head.length).find((cell) => cell.trim() !== '');
    if (extra !== undefined) problems.push({ kind: 'extra-cells', row: line, value: extra });
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
