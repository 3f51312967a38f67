import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildApp,
  firstVisitFiles,
  kilobytes,
  PAGE_WEIGHT_BUDGETS_KB,
  PAGE_WEIGHT_CEILINGS_KB,
  pageWeights,
  readManifest,
} from './pageWeight';

/*
 * The page-weight guard: a production build's first-visit JavaScript (gzip) of the pages with a
 * budget must stay under its ceiling. Sizes are deterministic, so this is a test; how long a
 * page takes to start is measured by the bench (`npm run bench -- start`). e2e/firstVisit.spec.ts
 * checks that these files are the ones Chromium really downloads.
 */

let dist = '';
let weights: ReturnType<typeof pageWeights> = {};

beforeAll(() => {
  dist = buildApp();
  weights = pageWeights(dist);
}, 120_000);

afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('first-visit JavaScript (gzip)', () => {
  for (const [path, ceiling] of Object.entries(PAGE_WEIGHT_CEILINGS_KB)) {
    it(`${path} stays under ${ceiling} KB (budget ${PAGE_WEIGHT_BUDGETS_KB[path]} KB)`, () => {
      const weight = weights[path];
      expect(weight, path).toBeDefined();
      expect(kilobytes(weight?.bytes ?? Infinity), path).toBeLessThanOrEqual(ceiling);
    });
  }

  it('counts the entry, the page and its translations, and no editor', () => {
    const manifest = readManifest(dist);
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
    for (const path of Object.keys(PAGE_WEIGHT_CEILINGS_KB)) {
      const files = firstVisitFiles(manifest, path);
      expect(files).toContain(entry?.file);
      const page =
        path === '/designer'
          ? 'DesignerPage'
          : path === '/compose'
            ? 'ComposePage'
            : 'RichTextPage';
      expect(
        files.some((file) => file.startsWith(`assets/${page}-`)),
        path,
      ).toBe(true);
      expect(
        files.some((file) => /^assets\/(en|common)[-.]/.test(file)),
        path,
      ).toBe(true);
      expect(
        files.some((file) => file.startsWith('assets/codemirror-')),
        path,
      ).toBe(false);
    }
    expect(
      firstVisitFiles(manifest, '/designer').some((file) => file.startsWith('assets/tiptap-')),
    ).toBe(false);
    expect(
      firstVisitFiles(manifest, '/rich-text').some((file) => file.startsWith('assets/tiptap-')),
    ).toBe(true);
  });
});
