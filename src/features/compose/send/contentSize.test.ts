import { describe, expect, it } from 'vitest';
import { contentBytes, contentSizeIssue } from './contentSize';

describe('contentSizeIssue', () => {
  it('warns of content larger than the limit, counting UTF-8 bytes of its JSON', () => {
    // 10,000 Chinese characters: 30,000 bytes of UTF-8, and the JSON around them.
    const text = { text: '字'.repeat(10_000) };
    expect(contentBytes(text)).toBe(30_000 + '{"text":""}'.length);
    expect(contentSizeIssue(text, 30_720)).toBeNull();
    expect(contentSizeIssue({ text: '字'.repeat(11_000) }, 30_720)).toEqual({
      path: '/content',
      severity: 'warning',
      code: 'content-too-large',
      message: 'The message is 32.2 KB, more than 30.0 KB: Mind may refuse it',
      params: { size: '32.2', limit: '30.0' },
    });
  });
});
