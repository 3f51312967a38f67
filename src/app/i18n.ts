import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { browserStorage } from '../lib/storage/appStorage';
import { STORED } from '../lib/storage/storedKeys';
import { pickPageLanguage } from './pickLanguage';
import { routeOf, startupNamespaces } from './routeManifest';

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One JSON file per language and namespace: `src/locales/<lang>/<namespace>.json` (tested). */
export const NAMESPACES = [
  'common',
  'compose',
  'designer',
  'exchange',
  'history',
  'inbox',
  'issues',
  'jsonview',
  'markdown',
  'personal',
  'places',
  'preview',
  'richtext',
  'templates',
] as const;

/**
 * Each namespace of each language is its own chunk: a visit downloads the namespaces of its
 * page (src/app/routeManifest.ts) in the language in use, and others as it needs them.
 */
const LOCALE_FILES = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', {
  import: 'default',
});

const isLanguage = (code: string): code is Language =>
  (LANGUAGES as readonly string[]).includes(code);

const bundleBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load = isLanguage(language)
      ? LOCALE_FILES[`../locales/${language}/${namespace}.json`]
      : undefined;
    if (!load) return callback(null, {});
    load().then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * The choice is kept for the next visit (at once, not throttled: it is rare); index.html
 * preloads by the same rule (pickLanguage). Storage disabled or full: it lasts this visit.
 */
function saveLanguage(language: string): void {
  browserStorage.setItem(STORED.language.key, language);
}
i18next.on('languageChanged', saveLanguage);

/** Resolves when the page's translations in the language in use are loaded: render after it. */
export const i18nReady: Promise<void> = i18next
  .use(initReactI18next)
  .use(bundleBackend)
  .init({
    lng: pickPageLanguage(LANGUAGES),
    // A page's own namespaces; in unit tests every one, as they render components without
    // the page that loads them.
    ns:
      import.meta.env.MODE === 'test'
        ? [...NAMESPACES]
        : startupNamespaces(routeOf(location.pathname)),
    defaultNS: 'common',
    fallbackNS: 'common',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // Chinese has every key English has (tested), so it does not download English as well.
    fallbackLng: (code) => (code.startsWith('zh') ? [] : ['en']),
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(() => undefined);

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language.startsWith('zh') ? 'zh-CN' : 'en';
}
syncDocumentLanguage(i18next.resolvedLanguage ?? 'en');
i18next.on('languageChanged', syncDocumentLanguage);

export const currentLanguage = (): Language =>
  i18next.resolvedLanguage?.startsWith('zh') ? 'zh' : 'en';

export default i18next;
