import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCsvFormula, unescapeCsvFormula } from './csvFormula';

describe('CSV formula injection', () => {
  it('puts a quote before a cell that starts with = + - @ tab or CR, and nothing else', () => {
    expect(
      ['=1+1', '+86 10 1234', '-5', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'].map(
        escapeCsvFormula,
      ),
    ).toEqual([
      "'=1+1",
      "'+86 10 1234",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      '\'=HYPERLINK("http://x")',
    ]);
    expect(['Ann', 'a=b', ' =x', '', "'quoted", '张伟', 'x-1'].map(escapeCsvFormula)).toEqual([
      'Ann',
      'a=b',
      ' =x',
      '',
      "'quoted",
      '张伟',
      'x-1',
    ]);
  });

  it("a cell that already starts with ' before a formula gets one more, so reading back is exact", () => {
    expect(escapeCsvFormula("'=1")).toBe("''=1");
    expect(unescapeCsvFormula("''=1")).toBe("'=1");
    expect(unescapeCsvFormula("'quoted")).toBe("'quoted");
    expect(unescapeCsvFormula('=1')).toBe('=1');
  });

  it('escape then unescape is the identity, and nothing escaped starts a formula', () => {
    const cell = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.constantFrom('', "'", "''", '='),
          fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a'),
          fc.string(),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(cell, (value) => {
        const escaped = escapeCsvFormula(value);
        expect(unescapeCsvFormula(escaped)).toBe(value);
        expect(/^[=+\-@\t\r]/.test(escaped)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
