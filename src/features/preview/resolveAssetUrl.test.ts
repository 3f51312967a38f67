import { describe, expect, it } from 'vitest';
import { resolveAssetUrl } from './resolveAssetUrl';

describe('resolveAssetUrl', () => {
  it('resolves a Mind client path against the base, or this app when the base is empty', () => {
    expect(resolveAssetUrl('/images/emoji_applaud.png', '')).toBe('/images/emoji_applaud.png');
    expect(resolveAssetUrl('/images/emoji_applaud.png', 'https://cdn.example.com/mind/')).toBe(
      'https://cdn.example.com/mind/images/emoji_applaud.png',
    );
    expect(resolveAssetUrl('images/x.png', 'https://cdn.example.com')).toBe(
      'https://cdn.example.com/images/x.png',
    );
  });

  it('keeps absolute http(s) URLs', () => {
    expect(resolveAssetUrl('https://img.example.com/a.png', 'https://cdn.example.com')).toBe(
      'https://img.example.com/a.png',
    );
  });

  it('refuses other schemes, protocol-relative URLs and non-strings', () => {
    for (const src of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'vbscript:x',
      '//evil.example/x.png',
      'java\nscript:alert(1)',
      '\\\\evil\\x.png',
      '',
      42,
      null,
      { src: '/x.png' },
    ]) {
      expect(resolveAssetUrl(src, ''), String(src)).toBeNull();
    }
  });

  it('ignores a base that is not an http(s) URL', () => {
    expect(resolveAssetUrl('/images/x.png', 'javascript:alert(1)//')).toBe('/images/x.png');
  });
});
