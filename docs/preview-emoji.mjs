// Draws the stand-in emoji images in public/images/ (Mind's client has its own; the preview
// needs something at the same paths). Run: node docs/preview-emoji.mjs
// Faces and a few symbols are drawn here; the rest are lucide glyphs on a coloured badge.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const lucideDir = join(
  dirname(require.resolve('lucide-react/package.json')),
  'dist',
  'esm',
  'icons',
);

async function glyph(name) {
  const { __iconData } = await import(join(lucideDir, `${name}.mjs`));
  return __iconData.node
    .map(([tag, attrs]) => {
      const text = Object.entries(attrs)
        .filter(([key]) => key !== 'key')
        .map(([key, value]) => `${key}="${value}"`)
        .join(' ');
      return `<${tag} ${text}/>`;
    })
    .join('');
}

const defs = (id, from, to) =>
  `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>`;

const face = (features) =>
  `${defs('f', '#ffe16b', '#f7b928')}<circle cx="32" cy="32" r="28" fill="url(#f)" stroke="#e0a11b" stroke-width="2"/>${features}`;

async function badge(name, from, to, extra = '') {
  return `${defs('b', from, to)}<circle cx="32" cy="32" r="29" fill="url(#b)"/>
    <g transform="translate(14 14) scale(1.5)" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${await glyph(name)}</g>${extra}`;
}

async function filled(name, from, to, stroke) {
  return `${defs('g', from, to)}<g transform="translate(5 5) scale(2.25)" fill="url(#g)" stroke="${stroke}" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round">${await glyph(name)}</g>`;
}

const EYES =
  '<ellipse cx="23" cy="26" rx="3.2" ry="4.4" fill="#6b4a12"/><ellipse cx="41" cy="26" rx="3.2" ry="4.4" fill="#6b4a12"/>';

const drawings = {
  applaud: () =>
    badge(
      'hand',
      '#ffb340',
      '#f08a00',
      '<g stroke="#fff" stroke-width="3" stroke-linecap="round"><path d="M10 18l5 4"/><path d="M17 9l3 6"/><path d="M27 6v6"/></g>',
    ),
  thumbsup: () => filled('thumbs-up', '#ffd75e', '#f5a623', '#c67c0c'),
  smile: () =>
    face(
      `${EYES}<path d="M19 38c6 8 20 8 26 0" fill="none" stroke="#6b4a12" stroke-width="3.5" stroke-linecap="round"/><circle cx="16" cy="36" r="4" fill="#ff8a65" opacity=".35"/><circle cx="48" cy="36" r="4" fill="#ff8a65" opacity=".35"/>`,
    ),
  laugh: () =>
    face(
      `<path d="M17 27c2-4 8-4 10 0M37 27c2-4 8-4 10 0" fill="none" stroke="#6b4a12" stroke-width="3.5" stroke-linecap="round"/><path d="M16 35h32c0 10-7 16-16 16s-16-6-16-16z" fill="#6b4a12"/><path d="M23 46c5-4 13-4 18 0-5 4-13 4-18 0z" fill="#ff6b6b"/><path d="M18 36h28v3H18z" fill="#fff"/>`,
    ),
  heart: () => filled('heart', '#ff6b81', '#e8324a', '#c51f36'),
  party: () => badge('party-popper', '#b37feb', '#7f3bf5'),
  fighting: () => badge('biceps-flexed', '#ff7a45', '#f54a45'),
  ok: () =>
    `${defs('b', '#4cd964', '#2ea121')}<circle cx="32" cy="32" r="29" fill="url(#b)"/><text x="32" y="42" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-weight="800" font-size="27" fill="#fff">OK</text>`,
  thanks: () => badge('hand-heart', '#ff85c0', '#eb2f96'),
  thinking: () =>
    face(
      `<ellipse cx="23" cy="28" rx="3.2" ry="4.4" fill="#6b4a12"/><ellipse cx="41" cy="28" rx="3.2" ry="4.4" fill="#6b4a12"/><path d="M17 18l10-3M38 15l9 4" fill="none" stroke="#6b4a12" stroke-width="3" stroke-linecap="round"/><path d="M24 43l16-3" stroke="#6b4a12" stroke-width="3.5" stroke-linecap="round"/><circle cx="51" cy="9" r="3" fill="#8f959e"/><circle cx="58" cy="4" r="2" fill="#8f959e"/>`,
    ),
  fire: () => filled('flame', '#ffd24d', '#ff5a1f', '#e2401a'),
  check: () =>
    `${defs('b', '#4cd964', '#2ea121')}<rect x="5" y="5" width="54" height="54" rx="14" fill="url(#b)"/><path d="M18 33l10 10 19-21" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>`,
  warning: () =>
    `${defs('b', '#ffd84d', '#ffb300')}<path d="M28.5 8.5a4 4 0 0 1 7 0l24 42a4 4 0 0 1-3.5 6H8a4 4 0 0 1-3.5-6z" fill="url(#b)" stroke="#e09a00" stroke-width="2"/><path d="M32 23v15" stroke="#3d2e00" stroke-width="5.5" stroke-linecap="round"/><circle cx="32" cy="47" r="3.4" fill="#3d2e00"/>`,
  rocket: () => badge('rocket', '#5b8cff', '#3370ff'),
  coffee: () => badge('coffee', '#b07a52', '#7a4a2a'),
  handshake: () => badge('handshake', '#ffc53d', '#d48806'),
};

const outDir = join(root, 'public', 'images');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 64, height: 64 }, deviceScaleFactor: 1 });
for (const [name, draw] of Object.entries(drawings)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">${await draw()}</svg>`;
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page
    .locator('svg')
    .screenshot({ path: join(outDir, `emoji_${name}.png`), omitBackground: true });
}
await browser.close();
console.log(`Drew ${Object.keys(drawings).length} emoji into ${outDir}`);
