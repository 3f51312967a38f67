import { describe, expect, it } from 'vitest';
import { browserStorage } from '../lib/storage/appStorage';
import { STORED } from '../lib/storage/storedKeys';
import { pickLanguage, pickPageLanguage } from './pickLanguage';

const AVAILABLE = ['zh', 'en'];

describe('pickLanguage', () => {
  it('takes ?lang= first, then the saved choice, then the browser, else English', () => {
    expect(pickLanguage(AVAILABLE, 'en', 'zh', ['zh-CN'])).toBe('en');
    expect(pickLanguage(AVAILABLE, null, 'zh', ['en-US'])).toBe('zh');
    expect(pickLanguage(AVAILABLE, null, null, ['fr-FR', 'zh-TW', 'en'])).toBe('zh');
    expect(pickLanguage(AVAILABLE, null, null, ['fr-FR'])).toBe('en');
  });

  it('passes over what the app does not have', () => {
    expect(pickLanguage(AVAILABLE, 'fr', null, ['zh-CN'])).toBe('zh');
    expect(pickLanguage(AVAILABLE, '', 'ZH-cn', [])).toBe('zh');
  });

  it('is self-contained, so index.html can carry its source', () => {
    const copy = new Function(`return ${pickLanguage.toString()}`)() as typeof pickLanguage;
    expect(copy(AVAILABLE, null, null, ['zh-CN'])).toBe('zh');
  });
});

describe('pickPageLanguage', () => {
  it("reads the language where the app saves it (STORED.language), as index.html's preloader does", () => {
    browserStorage.setItem(STORED.language.key, 'zh');
    expect(pickPageLanguage(['en', 'zh'])).toBe('zh');
    browserStorage.setItem(STORED.language.key, 'en');
    expect(pickPageLanguage(['en', 'zh'])).toBe('en');
  });
});
