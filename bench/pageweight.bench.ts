// Page weight: what a first visit to the designer downloads, and the whole build, gzipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtApp, launchBrowser, report, startAppServer } from './support';

const kb = (bytes: number) => bytes / 1024;
const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

const dist = builtApp();
const chunks = allFiles(join(dist, 'assets'));
const totalJs = chunks
  .filter((path) => path.endsWith('.js'))
  .reduce((sum, path) => sum + gzipSize(readFileSync(path)), 0);
const totalCss = chunks
  .filter((path) => path.endsWith('.css'))
  .reduce((sum, path) => sum + gzipSize(readFileSync(path)), 0);

const server = await startAppServer();
const browser = await launchBrowser();
const firstVisit = async (route: string) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = new Map<string, Buffer>();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!/\.(js|css)$/.test(url.pathname)) return;
    bodies.set(url.pathname, await response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(`${server.url}${route}?lang=en`, { waitUntil: 'networkidle' });
  await context.close();
  const sum = (extension: string) =>
    [...bodies]
      .filter(([path]) => path.endsWith(extension))
      .reduce((total, [, body]) => total + gzipSize(body), 0);
  return { js: sum('.js'), css: sum('.css'), files: bodies.size };
};

const designer = await firstVisit('/designer');
const compose = await firstVisit('/compose');
await browser.close();
await server.close();

const budget = 250;
const method =
  'Chromium loads the page with an empty cache until the network is idle; each JS/CSS response body is gzipped at level 9 and summed. One run (sizes do not vary).';
report({
  suite: 'Page weight',
  figures: [
    {
      name: 'first visit to /designer: JavaScript (gzip)',
      unit: 'KB',
      median: kb(designer.js),
      p95: kb(designer.js),
      n: 1,
      method: `${method} ${designer.files} files.`,
      target: `< ${budget} KB`,
      met: kb(designer.js) < budget,
      baseline: 'Adaptive Cards designer + renderer + Monaco ≈ 870 KB',
    },
    {
      name: 'first visit to /designer: CSS (gzip)',
      unit: 'KB',
      median: kb(designer.css),
      p95: kb(designer.css),
      n: 1,
      method,
    },
    {
      name: 'first visit to /compose: JavaScript (gzip)',
      unit: 'KB',
      median: kb(compose.js),
      p95: kb(compose.js),
      n: 1,
      method: `${method} ${compose.files} files.`,
      target: `< ${budget} KB`,
      met: kb(compose.js) < budget,
    },
    {
      name: 'all chunks: JavaScript (gzip)',
      unit: 'KB',
      median: kb(totalJs),
      p95: kb(totalJs),
      n: 1,
      method: `Every .js file of the build (${chunks.length} assets), each gzipped at level 9, summed: what a visitor would download by opening every page and editor.`,
    },
    {
      name: 'all chunks: CSS (gzip)',
      unit: 'KB',
      median: kb(totalCss),
      p95: kb(totalCss),
      n: 1,
      method: 'Every .css file of the build, gzipped at level 9, summed.',
    },
  ],
});
