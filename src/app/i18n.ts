import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One JSON file per language and namespace: `src/locales/<lang>/<namespace>.json`. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', {
  eager: true,
});

function buildResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language = '', namespace = ''] = match;
    resources[language] = { ...resources[language], [namespace]: module.default };
  }
  return resources;
}

const resources = buildResources();

export const NAMESPACES = Object.keys(resources.en ?? {});

void i18next
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    ns: NAMESPACES,
    defaultNS: 'common',
    fallbackNS: 'common',
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    detection: {
      order: ['querystring', 'localStorage', 'navigator'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: 'mcs.lang',
      caches: ['localStorage'],
    },
    returnNull: false,
  });

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language.startsWith('zh') ? 'zh-CN' : 'en';
}
syncDocumentLanguage(i18next.resolvedLanguage ?? 'en');
i18next.on('languageChanged', syncDocumentLanguage);

export const currentLanguage = (): Language =>
  i18next.resolvedLanguage?.startsWith('zh') ? 'zh' : 'en';

export default i18next;
