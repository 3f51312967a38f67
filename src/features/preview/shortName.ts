import { stringifyJson } from '../../mind';
/** A value from the JSON as a short label for a placeholder or note (at most 60 characters). */
export function shortName(value: unknown): string {
  const text = typeof value === 'string' ? value : (stringifyJson(value ?? null) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
