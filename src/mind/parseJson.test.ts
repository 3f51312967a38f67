import fc from 'fast-check';
import { parse as parseTolerant, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { locateJsonError, type JsonErrorCode } from './locateJsonError';
import { parseJson } from './parseJson';

const refusedBy = (text: string): boolean => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
};

/** A JSON text with one character dropped, doubled or replaced by a JSON-ish one. */
const damagedJson = fc
  .tuple(
    fc.json(),
    fc.nat(),
    fc.constantFrom('drop', 'double', 'replace'),
    fc.constantFrom(...'{}[]:,"\\-.0123456789eE+tfnul /*\n\u0001x'.split('')),
  )
  .map(([text, position, how, char]) => {
    const at = position % (text.length + 1);
    if (how === 'drop') return text.slice(0, at) + text.slice(at + 1);
    if (how === 'double') return text.slice(0, at) + text.charAt(at) + text.slice(at);
    return text.slice(0, at) + char + text.slice(at + 1);
  });

describe('locateJsonError', () => {
  it('finds an error exactly when JSON.parse refuses the text (property)', () => {
    fc.assert(
      fc.property(damagedJson, (text) => {
        const error = locateJsonError(text);
        expect(error !== undefined).toBe(refusedBy(text));
        if (error) expect(error.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('points where a strict JSON reader (jsonc-parser) points, between tokens', () => {
    const cases: [string, JsonErrorCode][] = [
      ['{"a": }', 'ValueExpected'],
      ['{"a" 1}', 'ColonExpected'],
      ['{"a": 1 "b": 2}', 'CommaExpected'],
      ['[1 2]', 'CommaExpected'],
      // jsonc-parser: InvalidSymbol; a missing quote is the likelier mistake.
      ['{a: 1}', 'PropertyNameExpected'],
      ['[1,]', 'ValueExpected'],
      ['{"a": tru}', 'InvalidSymbol'],
      ['{"a": 1} x', 'EndOfFileExpected'],
      ['{"a": "b', 'UnexpectedEndOfString'],
      ['[1, // note\n 2]', 'InvalidCommentToken'],
      ['{"a": [1, 2}', 'CommaExpected'],
      ['', 'ValueExpected'],
    ];
    for (const [text, code] of cases) {
      const errors: ParseError[] = [];
      parseTolerant(text, errors, {
        disallowComments: true,
        allowTrailingComma: false,
        allowEmptyContent: false,
      });
      expect(locateJsonError(text), text).toEqual({ code, offset: errors[0]?.offset });
    }
  });

  it('points at the very character inside a string or number (jsonc-parser: at its start)', () => {
    expect(locateJsonError('{"a": "\\q"}')).toEqual({ code: 'InvalidEscapeCharacter', offset: 8 });
    expect(locateJsonError('{"a": "\\u12g4"}')).toEqual({ code: 'InvalidUnicode', offset: 7 });
    expect(locateJsonError('{"a": "x\ty"}')).toEqual({ code: 'InvalidCharacter', offset: 8 });
    expect(locateJsonError('[01]')).toEqual({ code: 'InvalidNumberFormat', offset: 2 });
    expect(locateJsonError('[1.]')).toEqual({ code: 'InvalidNumberFormat', offset: 2 });
    expect(locateJsonError('[-]')).toEqual({ code: 'InvalidNumberFormat', offset: 1 });
  });
});

describe('parseJson', () => {
  it('keeps big integers and never throws', () => {
    expect(parseJson('{"id": 1234567890123456789}')).toEqual({
      ok: true,
      value: { id: 1234567890123456789n },
    });
  });

  it('says what is wrong and where, in words of its own', () => {
    expect(parseJson('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      ok: false,
      error: 'Expected a comma at line 3 column 3',
      code: 'CommaExpected',
      line: 3,
      column: 3,
      offset: 13,
    });
    expect(parseJson('{"a": [1, 2}')).toMatchObject({
      error: 'Expected a comma at line 1 column 12',
    });
    expect(parseJson('[1, 2')).toMatchObject({ error: 'Expected a closing ] at line 1 column 6' });
    expect(parseJson('{"a": "\t"}')).toMatchObject({
      error: 'Invalid character in a string at line 1 column 8',
    });
    expect(parseJson('{"a": 1} // why')).toMatchObject({
      error: 'Comments are not allowed in JSON at line 1 column 10',
    });
    expect(parseJson('')).toMatchObject({ error: 'Expected a value at line 1 column 1' });
  });
});
