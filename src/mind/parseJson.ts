export type ParseJsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/** `JSON.parse` that never throws; the error names the line and column where it can. */
export function parseJson(text: string): ParseJsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: withLineColumn(text, detail) };
  }
}

function withLineColumn(text: string, detail: string): string {
  if (/line \d+ column \d+/.test(detail)) return detail;
  const match = /position (\d+)/.exec(detail);
  if (!match) return detail;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${detail} (line ${line} column ${column})`;
}
