import { describe, expect, it } from 'vitest';
import { messageOptions, pollInterval, progressOptions, SEND_POLL_MS } from './messages';
import type { MessageDetail } from './schemas';

const detail = (outcome: MessageDetail['outcome'], sendAt: string | null = null) =>
  ({ outcome, sendAt }) as MessageDetail;

describe('following a send', () => {
  it('polls while batches are pending and stops at an outcome', () => {
    expect(pollInterval(detail('sending'))).toBe(SEND_POLL_MS);
    for (const outcome of ['sent', 'partial', 'failed', 'unknown', 'cancelled'] as const) {
      expect(pollInterval(detail(outcome))).toBe(false);
    }
    expect(pollInterval(undefined)).toBe(false);
  });

  it('looks at a scheduled send now and then, and often once its time is near', () => {
    const soon = new Date(Date.now() + 10_000).toISOString();
    const later = new Date(Date.now() + 3_600_000).toISOString();
    expect(pollInterval(detail('scheduled', soon))).toBe(2000);
    expect(pollInterval(detail('scheduled', later))).toBe(30_000);
  });

  it('keys each send apart from the history pages', () => {
    expect(messageOptions('a').queryKey).toEqual(['messages', 'detail', 'a']);
    expect(progressOptions('a').queryKey).toEqual(['messages', 'progress', 'a']);
  });
});
