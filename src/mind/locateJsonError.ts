/*
 * Where JSON text first breaks the grammar, and how: read only once `JSON.parse` has refused
 * the text, so that the message says what is wrong and where (line and column) in the same
 * words in every browser, whatever the engine's own message holds. Strict JSON (RFC 8259): no
 * comments, no trailing commas, no empty text.
 */

export type JsonErrorCode =
  | 'ValueExpected'
  | 'InvalidSymbol'
  | 'InvalidNumberFormat'
  | 'PropertyNameExpected'
  | 'ColonExpected'
  | 'CommaExpected'
  | 'CloseBraceExpected'
  | 'CloseBracketExpected'
  | 'EndOfFileExpected'
  | 'InvalidCommentToken'
  | 'UnexpectedEndOfString'
  | 'InvalidUnicode'
  | 'InvalidEscapeCharacter'
  | 'InvalidCharacter';

export interface JsonError {
  code: JsonErrorCode;
  /** The offset (UTF-16 code units) of the first character that is wrong. */
  offset: number;
}

class Stop {
  constructor(readonly error: JsonError) {}
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS = ['true', 'false', 'null'];

/** The first error in `text`, or `undefined` when it is valid JSON. */
export function locateJsonError(text: string): JsonError | undefined {
  let at = 0;
  const fail = (code: JsonErrorCode, offset = at): never => {
    throw new Stop({ code, offset });
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at += 1;
    if (text.charAt(at) === '/' && '/*'.includes(text.charAt(at + 1))) fail('InvalidCommentToken');
  };
  const string = () => {
    const start = at;
    at += 1;
    for (;;) {
      if (at >= text.length) fail('UnexpectedEndOfString', start);
      const char = text.charAt(at);
      if (char === '"') break;
      if (char.charCodeAt(0) < 0x20) fail('InvalidCharacter');
      if (char === '\\') {
        const next = text.charAt(at + 1);
        if (next === 'u') {
          if (!HEX4.test(text.slice(at + 2, at + 6))) fail('InvalidUnicode');
          at += 6;
          continue;
        }
        if (!ESCAPES.has(next)) fail('InvalidEscapeCharacter', at + 1);
        at += 2;
        continue;
      }
      at += 1;
    }
    at += 1;
  };
  const number = () => {
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (!match || match[0] === '-') fail('InvalidNumberFormat');
    at += match?.[0].length ?? 0;
    // "01", "1.", "1e": digits or a part the pattern did not take.
    if (/[\d.eE]/.test(text.charAt(at))) fail('InvalidNumberFormat');
  };
  const value = (): void => {
    space();
    const char = text.charAt(at);
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === '-' || (char >= '0' && char <= '9')) return number();
    const word = WORDS.find((candidate) => text.startsWith(candidate, at));
    if (word) {
      at += word.length;
      return;
    }
    fail(at >= text.length || '}],:'.includes(char) ? 'ValueExpected' : 'InvalidSymbol');
  };
  const object = () => {
    at += 1;
    space();
    if (text.charAt(at) === '}') {
      at += 1;
      return;
    }
    for (;;) {
      space();
      if (text.charAt(at) !== '"') fail('PropertyNameExpected');
      string();
      space();
      if (text.charAt(at) !== ':') fail('ColonExpected');
      at += 1;
      value();
      space();
      const next = text.charAt(at);
      at += 1;
      if (next === '}') return;
      if (next !== ',') fail(next === '' ? 'CloseBraceExpected' : 'CommaExpected', at - 1);
    }
  };
  const array = () => {
    at += 1;
    space();
    if (text.charAt(at) === ']') {
      at += 1;
      return;
    }
    for (;;) {
      value();
      space();
      const next = text.charAt(at);
      at += 1;
      if (next === ']') return;
      if (next !== ',') fail(next === '' ? 'CloseBracketExpected' : 'CommaExpected', at - 1);
    }
  };
  try {
    value();
    space();
    if (at < text.length) fail('EndOfFileExpected');
    return undefined;
  } catch (stop) {
    if (stop instanceof Stop) return stop.error;
    throw stop;
  }
}
