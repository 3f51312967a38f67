// Preview: how long the recipient-view renderer takes in Chromium for a card with 100
// elements, a 20,000-character markdown element, and a history-like list of 100 cards. The
// renderer is measured alone, in a harness page built from src/ with Vite (React render,
// commit, style and layout); the preview lab of the real app is measured end to end beside it.
// Budgets: 100 ms for one message (a response that feels immediate, as RAIL puts it) and
// 500 ms for a page of 100 cards.
import react from '@vitejs/plugin-react';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';
import { launchBrowser, report, startAppServer, summarize, type Figure } from './support';

const root = new URL('..', import.meta.url).pathname;
const WARMUP = 3;
const SAMPLES = 25;

const HARNESS = `
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { i18nReady } from '${root}src/app/i18n';
import '${root}src/app/styles/tokens.css';
import { MessagePreview } from '${root}src/features/preview/MessagePreview';
import { loadMarkdownRenderer } from '${root}src/features/preview/markdownRenderer';

const host = document.getElementById('root');

function element(index, salt) {
  switch (index % 4) {
    case 0:
      return { tag: 'markdown', content: '**Item ' + index + '** <font color="#006DF9">due ' + salt + '</font> <small>2024.12.1</small> [details](https://example.com/' + index + ')' };
    case 1:
      return { tag: 'rich_text', content: [{ type: 'paragraph', content: [
        { type: 'text', text: 'Revenue ' + index + ' ' + salt, marks: [{ type: 'bold' }] },
        { type: 'mention', attrs: { id: 'ou_x', label: 'Peach' } },
        { type: 'emoji', attrs: { alt: '鼓掌', src: '/images/emoji_applaud.png' } },
      ] }] };
    case 2:
      return { tag: 'action', action: [
        { tag: 'button', text: { content: 'Open', tag: 'plain_text' }, type: 'view', template: 'white', url: 'https://example.com/' + index },
        { tag: 'button', text: { content: 'Fetch again', tag: 'plain_text' }, type: 'click', template: 'default', event: 'e', value: { index } },
      ] };
    default:
      return { tag: 'markdown', content: '- first ' + salt + '\\n- second\\n\\n1. one\\n2. two' };
  }
}

const card = (count, salt) => ({
  msg_type: 'interactive',
  content: {
    header: { template: 'blue', title: { content: 'Card ' + salt } },
    elements: Array.from({ length: count }, (_, index) => element(index, salt)),
  },
});

function markdown(length, salt) {
  const block = '### Section ' + salt + '\\n**Bold** and *italic* text with a [link](https://example.com/a) and <font color="#f54a45">red words</font>, <small>small print</small>.\\n- item one\\n- item two\\n\\n';
  let text = '';
  while (text.length < length) text += block;
  return { msg_type: 'interactive', content: { header: { title: { content: 'Long' } }, elements: [{ tag: 'markdown', content: text.slice(0, length) }] } };
}

const CASES = {
  card100: (salt) => [card(100, salt)],
  markdown20k: (salt) => [markdown(20000, salt)],
  history100: (salt) => Array.from({ length: 100 }, (_, index) => card(4, salt + '-' + index)),
};

/** Milliseconds to render the messages into a fresh root, commit, and lay the page out. */
function once(messages) {
  const reactRoot = createRoot(host);
  const started = performance.now();
  flushSync(() => reactRoot.render(messages.map((message, index) => <MessagePreview key={index} message={message} assetBase="" />)));
  void host.offsetHeight;
  const ms = performance.now() - started;
  if (!host.querySelector('.mp-card') || host.querySelector('.mp-failed')) throw new Error('did not render');
  reactRoot.unmount();
  return ms;
}

window.__bench = (name, warmup, samples) => {
  const make = CASES[name];
  const times = [];
  // A fresh salt per run, so the markdown memo never answers from its cache.
  for (let run = 0; run < warmup + samples; run += 1) {
    const ms = once(make(name + run + Math.random()));
    if (run >= warmup) times.push(ms);
  }
  return times;
};
// Ready once the translations and the markdown renderer are loaded: a render before that draws
// nothing (the preview suspends until its translations arrive) or placeholders, and the bench
// measures rendering, not downloading.
Promise.all([i18nReady, loadMarkdownRenderer()]).then(() => {
  window.__ready = true;
});
`;

