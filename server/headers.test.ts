import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './testing/harness';

const INLINE = "(function(){document.documentElement.dataset.preloaded='yes'})();";
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

let harness: Harness;
let staticDir: string;
beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'mcs-headers-'));
  writeFileSync(
    join(staticDir, 'index.html'),
    `<!doctype html><html><head><script>${INLINE}</script>` +
      '<script type="module" crossorigin src="/assets/index-abc123.js"></script></head><body></body></html>',
  );
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'index-abc123.js'), 'export {};');
  writeFileSync(join(staticDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  harness = await startHarness({ STATIC_DIR: staticDir });
});
afterAll(async () => {
  await harness.close();
  rmSync(staticDir, { recursive: true, force: true });
});

const directives = (policy: string | null) =>
  new Map(
    (policy ?? '').split(/;\s*/).map((part) => {
      const [name = '', ...values] = part.split(' ');
      return [name, values] as const;
    }),
  );

describe('security headers', () => {
  it.each([
    '/',
    '/designer',
    '/index.html',
    '/assets/index-abc123.js',
    '/api/status',
    '/api/nothing',
  ])(
    '%s: a CSP allowing only our scripts, no framing, nosniff, a referrer policy',
    async (path) => {
      const { headers } = await harness.call(path);
      const policy = directives(headers.get('content-security-policy'));
      expect(policy.get('script-src')).toEqual(["'self'", `'sha256-${sha256(INLINE)}'`]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('same-origin');
    },
  );

  it('no unsafe-inline or unsafe-eval for scripts', async () => {
    const { headers } = await harness.call('/');
    const scripts = directives(headers.get('content-security-policy')).get('script-src') ?? [];
    expect(scripts.join(' ')).not.toMatch(/unsafe/);
  });

  it('hashed assets are cached for ever, the page is always revalidated, the API not stored', async () => {
    const asset = await harness.call('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/designer', '/index.html']) {
      const page = await harness.call(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
    }
    expect((await harness.call('/favicon.svg')).headers.get('cache-control')).toBe(
      'public, max-age=0',
    );
    expect((await harness.call('/api/status')).headers.get('cache-control')).toBe('no-store');
  });
});
