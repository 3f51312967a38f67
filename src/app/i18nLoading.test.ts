import { describe, expect, it } from 'vitest';

// A file of its own: the language is detected once, when the module is first imported.
describe('loading translations', () => {
  it('downloads only the language in use, and the other when switched to', async () => {
    localStorage.setItem('mcs.lang', 'zh');
    const { default: i18n, i18nReady } = await import('./i18n');
    await i18nReady;
    expect(i18n.resolvedLanguage).toBe('zh');
    expect(i18n.t('designer:checks.title')).toBe('检查');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(i18n.hasResourceBundle('en', 'designer')).toBe(false);
    await i18n.changeLanguage('en');
    expect(i18n.t('designer:checks.title')).toBe('Checks');
    expect(document.documentElement.lang).toBe('en');
  });
});