async function buildHarness(): Promise<string> {
  // Inside the project, so the harness resolves the project's node_modules.
  const base = join(root, 'node_modules', '.tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'mcs-preview-bench-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div><script type="module" src="./harness.jsx"></script></body></html>',
  );
  writeFileSync(join(dir, 'harness.jsx'), HARNESS);
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    publicDir: join(root, 'public'),
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

const figure = (
  name: string,
  samples: number[],
  method: string,
  extra: Partial<Figure> = {},
): Figure => {
  const { n, median, p95 } = summarize(samples);
  const round = (value: number) => Math.round(value * 100) / 100;
  return { name, unit: 'ms', median: round(median), p95: round(p95), n, method, ...extra };
};

const harnessDir = await buildHarness();
const harness = await serve(join(harnessDir, 'dist'));
const app = await startAppServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(harness.url);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  const run = (name: string) =>
    page.evaluate(
      ([caseName, warmup, samples]) =>
        (
          window as unknown as {
            __bench: (name: string, warmup: number, samples: number) => number[];
          }
        ).__bench(caseName, warmup, samples),
      [name, WARMUP, SAMPLES] as const,
    );
  const card100 = await run('card100');
  const markdown20k = await run('markdown20k');
  const history100 = await run('history100');

  // End to end in the real app: paste a 100-element card into the preview lab.
  const lab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await lab.goto(`${app.url}/preview?lang=en`);
  await lab.getByRole('textbox', { name: 'Message JSON' }).waitFor();
  const labSamples: number[] = [];
  for (let index = 0; index < WARMUP + SAMPLES; index += 1) {
    const elements = Array.from({ length: 100 }, (_, position) =>
      position % 2
        ? {
            tag: 'markdown',
            content: `**Item ${position}** <font color="#006DF9">run ${index}</font>`,
          }
        : {
            tag: 'action',
            action: [
              {
                tag: 'button',
                text: { content: 'Open' },
                type: 'view',
                url: 'https://example.com/',
              },
            ],
          },
    );
    const title = `Run ${index}`;
    const text = JSON.stringify({ header: { title: { content: title } }, elements });
    const ms = await lab.evaluate(
      async ([value, expected]) => {
        const textarea = document.querySelector<HTMLTextAreaElement>('#preview-lab-json');
        const target = document.querySelector('.pl-preview');
        if (!textarea || !target) throw new Error('no lab');
        const done = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            // No named helpers in here: tsx would wrap them in a __name() the page lacks.
            if (target.querySelector('.mp-card__title')?.textContent === expected) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(target, { subtree: true, childList: true, characterData: true });
        });
        const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        const started = performance.now();
        setter?.call(textarea, value);
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
        await done;
        void document.body.offsetHeight;
        return performance.now() - started;
      },
      [text, title] as const,
    );
    if (index >= WARMUP) labSamples.push(ms);
  }

  const renderMethod = (what: string) =>
    `Chromium, a harness page built from src/ with Vite (production React), measured once its translations and the markdown renderer (a chunk loaded on demand) have loaded: ${what} rendered with flushSync into a fresh React root, then a forced layout; ${WARMUP} warm-up runs, then ${SAMPLES} runs, each with fresh text so the markdown memo never hits.`;
  report({
    suite: 'Preview',
    figures: [
      figure(
        'card with 100 elements',
        card100,
        renderMethod(
          'a card of 100 elements (25 each: markdown with Mind tags, rich text with mention and emoji, a row of two buttons, markdown lists)',
        ),
        {
          target: 'p95 < 100 ms',
          met: summarize(card100).p95 < 100,
        },
      ),
      figure(
        '20,000-character markdown element',
        markdown20k,
        renderMethod(
          'a card whose one markdown element holds 20,000 characters (headings, emphasis, links, <font>, <small>, lists)',
        ),
        {
          target: 'p95 < 100 ms',
          met: summarize(markdown20k).p95 < 100,
        },
      ),
      figure(
        '100 cards (history page)',
        history100,
        renderMethod('100 previews of 4-element cards, as the history page shows them'),
        {
          target: 'p95 < 500 ms',
          met: summarize(history100).p95 < 500,
        },
      ),
      figure(
        'preview lab: paste a 100-element card',
        labSamples,
        `Chromium, the built app's /preview page: the textarea's value is set and an input event fired; timed until the preview shows that text (the lab parses and validates with detectImport, then renders), plus a forced layout. ${WARMUP} warm-up runs, then ${SAMPLES} runs with fresh text.`,
      ),
    ],
  });
} finally {
  await browser.close();
  await app.close();
  harness.server.close();
  rmSync(harnessDir, { recursive: true, force: true });
}
