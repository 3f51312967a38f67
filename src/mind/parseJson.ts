import { parseExactJson } from './exactJson';
import { locateJsonError, type JsonErrorCode } from './locateJsonError';

export type ParseJsonResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      error: string;
      /** What is wrong, where it could be found (`error` says it in English with the place). */
      code?: JsonErrorCode;
      line?: number;
      column?: number;
      offset?: number;
    };

/**
 * `JSON.parse` that never throws, and keeps integers beyond 2^53 exactly (as `bigint`, see
 * exactJson.ts). On failure it says what is wrong and where (line and column), whatever the
 * engine's own message holds.
 */
export function parseJson(text: string): ParseJsonResult {
  try {
    return { ok: true, value: parseExactJson(text) };
  } catch (error) {
    return {
      ok: false,
      ...locateError(text, error instanceof Error ? error.message : String(error)),
    };
  }
}

function locateError(
  text: string,
  engineMessage: string,
): { error: string; code?: JsonErrorCode; line?: number; column?: number; offset?: number } {
  const first = locateJsonError(text);
  if (!first) return { error: engineMessage };
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  return {
    error: `${DESCRIPTIONS[first.code]} at line ${line} column ${column}`,
    code: first.code,
    line,
    column,
    offset: first.offset,
  };
}

const DESCRIPTIONS: Record<JsonErrorCode, string> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a value',
  ColonExpected: 'Expected a colon',
  CommaExpected: 'Expected a comma',
  CloseBraceExpected: 'Expected a closing }',
  CloseBracketExpected: 'Expected a closing ]',
  EndOfFileExpected: 'Unexpected text after the end',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfString: 'Unterminated string',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in a string',
};

/**
 * An issue's params for a JSON syntax error: `detail` as `error` says it (English), and what
 * and where, for the reader's language (src/app/issueText.ts).
 */
export function jsonErrorParams(
  failed: Extract<ParseJsonResult, { ok: false }>,
): Record<string, string | number> {
  const { error, code, line, column } = failed;
  return code && line !== undefined && column !== undefined
    ? { detail: error, syntax: code, line, column }
    : { detail: error };
}
