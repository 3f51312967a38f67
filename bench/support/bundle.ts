import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/*
 * What a built chunk is made of: its source map (the runner builds with hidden source maps)
 * says which original file each generated character came from. A package's share of a chunk's
 * gzip size is estimated as its share of the chunk's raw bytes.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one segment of a source map's `mappings` (base64 VLQ) into its numbers. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`bad VLQ digit ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** Raw bytes of `file` per original source path (unmapped bytes under `(unmapped)`). */
export function bytesBySource(file: string): Map<string, number> {
  const code = readFileSync(file, 'utf8');
  const totals = new Map<string, number>();
  const add = (source: string, count: number) =>
    totals.set(source, (totals.get(source) ?? 0) + count);
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) {
    add('(unmapped)', Buffer.byteLength(code));
    return totals;
  }
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMap;
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((mappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let column = 0;
    let start = 0;
    let current = '(unmapped)';
    for (const segment of mappings ? mappings.split(',') : []) {
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(current, Buffer.byteLength(line.slice(start, column)));
      start = column;
      if (sourceDelta !== undefined) {
        sourceIndex += sourceDelta;
        current = map.sources[sourceIndex] ?? '(unmapped)';
      } else current = '(unmapped)';
    }
    add(current, Buffer.byteLength(line.slice(start)) + 1);
  });
  return totals;
}

/** `react-dom`, `@tiptap/core`, or a path under `src/` for the app's own code. */
export function packageOf(source: string): string {
  const at = source.lastIndexOf('node_modules/');
  if (at < 0) {
    const inSrc = source.indexOf('src/');
    return inSrc < 0 ? source : source.slice(inSrc);
  }
  const parts = source.slice(at + 'node_modules/'.length).split('/');
  return (parts[0]?.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

export const gzipSize = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

/**
 * Estimated gzip bytes of `file` that come from sources matching `test`: the chunk's gzip
 * size times the matching share of its raw bytes.
 */
export function gzipShare(file: string, test: (source: string) => boolean): number {
  const bySource = bytesBySource(file);
  let total = 0;
  let matching = 0;
  for (const [source, bytes] of bySource) {
    total += bytes;
    if (test(source)) matching += bytes;
  }
  return total === 0 ? 0 : (gzipSize(readFileSync(file)) * matching) / total;
}
