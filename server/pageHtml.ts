import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { pickLanguage } from '../src/app/pickLanguage';
import { PRELOADS_FILE, type PagePreloads } from '../src/app/routeManifest';

/*
 * The app's HTML for a page's address: index.html with the `<link>` preloads of that page's
 * files and of its translations in the language the app will most likely pick (the build's
 * preloads.json, vite.config.ts), so the browser requests them as it parses the HTML. The
 * inline script at the end of index.html adds the translations of another language when the
 * app will pick another (one chosen before, in localStorage, which the server cannot see).
 */

const preloadsSchema = z.object({
  languages: z.array(z.string()).min(1),
  routes: z.array(
    z.object({
      pattern: z.string(),
      files: z.array(z.string()),
      translations: z.record(z.string(), z.array(z.string())),
    }),
  ),
});

export interface PageHtml {
  html: string;
  etag: string;
}

/** The languages of an Accept-Language header, most wanted first (`q=0` left out). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, weight }) => tag && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ tag }) => tag);
}

/** A built file as a preload in the mode the app then requests it in (as vite.config.ts's script). */
function preloadLink(file: string): string {
  const href = `/${file}`.replace(/[&"<>]/g, '');
  return file.endsWith('.css')
    ? `<link rel="preload" as="style" crossorigin href="${href}">`
    : `<link rel="modulepreload" crossorigin href="${href}">`;
}

function withEtag(html: string): PageHtml {
  return { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 22)}"` };
}

/**
 * Reads `index.html` and the build's preloads once; the answer for each page and language is
 * made once, on its first request. Without preloads (an older build, a test's app), every
 * address gets index.html as it is.
 */
export function createPageHtml(
  staticDir: string,
): (pathname: string, query: string | null, acceptLanguage: string | undefined) => PageHtml {
  const index = readFileSync(join(staticDir, 'index.html'), 'utf8');
  const plain = withEtag(index);
  const preloadsPath = join(staticDir, PRELOADS_FILE);
  const preloads: PagePreloads | null = existsSync(preloadsPath)
    ? preloadsSchema.parse(JSON.parse(readFileSync(preloadsPath, 'utf8')))
    : null;
  const head = index.lastIndexOf('</head>');
  if (!preloads || head === -1) return () => plain;
  const routes = preloads.routes.map((route) => ({ ...route, test: new RegExp(route.pattern) }));
  const made = new Map<string, PageHtml>();
  return (pathname, query, acceptLanguage) => {
    const route = routes.find((item) => item.test.test(pathname));
    if (!route) return plain;
    const language = pickLanguage(
      preloads.languages,
      query,
      null,
      acceptedLanguages(acceptLanguage),
    );
    const key = `${route.pattern} ${language}`;
    let page = made.get(key);
    if (!page) {
      const links = [...route.files, ...(route.translations[language] ?? [])].map(preloadLink);
      page = withEtag(`${index.slice(0, head)}${links.join('')}\n  ${index.slice(head)}`);
      made.set(key, page);
    }
    return page;
  };
}
