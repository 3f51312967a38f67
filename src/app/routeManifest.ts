/*
 * Every page of the app: its address, the module that holds it and the export that is the page.
 * Data only (no React, no imports), so both the router (pages.ts, routes.tsx) and the build
 * (vite.config.ts, which preloads a page's chunk from index.html) read this one list.
 */

export interface PageRoute {
  /** A wouter pattern; `:name` matches one path segment. */
  path: string;
  /** The page's module under `src/`, without its extension; each page is its own chunk. */
  module: string;
  /** The named export that renders the page. */
  exportName: string;
  /**
   * The translation namespaces (src/locales/<language>/<namespace>.json) its first screen shows,
   * besides `common`: loaded with the page, so a visit downloads only these. Another one a
   * part of the page needs later is downloaded then.
   */
  namespaces: readonly string[];
}

export const PAGE_ROUTES: readonly PageRoute[] = [
  {
    path: '/designer',
    module: 'pages/DesignerPage',
    exportName: 'DesignerPage',
    namespaces: [
      'designer',
      'exchange',
      'issues',
      'jsonview',
      'markdown',
      'preview',
      'richtext',
      'templates',
    ],
  },
  {
    path: '/rich-text',
    module: 'pages/RichTextPage',
    exportName: 'RichTextPage',
    namespaces: ['issues', 'preview', 'richtext', 'templates'],
  },
  {
    path: '/compose',
    module: 'pages/ComposePage',
    exportName: 'ComposePage',
    namespaces: ['compose', 'issues', 'markdown', 'personal', 'preview', 'richtext', 'templates'],
  },
  {
    path: '/templates',
    module: 'pages/TemplatesPage',
    exportName: 'TemplatesPage',
    namespaces: ['exchange', 'issues', 'preview', 'templates'],
  },
  {
    path: '/history',
    module: 'pages/HistoryPage',
    exportName: 'HistoryPage',
    namespaces: ['history', 'issues', 'preview'],
  },
  {
    path: '/history/:id',
    module: 'pages/HistoryDetailPage',
    exportName: 'HistoryDetailPage',
    // exchange: Duplicate's question when it would replace unsaved work (loaded only then, the
    // page would give way to the loading line and the button lose the focus).
    namespaces: ['compose', 'exchange', 'history', 'issues', 'personal', 'preview'],
  },
  {
    path: '/inbox',
    module: 'pages/InboxPage',
    exportName: 'InboxPage',
    namespaces: ['history', 'inbox', 'issues', 'preview'],
  },
  {
    path: '/preview',
    module: 'pages/PreviewPage',
    exportName: 'PreviewPage',
    // exchange: what is wrong with pasted JSON, in the reader's language (issueText).
    namespaces: ['exchange', 'issues', 'preview'],
  },
];

/** Where `/` leads. */
export const LANDING_PATH = '/designer';

/** A route's pattern as a regular expression over `location.pathname` (source text); `/` too for the landing page. */
export function routePattern(path: string): string {
  const landing = path === LANDING_PATH;
  const body = path.replace(/:[^/]+/g, '[^/]+');
  return landing ? `^/?(${body})?/?$` : `^(${body})/?$`;
}

/** The page at `pathname` (`location.pathname`), if any. */
export function routeOf(pathname: string): PageRoute | undefined {
  return PAGE_ROUTES.find((route) => new RegExp(routePattern(route.path)).test(pathname));
}

/** The translation namespaces a first visit to `route` starts with. */
export function startupNamespaces(route: PageRoute | undefined): string[] {
  return ['common', ...(route?.namespaces ?? [])];
}

/**
 * The modules (under `src/`, with their extension) a first visit to `route` loads as it starts,
 * besides the entry: the page itself and the translations it shows in `language`. index.html
 * preloads them (vite.config.ts) and the page-weight guard counts them (scripts/pageWeight.ts).
 */
export function startupModules(route: PageRoute, language: string): string[] {
  return [
    `${route.module}.tsx`,
    ...startupNamespaces(route).map((namespace) => `locales/${language}/${namespace}.json`),
  ];
}

/**
 * Written by the build beside index.html (vite.config.ts): each page's first files, which the
 * server names in the page's HTML as preload links (server/pageHtml.ts), so the browser
 * fetches them while it parses the HTML, with the shell.
 */
export const PRELOADS_FILE = 'preloads.json';

export interface RoutePreloads {
  /** `routePattern(route.path)`. */
  pattern: string;
  /** The page's chunks and their CSS, besides the shell's (paths under the build). */
  files: string[];
  /** Per language, the chunks of the translations the page starts with. */
  translations: Record<string, string[]>;
}

export interface PagePreloads {
  /** The app's languages (src/locales), for `pickLanguage`. */
  languages: string[];
  routes: RoutePreloads[];
}
