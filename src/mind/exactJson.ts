/*
 * JSON that keeps integers beyond 2^53 exactly. `JSON.parse` turns 1234567890123456789 (a
 * Snowflake-style id, say) into the float 1234567890123456800; here an integer literal that a
 * number cannot hold becomes a `bigint` with the same digits, and `stringifyJson` writes a
 * bigint back as those digits. Everything else is exactly `JSON.parse` and `JSON.stringify`,
 * which do the work whenever there is no such integer.
 */

/** Whether JSON text may hold an integer too long for a number to be certain to hold it. */
export const mayHoldBigInteger = (text: string): boolean => /\d{16}/.test(text);

/** `JSON.parse`, with integers a number cannot hold as `bigint`. Throws as `JSON.parse` does. */
export function parseExactJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  return mayHoldBigInteger(text) ? new ExactParser(text).parse() : value;
}

/**
 * `JSON.stringify` that writes a `bigint` as its digits, so a parsed value is written back as
 * it was read. Other values are written exactly as `JSON.stringify` writes them.
 */
export function stringifyJson(value: unknown, space?: number): string {
  // Most values hold no bigint: JSON.stringify alone is then the answer, and it is several
  // times faster without a replacer (the designer writes its draft on every keystroke). It
  // throws a TypeError on a bigint (or a cycle), and only then is the replacer needed.
  try {
    return JSON.stringify(value, null, space);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  let hasBigint = false;
  const text = JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (typeof item !== 'bigint') return item;
      hasBigint = true;
      return null;
    },
    space,
  );
  return hasBigint
    ? writeExact(value, ' '.repeat(Math.min(10, Math.max(0, space ?? 0))), '')
    : text;
}

/** `JSON.stringify`'s algorithm, by hand, where a value holds a bigint. */
function writeExact(value: unknown, indent: string, current: string): string {
  const item: unknown =
    typeof value === 'object' &&
    value !== null &&
    'toJSON' in value &&
    typeof value.toJSON === 'function'
      ? value.toJSON()
      : value;
  if (typeof item === 'bigint') return item.toString();
  if (typeof item !== 'object' || item === null) return JSON.stringify(item) ?? 'null';
  const inner = current + indent;
  const open = indent ? `\n${inner}` : '';
  const close = indent ? `\n${current}` : '';
  const separator = indent ? `,\n${inner}` : ',';
  if (Array.isArray(item)) {
    if (item.length === 0) return '[]';
    const parts = item.map((entry: unknown) => writeExact(entry, indent, inner));
    return `[${open}${parts.join(separator)}${close}]`;
  }
  if (item instanceof Number || item instanceof String || item instanceof Boolean) {
    return JSON.stringify(item);
  }
  const parts: string[] = [];
  for (const [key, entry] of Object.entries(item)) {
    if (entry === undefined || typeof entry === 'function' || typeof entry === 'symbol') continue;
    parts.push(`${JSON.stringify(key)}:${indent ? ' ' : ''}${writeExact(entry, indent, inner)}`);
  }
  return parts.length ? `{${open}${parts.join(separator)}${close}}` : '{}';
}

const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;

/** A parser for text `JSON.parse` has accepted already: it reads, it does not check. */
class ExactParser {
  private at = 0;
  constructor(private readonly text: string) {}

  parse(): unknown {
    this.space();
    return this.value();
  }

  private space(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at += 1;
  }

  private value(): unknown {
    const char = this.text[this.at];
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === 't' || char === 'f' || char === 'n') {
      const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null';
      this.at += word.length;
      return word === 'null' ? null : word === 'true';
    }
    return this.number();
  }

  private object(): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.at += 1;
    this.space();
    if (this.text[this.at] === '}') {
      this.at += 1;
      return result;
    }
    for (;;) {
      this.space();
      const key = this.string();
      this.space();
      this.at += 1; // ':'
      this.space();
      // As JSON.parse does: `__proto__` is an own key like any other, never the prototype.
      Object.defineProperty(result, key, {
        value: this.value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.space();
      if (this.text[this.at++] === '}') return result;
    }
  }

  private array(): unknown[] {
    const result: unknown[] = [];
    this.at += 1;
    this.space();
    if (this.text[this.at] === ']') {
      this.at += 1;
      return result;
    }
    for (;;) {
      this.space();
      result.push(this.value());
      this.space();
      if (this.text[this.at++] === ']') return result;
    }
  }

  private string(): string {
    const start = this.at;
    this.at += 1;
    while (this.text[this.at] !== '"') this.at += this.text[this.at] === '\\' ? 2 : 1;
    this.at += 1;
    return String(JSON.parse(this.text.slice(start, this.at)));
  }

  private number(): number | bigint {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    const literal = match?.[0] ?? '';
    this.at += literal.length;
    const number = Number(literal);
    const integer = match !== null && match[1] === undefined && match[2] === undefined;
    return integer && !Number.isSafeInteger(number) ? BigInt(literal) : number;
  }
}
