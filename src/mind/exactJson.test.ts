import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRequest } from './decodeRequest';
import { detectImport } from './detectImport';
import { encodeRequest } from './encodeRequest';
import { parseExactJson, stringifyJson } from './exactJson';

const ID = '1234567890123456789';

/** Any integer as JSON writes it, most of them beyond what a number holds exactly. */
const bigIntegerText = fc
  .bigInt({ min: -(10n ** 30n), max: 10n ** 30n })
  .map((value) => value.toString());

/** A JSON text with big integers among ordinary values, written as JSON.stringify writes. */
const textWithBigIntegers = fc
  .tuple(fc.jsonValue(), fc.array(bigIntegerText, { minLength: 1, maxLength: 4 }))
  .map(
    ([value, integers]) =>
      `{"value":${JSON.stringify(value)},"ids":[${integers.join(',')}],"id":${integers[0]}}`,
  );

describe('exact JSON (integers beyond 2^53)', () => {
  it('writes back every integer digit for digit (property)', () => {
    fc.assert(
      fc.property(textWithBigIntegers, (text) => {
        expect(stringifyJson(parseExactJson(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('reads and writes everything else exactly as JSON.parse and JSON.stringify (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, space) => {
        // Numbers JSON writes as long integers are exactly what the exact parser reads apart.
        fc.pre(!/(^|[^\d.e+-])-?\d{16,}(?![\d.e])/i.test(JSON.stringify(value)));
        // A long digit string forces the exact parser, which must then agree with JSON.parse.
        const text = JSON.stringify({ pad: '12345678901234567890', value }, null, space);
        const parsed = parseExactJson(text);
        expect(parsed).toEqual(JSON.parse(text));
        expect(stringifyJson(parsed, space)).toBe(text);
        // With a bigint beside it (the hand-written path), the rest is written as JSON.stringify.
        const marked = JSON.stringify([value, 'BIG'], null, space);
        const at = marked.lastIndexOf('"BIG"');
        expect(stringifyJson([value, 10n ** 20n], space)).toBe(
          `${marked.slice(0, at)}${10n ** 20n}${marked.slice(at + 5)}`,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a 19-digit id as a bigint and safe integers as numbers', () => {
    const parsed = parseExactJson(`{"id":${ID},"count":3,"max":9007199254740991,"pi":3.14}`);
    expect(parsed).toEqual({ id: BigInt(ID), count: 3, max: 9007199254740991, pi: 3.14 });
    expect(stringifyJson(parsed, 2)).toBe(
      `{\n  "id": ${ID},\n  "count": 3,\n  "max": 9007199254740991,\n  "pi": 3.14\n}`,
    );
  });

  it('treats __proto__ as an own key, as JSON.parse does', () => {
    const parsed = parseExactJson(`{"__proto__":{"polluted":${ID}}}`) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws on bad JSON as JSON.parse does', () => {
    expect(() => parseExactJson(`{"id":${ID},}`)).toThrow(SyntaxError);
  });
});

describe('golden: a card with big integers', () => {
  const file = new URL('../../fixtures/golden/big-integer.request.json', import.meta.url);
  const text = readFileSync(file, 'utf8');

  it('decodes the 19-digit order id exactly and re-encodes byte-identically', () => {
    const result = decodeRequest(JSON.parse(text));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.issues.filter((item) => item.severity === 'error')).toEqual([]);
    expect(result.message.content).toMatchObject({
      elements: [{}, { action: [{ value: { order_id: BigInt(ID), count: 3 } }] }],
    });
    expect(`${JSON.stringify(encodeRequest(result.message), null, 2)}\n`).toBe(text);
  });

  it('keeps them through an import of the card as pasted JSON', () => {
    const request = JSON.parse(text) as { content: string };
    const pasted = stringifyJson(parseExactJson(request.content), 2);
    const result = detectImport(pasted);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(stringifyJson(result.message.content, 2)).toBe(pasted);
    expect(pasted).toContain(`"order_id": ${ID}`);
  });
});
