import { describe, expect, it } from 'vitest';
import { messageOptions, pollInterval, SEND_POLL_MS } from './messages';
import type { MessageDetail } from './schemas';

const detail = (outcome: MessageDetail['outcome']) => ({ outcome }) as MessageDetail;

describe('following a send', () => {
  it('polls while batches are pending and stops at an outcome', () => {
    expect(pollInterval(detail('sending'))).toBe(SEND_POLL_MS);
    for (const outcome of ['sent', 'partial', 'failed', 'unknown'] as const) {
      expect(pollInterval(detail(outcome))).toBe(false);
    }
    expect(pollInterval(undefined)).toBe(false);
  });

  it('keys each send apart from the history pages', () => {
    expect(messageOptions('a').queryKey).toEqual(['messages', 'detail', 'a']);
  });
});
