import { yieldToLoop } from './yieldToLoop';

/** Deepest nesting of objects and arrays a request body may have. */
export const MAX_JSON_DEPTH = 128;
/** Most object keys, summed over the whole body. */
export const MAX_JSON_KEYS = 100_000;

/** Digits in a row from which an integer may be beyond 2^53 (as `mayHoldBigInteger`). */
const LONG_INTEGER_DIGITS = 16;

interface ScanState {
  index: number;
  depth: number;
  keys: number;
  inString: boolean;
  digits: number;
  longInteger: boolean;
}

/** Scans `text` from `state.index` up to `end`; the problem found, or null. */
function scanPart(text: string, state: ScanState, end: number): string | null {
  let { index, depth, keys, inString, digits, longInteger } = state;
  let problem: string | null = null;
  for (; index < end; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1;
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char >= 0x30 && char <= 0x39) {
      digits += 1;
      if (digits >= LONG_INTEGER_DIGITS) longInteger = true;
      continue;
    }
    digits = 0;
    if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) {
        problem = `The request body is nested more than ${MAX_JSON_DEPTH} levels deep`;
        break;
      }
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
    else if (char === 0x3a) {
      keys += 1;
      if (keys > MAX_JSON_KEYS) {
        problem = `The request body has more than ${MAX_JSON_KEYS} keys`;
        break;
      }
    }
  }
  Object.assign(state, { index, depth, keys, inString, digits, longInteger });
  return problem;
}

const newState = (): ScanState => ({
  index: 0,
  depth: 0,
  keys: 0,
  inString: false,
  digits: 0,
  longInteger: false,
});

/**
 * What is wrong with the shape of a JSON text, or null: one pass over the characters, without
 * recursion, so a body nested 10,000 deep is refused before anything walks it. The same pass
 * tells whether a number (outside strings) has 16 digits or more, which only the exact parser
 * reads faithfully: digits inside strings (open_ids) do not count, so a list of 100,000 ids is
 * not read twice.
 */
export function scanJson(text: string): { problem: string | null; longInteger: boolean } {
  const state = newState();
  const problem = scanPart(text, state, text.length);
  return { problem, longInteger: state.longInteger };
}

/** Characters `scanJsonInTurns` reads between two turns of the event loop. */
const CHARS_PER_TURN = 512 * 1024;

/** `scanJson`, letting the event loop answer other requests every `CHARS_PER_TURN` characters. */
export async function scanJsonInTurns(
  text: string,
): Promise<{ problem: string | null; longInteger: boolean }> {
  const state = newState();
  while (state.index < text.length) {
    if (state.index > 0) await yieldToLoop();
    const problem = scanPart(text, state, Math.min(text.length, state.index + CHARS_PER_TURN));
    if (problem) return { problem, longInteger: state.longInteger };
  }
  return { problem: null, longInteger: state.longInteger };
}
