/** Deepest nesting of objects and arrays a request body may have. */
export const MAX_JSON_DEPTH = 128;
/** Most object keys, summed over the whole body. */
export const MAX_JSON_KEYS = 100_000;

/**
 * What is wrong with the shape of a JSON text, or null: one pass over the characters, without
 * recursion, so a body nested 10,000 deep is refused before anything walks it.
 */
export function jsonShapeProblem(text: string): string | null {
  let depth = 0;
  let keys = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1;
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) {
        return `The request body is nested more than ${MAX_JSON_DEPTH} levels deep`;
      }
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
    else if (char === 0x3a) {
      keys += 1;
      if (keys > MAX_JSON_KEYS) return `The request body has more than ${MAX_JSON_KEYS} keys`;
    }
  }
  return null;
}
