import { describe, expect, it } from 'vitest';
import { columnValues, describeColumns, guessColumn, readCsv } from './readCsvColumns';

const CSV = [
  'name,department,open_id',
  '张伟,运营部,ou_7d8a6e6df7621556ce0d21922b676706',
  '王芳,运营部,ou_6a5905698688e15e8f9b63c1043d1ee9',
  '李娜,市场部,',
].join('\n');

describe('readCsv', () => {
  it('reads the rows and notices the header', () => {
    const result = readCsv(`\uFEFF${CSV}\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.hasHeader).toBe(true);
    expect(result.table.columnCount).toBe(3);
    expect(result.table.rows).toHaveLength(4);
  });

  it('reads a file without a header', () => {
    const result = readCsv(
      'ou_7d8a6e6df7621556ce0d21922b676706,张伟\nou_6a5905698688e15e8f9b63c1043d1ee9,王芳',
    );
    expect(result.ok && result.table.hasHeader).toBe(false);
  });

  it('reads semicolons and tabs as Excel writes them', () => {
    const semicolons = readCsv('name;id\n张伟;ou_7d8a6e6df7621556ce0d21922b676706');
    const tabs = readCsv('name\tid\n张伟\tou_7d8a6e6df7621556ce0d21922b676706');
    expect(semicolons.ok && semicolons.table.columnCount).toBe(2);
    expect(tabs.ok && tabs.table.columnCount).toBe(2);
  });

  it('says so when the file is empty', () => {
    expect(readCsv('')).toEqual({ ok: false, error: 'empty' });
    expect(readCsv('\uFEFF \n ')).toEqual({ ok: false, error: 'empty' });
  });

  it('keeps quoted cells with commas whole', () => {
    const result = readCsv('"Wang, Fang",ou_6a5905698688e15e8f9b63c1043d1ee9');
    expect(result.ok && result.table.rows[0]).toEqual([
      'Wang, Fang',
      'ou_6a5905698688e15e8f9b63c1043d1ee9',
    ]);
  });
});

describe('columns', () => {
  const result = readCsv(CSV);
  if (!result.ok) throw new Error('fixture');
  const { table } = result;

  it('describes each column with samples and how many ids it holds', () => {
    const columns = describeColumns(table, true);
    expect(columns.map((column) => [column.header, column.idCount, column.filled])).toEqual([
      ['name', 0, 3],
      ['department', 0, 3],
      ['open_id', 2, 2],
    ]);
    expect(columns[0]?.samples).toEqual(['张伟', '王芳', '李娜']);
  });

  it('guesses the id column by its header, else by its contents', () => {
    expect(guessColumn(describeColumns(table, true))).toBe(2);
    const renamed = readCsv(CSV.replace('open_id', 'who'));
    if (!renamed.ok) throw new Error('fixture');
    expect(guessColumn(describeColumns(renamed.table, true))).toBe(2);
  });

  it('takes the chosen column below the header, blanks included', () => {
    expect(columnValues(table, 2, true)).toEqual([
      'ou_7d8a6e6df7621556ce0d21922b676706',
      'ou_6a5905698688e15e8f9b63c1043d1ee9',
      '',
    ]);
    expect(columnValues(table, 0, false)[0]).toBe('name');
  });
});
