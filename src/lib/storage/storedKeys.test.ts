import { describe, expect, it } from 'vitest';
import { pickPageLanguage } from '../../app/pickLanguage';
import { browserStorage } from './appStorage';
import { STORED } from './storedKeys';

describe('the table of stored keys', () => {
  it('names each key once', () => {
    const keys = Object.values(STORED).map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("holds the language where index.html's preloader reads it before any module runs", () => {
    browserStorage.setItem(STORED.language.key, 'zh');
    expect(pickPageLanguage(['en', 'zh'])).toBe('zh');
    browserStorage.setItem(STORED.language.key, 'en');
    expect(pickPageLanguage(['en', 'zh'])).toBe('en');
  });
});
