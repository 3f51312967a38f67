import { checkOpenId } from '../mind/checkOpenId';
import { readCsvRows } from './readCsvRows';

export interface CsvColumn {
  index: number;
  /** The header cell when the first row is a header, else null. */
  header: string | null;
  /** The first few non-empty values. */
  samples: string[];
  /** How many cells look like open_ids (well-formed or doubtful). */
  idCount: number;
  /** How many cells are not empty. */
  filled: number;
}

export interface CsvTable {
  /** Every row, header included, cells trimmed. */
  rows: string[][];
  /** Whether the first row looks like a header (no ids, while later rows have some). */
  hasHeader: boolean;
  columnCount: number;
}

export type CsvResult =
  { ok: true; table: CsvTable } | { ok: false; error: 'empty' | 'unreadable' };

const SAMPLE_COUNT = 3;
/** Header names of an id column, in English or Chinese. */
const ID_HEADER =
  /^(?:open[\s_-]?id|receive[\s_-]?ids?|user[\s_-]?id|id|用户\s*id|接收人\s*id|接收人)$/i;

const looksLikeId = (value: string): boolean =>
  value !== '' && checkOpenId(value).verdict !== 'malformed';

/** Parses a CSV (comma, semicolon or tab separated; a BOM is ignored). Never throws. */
export function readCsv(text: string): CsvResult {
  const read = readCsvRows(text);
  if (!read.ok) return read;
  const { rows } = read;
  const columnCount = rows.reduce((most, row) => Math.max(most, row.length), 0);
  if (rows.length === 0 || columnCount === 0) return { ok: false, error: 'empty' };
  const [head = [], ...rest] = rows;
  const hasHeader =
    rest.length > 0 && !head.some(looksLikeId) && rest.some((row) => row.some(looksLikeId));
  return { ok: true, table: { rows, hasHeader, columnCount } };
}

/** Each column of the table with a few samples and how many of its cells look like ids. */
export function describeColumns(table: CsvTable, hasHeader: boolean): CsvColumn[] {
  const body = hasHeader ? table.rows.slice(1) : table.rows;
  return Array.from({ length: table.columnCount }, (_, index) => {
    const values = body.map((row) => row[index] ?? '');
    const filledValues = values.filter((value) => value !== '');
    return {
      index,
      header: hasHeader ? (table.rows[0]?.[index] ?? '') : null,
      samples: filledValues.slice(0, SAMPLE_COUNT),
      idCount: values.filter(looksLikeId).length,
      filled: filledValues.length,
    };
  });
}

/** The column most likely to hold the open_ids: a header naming it, else the most ids. */
export function guessColumn(columns: readonly CsvColumn[]): number {
  const named = columns.find((column) => column.header && ID_HEADER.test(column.header));
  if (named) return named.index;
  let best = columns[0];
  for (const column of columns) if (best && column.idCount > best.idCount) best = column;
  return best?.index ?? 0;
}

/** The column's cells below the header, blanks included (the list shows and counts them). */
export function columnValues(table: CsvTable, column: number, hasHeader: boolean): string[] {
  return (hasHeader ? table.rows.slice(1) : table.rows).map((row) => row[column] ?? '');
}
