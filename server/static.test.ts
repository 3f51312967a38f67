import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRELOADS_FILE, routePattern, type PagePreloads } from '../src/app/routeManifest';
import { startHarness, type Harness } from './testing/harness';

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

  it('answers a missing file with 404, not the app a browser would try to run as a script', async () => {
    // A tab opened before an update asks for a chunk the new build no longer has.
    for (const path of ['/assets/DesignerPage-old1234.js', '/assets/old.css', '/favicon-old.svg']) {
      const response = await harness.call(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).not.toMatch(/^text\/html/);
    }
  });
});
