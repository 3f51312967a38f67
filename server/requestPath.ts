/**
 * The path a request is judged by: percent-decoding undone (repeatedly, so `%2561` counts as
 * `a`), backslashes read as slashes, repeated slashes and dot segments collapsed, lower case.
 * Every spelling the router might match as an API route, and more, lands on `/api/…` here.
 * Null when the path cannot be a sane one (bad percent-encoding, control characters).
 */
export function normalisePath(url: string): string | null {
  // Nearly every request: lower-case letters, digits, `-` and `_` between single slashes, which
  // the rules below would give back unchanged. Answered without them (every API call asks).
  const plain = PLAIN_PATH.exec(url);
  return plain ? (plain[1] as string) : normaliseInFull(url);
}

/** A path the rules of `normaliseInFull` leave as it is, and then its query or fragment. */
const PLAIN_PATH = /^((?:\/[a-z0-9_-]+)+\/?)(?:[?#]|$)/;

/** `normalisePath` by its rules, whatever the path. */
export function normaliseInFull(url: string): string | null {
  // The absolute form a proxy is sent (`GET http://host/api/…`) is judged by its path too.
  let path = (url.split(/[?#]/, 1)[0] ?? '').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  for (let round = 0; round < 4 && path.includes('%'); round += 1) {
    if (/%(?![0-9a-f]{2})/i.test(path)) return null;
    path = path.replace(/%([0-9a-f]{2})/gi, (_match, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return null;
  const segments: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = /[/\\]\.{0,2}$/.test(path) && segments.length > 0 ? '/' : '';
  return `/${segments.join('/')}${trailing}`.toLowerCase();
}

/** An API request: the route it matched is one, or its normalised path is under `/api`. */
export function isApiPath(routeUrl: string | undefined, normalised: string): boolean {
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  return (routeUrl !== undefined && isApi(routeUrl.toLowerCase())) || isApi(normalised);
}

/** A file's address (`/assets/x.js`, `/favicon.svg`), as opposed to a page of the app. */
export const isFilePath = (normalised: string) => /\.[a-z0-9]+$/.test(normalised);
