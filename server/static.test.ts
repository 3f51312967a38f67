import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRELOADS_FILE, routePattern, type PagePreloads } from '../src/app/routeManifest';
import { startHarness, type Harness } from './testing/harness';

const SCRIPT = `export const text = ${JSON.stringify('a'.repeat(4000))};`;

let harness: Harness;
let staticDir: string;
beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'mcs-static-'));
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><html><head><title>app</title></head><body></body></html>',
  );
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'export {};');
  writeFileSync(join(staticDir, 'assets', 'big-abc123.js'), SCRIPT);
  writeFileSync(join(staticDir, 'assets', 'big-abc123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(staticDir, 'assets', 'big-abc123.js.gz'), gzipSync(SCRIPT));
  const preloads: PagePreloads = {
    languages: ['en', 'zh'],
    routes: [
      {
        pattern: routePattern('/designer'),
        files: ['assets/DesignerPage-abc.js'],
        translations: { en: ['assets/en-common-abc.js'], zh: ['assets/zh-common-abc.js'] },
      },
    ],
  };
  writeFileSync(join(staticDir, PRELOADS_FILE), JSON.stringify(preloads));
  harness = await startHarness({ STATIC_DIR: staticDir });
});
afterAll(async () => {
  await harness.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('serving the app', () => {
  it("answers a page's address with the app, and a file with itself", async () => {
    for (const path of ['/designer', '/history/abc', '/compose?from=designer']) {
      const response = await harness.call(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
    }
    const chunk = await harness.call('/assets/index-abc123.js');
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('content-type')).toMatch(/javascript/);
  });

  it("names the page's files as preloads, in the language the browser asks for", async () => {
    const english = await harness.call('/designer');
    expect(english.body).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/DesignerPage-abc.js">',
    );
    expect(english.body).toContain('/assets/en-common-abc.js');
    expect(english.headers.get('vary')).toMatch(/accept-language/i);
    const chinese = await harness.call('/', { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(chinese.body).toContain('/assets/zh-common-abc.js');
    expect(chinese.body).not.toContain('/assets/en-common-abc.js');
    // Revalidated (no-cache): an unchanged page is a 304.
    const etag = english.headers.get('etag') ?? '';
    expect(etag).not.toBe(chinese.headers.get('etag'));
    const again = await harness.call('/designer', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    // The table is the server's, not a file of the app.
    expect((await harness.call(`/${PRELOADS_FILE}`)).status).toBe(404);
  });

  it("sends a script's compressed copy to a browser that takes it, the file itself otherwise", async () => {
    const url = `${harness.url}/assets/big-abc123.js`;
    // node:http, not fetch, which would undo the coding.
    const raw = (encoding: string, etag?: string) =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
        (resolve, reject) => {
          get(
            url,
            {
              headers: { 'accept-encoding': encoding, ...(etag ? { 'if-none-match': etag } : {}) },
            },
            (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () =>
                resolve({
                  status: response.statusCode ?? 0,
                  headers: response.headers,
                  body: Buffer.concat(chunks),
                }),
              );
            },
          ).on('error', reject);
        },
      );
    const br = await raw('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    const gzip = await raw('gzip, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);
    const plain = await raw('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect((await raw('br', String(br.headers['etag']))).status).toBe(304);
  });

  it('answers a missing file with 404, not the app a browser would try to run as a script', async () => {
    // A tab opened before an update asks for a chunk the new build no longer has.
    for (const path of ['/assets/DesignerPage-old1234.js', '/assets/old.css', '/favicon-old.svg']) {
      const response = await harness.call(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).not.toMatch(/^text\/html/);
    }
  });
});
