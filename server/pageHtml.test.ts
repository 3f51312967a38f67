import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PRELOADS_FILE, routePattern, type PagePreloads } from '../src/app/routeManifest';
import { acceptedLanguages, createPageHtml } from './pageHtml';

const INDEX =
  '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-1.js"></script>' +
  '<link rel="stylesheet" crossorigin href="/assets/index-1.css"></head><body></body></html>';
const PRELOADS: PagePreloads = {
  languages: ['en', 'zh'],
  routes: [
    {
      pattern: routePattern('/designer'),
      files: ['assets/DesignerPage-1.js', 'assets/DesignerPage-1.css'],
      translations: { en: ['assets/en-common-1.js'], zh: ['assets/zh-common-1.js'] },
    },
    {
      pattern: routePattern('/history/:id'),
      files: ['assets/HistoryDetailPage-1.js'],
      translations: { en: ['assets/en-history-1.js'], zh: ['assets/zh-history-1.js'] },
    },
  ],
};

const dirs: string[] = [];
function staticDir(preloads: PagePreloads | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'mcs-page-html-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.html'), INDEX);
  if (preloads) writeFileSync(join(dir, PRELOADS_FILE), JSON.stringify(preloads));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('acceptedLanguages', () => {
  it('orders by q, keeps the order of equals and drops q=0 and *', () => {
    expect(acceptedLanguages('en-US,en;q=0.9,zh-CN;q=0.95,fr;q=0,*;q=0.1')).toEqual([
      'en-US',
      'zh-CN',
      'en',
    ]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});

describe('createPageHtml', () => {
  it("names the page's files and its translations as preloads, after the shell's own", () => {
    const page = createPageHtml(staticDir(PRELOADS))('/designer', 'en', 'zh-CN');
    expect(page.html).toContain(
      '<link rel="stylesheet" crossorigin href="/assets/index-1.css">' +
        '<link rel="modulepreload" crossorigin href="/assets/DesignerPage-1.js">' +
        '<link rel="preload" as="style" crossorigin href="/assets/DesignerPage-1.css">' +
        '<link rel="modulepreload" crossorigin href="/assets/en-common-1.js">',
    );
    expect(page.html).not.toContain('zh-common');
    expect(page.html.indexOf('</head>')).toBeGreaterThan(page.html.indexOf('en-common-1.js'));
  });

  it('picks the language as the app does: ?lang=, else Accept-Language, else English', () => {
    const pageHtml = createPageHtml(staticDir(PRELOADS));
    expect(pageHtml('/', null, 'zh-CN,en;q=0.5').html).toContain('/assets/zh-common-1.js');
    expect(pageHtml('/designer', 'zh', 'en').html).toContain('/assets/zh-common-1.js');
    expect(pageHtml('/designer/', null, 'fr, en;q=0.1').html).toContain('/assets/en-common-1.js');
    expect(pageHtml('/designer', null, undefined).html).toContain('/assets/en-common-1.js');
    const history = pageHtml('/history/abc', null, undefined).html;
    expect(history).toContain('/assets/HistoryDetailPage-1.js');
    expect(history).not.toContain('DesignerPage');
  });

  it('answers an unknown page, or a build without preloads, with index.html as it is', () => {
    expect(createPageHtml(staticDir(PRELOADS))('/nothing', null, 'en').html).toBe(INDEX);
    expect(createPageHtml(staticDir(null))('/designer', null, 'en').html).toBe(INDEX);
  });

  it('gives each answer its own ETag', () => {
    const pageHtml = createPageHtml(staticDir(PRELOADS));
    const tags = new Set(
      [
        pageHtml('/designer', 'en', ''),
        pageHtml('/designer', 'zh', ''),
        pageHtml('/x', null, ''),
      ].map((page) => page.etag),
    );
    expect(tags.size).toBe(3);
    expect(pageHtml('/designer', 'en', '').etag).toBe(pageHtml('/', 'en', '').etag);
  });
});
