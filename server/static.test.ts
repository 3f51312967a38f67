import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './testing/harness';

let harness: Harness;
let staticDir: string;
beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'mcs-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'export {};');
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

  it('answers a missing file with 404, not the app a browser would try to run as a script', async () => {
    // A tab opened before an update asks for a chunk the new build no longer has.
    for (const path of ['/assets/DesignerPage-old1234.js', '/assets/old.css', '/favicon-old.svg']) {
      const response = await harness.call(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).not.toMatch(/^text\/html/);
    }
  });
});
