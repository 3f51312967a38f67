import { describe, expect, it } from 'vitest';
import { formatTimeAgo } from './formatTimeAgo';

const now = Date.parse('2026-03-01T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('formatTimeAgo', () => {
  it('leaves under a minute to the caller', () => {
    expect(formatTimeAgo(ago(30_000), now)).toBeNull();
    expect(formatTimeAgo('not a date', now)).toBeNull();
  });

  it('says minutes, hours or days, in English or Chinese', () => {
    expect(formatTimeAgo(ago(5 * 60_000), now)).toBe('5 minutes ago');
    expect(formatTimeAgo(ago(3 * 3_600_000), now, 'zh')).toBe('3小时前');
    expect(formatTimeAgo(ago(3 * 86_400_000), now, 'en')).toBe('3 days ago');
  });
});
