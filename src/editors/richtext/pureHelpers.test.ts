import { describe, expect, it } from 'vitest';
import { formatShortcut } from './formatShortcut';
import { normalizeHref } from './normalizeHref';
import { resolveEmojiSrc } from './resolveEmojiSrc';
import { keptType, summarizeKept } from './summarizeKept';

describe('normalizeHref', () => {
  it.each([
    ['https://a.example/x', 'https://a.example/x'],
    ['  http://a.example ', 'http://a.example'],
    ['example.com/page', 'https://example.com/page'],
    ['//example.com', 'https://example.com'],
    ['ann@example.com', 'mailto:ann@example.com'],
    ['mailto:ann@example.com', 'mailto:ann@example.com'],
  ])('makes %j usable as %j', (input, expected) => {
    expect(normalizeHref(input)).toBe(expected);
  });

  it.each(['', '   ', 'javascript:alert(1)', 'data:text/html,x', 'ftp://a.example', 'a b.com'])(
    'refuses %j',
    (input) => {
      expect(normalizeHref(input)).toBeNull();
    },
  );
});

describe('resolveEmojiSrc', () => {
  it('resolves a Mind client path against the base, or this app', () => {
    expect(resolveEmojiSrc('/images/emoji_applaud.png', '')).toBe('/images/emoji_applaud.png');
    expect(resolveEmojiSrc('/images/e.png', 'https://cdn.example/mind/')).toBe(
      'https://cdn.example/mind/images/e.png',
    );
  });

  it('keeps http(s) URLs and refuses everything else', () => {
    expect(resolveEmojiSrc('https://a.example/e.png', '')).toBe('https://a.example/e.png');
    expect(resolveEmojiSrc('javascript:alert(1)', '')).toBeNull();
    expect(resolveEmojiSrc('//evil.example/e.png', '')).toBeNull();
    expect(resolveEmojiSrc('images/e.png', '')).toBeNull();
  });
});

describe('summarizeKept', () => {
  it('shows the text a kept node holds, else its JSON, cut short', () => {
    expect(summarizeKept({ type: 'blockquote', content: [{ type: 'text', text: ' a  b ' }] })).toBe(
      'a b',
    );
    expect(summarizeKept({ type: 'hardBreak' })).toBe('{"type":"hardBreak"}');
    expect(summarizeKept({ type: 'x', text: 'y'.repeat(100) }, 10)).toBe(`${'y'.repeat(9)}…`);
    expect(summarizeKept(null)).toBe('null');
  });

  it('names the type, or ? when there is none', () => {
    expect(keptType({ type: 'table' })).toBe('table');
    expect(keptType(7)).toBe('?');
  });
});

describe('formatShortcut', () => {
  it('writes shortcuts as people read them on each platform', () => {
    expect(formatShortcut('Mod-Shift-7', false)).toBe('Ctrl+Shift+7');
    expect(formatShortcut('Mod-b', false)).toBe('Ctrl+B');
    expect(formatShortcut('Mod-Alt-1', true)).toBe('⌘⌥1');
  });
});
