import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanRecipients } from './cleanRecipients';
import { parseRecipients } from './parseRecipients';

const A = 'ou_aaaaaaaa0001';
const B = 'ou_bbbbbbbb0002';
const C = 'ou_cccccccc0003';

describe('parseRecipients', () => {
  it('reads one id per line, ignoring blank lines around the list', () => {
    const parsed = parseRecipients(`\n\n${A}\n${B}\r\n${C}\n\n`);
    expect(parsed.ids).toEqual([A, B, C]);
    expect(parsed.blanks).toBe(0);
    expect(parsed.entries.map((entry) => entry.line)).toEqual([3, 4, 5]);
  });

  it('reads commas, semicolons, spaces, tabs and Chinese punctuation as separators', () => {
    expect(parseRecipients(`${A}, ${B};${C}`).ids).toEqual([A, B, C]);
    expect(parseRecipients(`${A} ${B}\t${C}`).ids).toEqual([A, B, C]);
    expect(parseRecipients(`${A}，${B}；${C}、`).ids).toEqual([A, B, C]);
  });

  it('takes ids out of a pasted JSON array or quoted cells', () => {
    expect(parseRecipients(`["${A}","${B}"]`).ids).toEqual([A, B]);
    expect(parseRecipients(`'${A}'\n“${B}”`).ids).toEqual([A, B]);
  });

  it('counts blanks between entries: empty cells and empty lines', () => {
    const parsed = parseRecipients(`${A},,${B}\n\n${C},`);
    expect(parsed.blanks).toBe(3);
    expect(parsed.ids).toEqual([A, B, C]);
  });

  it('counts duplicates and sends each id once, first copy first', () => {
    const parsed = parseRecipients(`${B}\n${A}\n${B}\n${B}`);
    expect(parsed.duplicates).toBe(2);
    expect(parsed.ids).toEqual([B, A]);
    expect(parsed.entries.filter((entry) => entry.duplicate).map((entry) => entry.line)).toEqual([
      3, 4,
    ]);
  });

  it('keeps malformed ids out of the audience and lists each once with its line', () => {
    const parsed = parseRecipients(`${A}\n张伟\nwang.fang@example.com\n张伟`);
    expect(parsed.ids).toEqual([A]);
    expect(parsed.malformed.map((entry) => [entry.id, entry.line])).toEqual([
      ['张伟', 2],
      ['wang.fang@example.com', 3],
    ]);
    expect(parsed.duplicates).toBe(1);
  });

  it('sends doubtful ids but lists them', () => {
    const parsed = parseRecipients(`${A}\non_xx`);
    expect(parsed.ids).toEqual([A, 'on_xx']);
    expect(parsed.doubtful.map((entry) => entry.id)).toEqual(['on_xx']);
  });

  it('finds nothing in an empty or blank text', () => {
    for (const text of ['', '   ', '\n\n', ',', '[]']) {
      expect(parseRecipients(text).ids).toEqual([]);
    }
  });

  it('never throws, and every id it sends is a non-empty string without spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const parsed = parseRecipients(text);
        expect(new Set(parsed.ids).size).toBe(parsed.ids.length);
        for (const id of parsed.ids) expect(id).toMatch(/^\S+$/);
      }),
    );
  });

  it('reads 20 000 ids', () => {
    const text = Array.from({ length: 20_000 }, (_, index) => `ou_user${index}x`).join('\n');
    expect(parseRecipients(text).ids).toHaveLength(20_000);
  });
});

describe('cleanRecipients', () => {
  const parsed = parseRecipients(`${A},,${B}\n张伟\n${A}\non_xx\n\n${C}`);

  it('removes blanks, keeping every id', () => {
    const cleaned = parseRecipients(cleanRecipients(parsed, 'blanks'));
    expect(cleaned.blanks).toBe(0);
    expect(cleaned.entries.map((entry) => entry.id)).toEqual([A, B, '张伟', A, 'on_xx', C]);
  });

  it('removes duplicates, keeping the first copy', () => {
    const cleaned = parseRecipients(cleanRecipients(parsed, 'duplicates'));
    expect(cleaned.duplicates).toBe(0);
    expect(cleaned.entries.map((entry) => entry.id)).toEqual([A, B, '张伟', 'on_xx', C]);
  });

  it('removes malformed ids', () => {
    const cleaned = parseRecipients(cleanRecipients(parsed, 'malformed'));
    expect(cleaned.malformed).toEqual([]);
    expect(cleaned.ids).toEqual([A, B, 'on_xx', C]);
  });

  it('removes doubtful ids', () => {
    expect(parseRecipients(cleanRecipients(parsed, 'doubtful')).doubtful).toEqual([]);
  });

  it('removes every copy of one id', () => {
    const cleaned = parseRecipients(cleanRecipients(parsed, { id: A }));
    expect(cleaned.ids).toEqual([B, 'on_xx', C]);
  });
});
