/**
 * The language the app opens in: `?lang=`, else the one chosen before (`mcs.lang` in
 * localStorage), else the first of the browser's languages the app has, else English.
 * Codes are compared by their first two letters (`zh-CN` → `zh`).
 *
 * Self-contained on purpose: vite.config.ts writes its source into index.html, where it checks
 * that the translations the app will load are preloaded, so both always agree; the server
 * picks by it too (server/pageHtml.ts, without the saved choice). No imports, no outer names,
 * nothing a browser of 2022 lacks.
 */
export function pickLanguage(
  available: readonly string[],
  query: string | null,
  saved: string | null,
  preferred: readonly string[],
): string {
  const candidates = [query, saved, ...preferred];
  for (let index = 0; index < candidates.length; index += 1) {
    const code = String(candidates[index] ?? '')
      .slice(0, 2)
      .toLowerCase();
    if (code && available.indexOf(code) >= 0) return code;
  }
  return available.indexOf('en') >= 0 ? 'en' : String(available[0]);
}

/** `pickLanguage` for this page: reads the address, storage (if allowed) and the browser. */
export function pickPageLanguage(available: readonly string[]): string {
  let query: string | null = null;
  let saved: string | null = null;
  try {
    query = new URLSearchParams(location.search).get('lang');
    // The one read of storage outside src/lib/storage: index.html runs this before any module
    // (vite.config.ts), so it cannot import the helper. The key is STORED.language's (tested).
    // eslint-disable-next-line no-restricted-globals -- see above
    saved = localStorage.getItem('mcs.lang');
  } catch {
    // Storage disabled: the address and the browser still decide.
  }
  return pickLanguage(available, query, saved, navigator.languages ?? [navigator.language]);
}
