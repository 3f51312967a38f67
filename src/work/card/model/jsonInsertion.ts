/**
 * What goes into a button's JSON value for `placeholder` at offset `at`: the placeholder itself
 * inside a JSON string, else a JSON string of it, so that a field inserted anywhere keeps the
 * value JSON (a field is a string's text, never a number or a key of its own).
 */
export function jsonInsertion(text: string, at: number, placeholder: string): string {
  let inString = false;
  for (let index = 0; index < at && index < text.length; index += 1) {
    const char = text[index];
    if (inString && char === '\\') index += 1;
    else if (char === '"') inString = !inString;
  }
  return inString ? placeholder : JSON.stringify(placeholder);
}
