import { stringifyJson } from '../../mind';
/** The type of a kept node or mark, or `?` when it is not an object with a string `type`. */
export function keptType(json: unknown): string {
  return typeof json === 'object' &&
    json !== null &&
    typeof (json as { type?: unknown }).type === 'string'
    ? (json as { type: string }).type
    : '?';
}

/** A short text for a kept part: the text it holds, else its JSON, cut to `max` characters. */
export function summarizeKept(json: unknown, max = 80): string {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.text === 'string') texts.push(record.text);
      walk(record.content);
    }
  };
  walk(json);
  const text = texts.join(' ').replace(/\s+/g, ' ').trim();
  const summary = text || (stringifyJson(json) ?? String(json));
  return summary.length > max ? `${summary.slice(0, max - 1)}…` : summary;
}
