import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/*
 * The build's hashed files (`dist/assets`: scripts, styles and their `.br`/`.gz` copies, made by
 * vite.config.ts), read once at start-up and answered from memory. A first visit asks for ~50
 * of them; through @fastify/static each cost the server 1.3–2.9 ms of CPU (a stat, a stream,
 * the compressed copy looked up on disk), from memory a fraction of that. Their names carry a
 * hash, so a file never changes while the server runs.
 */

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface AssetFile {
  type: string;
  etag: string;
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

/** Every file under `assets/` (by its URL path, `/assets/…`), its compressed copies beside it. */
export function loadAssets(staticDir: string): Map<string, AssetFile> {
  const dir = join(staticDir, 'assets');
  const assets = new Map<string, AssetFile>();
  if (!existsSync(dir)) return assets;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (!entry.isFile() || name.endsWith('.br') || name.endsWith('.gz')) continue;
    const path = join(dir, name);
    const identity = readFileSync(path);
    assets.set(`/assets/${name}`, {
      type: TYPES[extname(name)] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`,
      identity,
      br: existsSync(`${path}.br`) ? readFileSync(`${path}.br`) : undefined,
      gzip: existsSync(`${path}.gz`) ? readFileSync(`${path}.gz`) : undefined,
    });
  }
  return assets;
}

/** The codings an Accept-Encoding header accepts (`q=0` refused). */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const refused = params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
    if (coding && !refused) accepted.add(coding.trim());
  }
  return accepted;
}

/** The body to send and its Content-Encoding: brotli, else gzip, else the file itself. */
export function pickEncoding(
  file: AssetFile,
  acceptEncoding: string | undefined,
): { body: Buffer; encoding?: 'br' | 'gzip' } {
  const accepted = acceptedEncodings(acceptEncoding);
  if (file.br && accepted.has('br')) return { body: file.br, encoding: 'br' };
  if (file.gzip && accepted.has('gzip')) return { body: file.gzip, encoding: 'gzip' };
  return { body: file.identity };
}
