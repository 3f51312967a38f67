import { describe, expect, it } from 'vitest';
import { summarizeRecipients } from './summarizeRecipients';

describe('summarizeRecipients', () => {
  it('names everyone for a broadcast', () => {
    expect(summarizeRecipients({ kind: 'all', count: 0, sample: [] })).toEqual({ kind: 'all' });
  });

  it('shows the one id of a single recipient', () => {
    expect(summarizeRecipients({ kind: 'user', count: 1, sample: ['ou_a'] })).toEqual({
      kind: 'one',
      id: 'ou_a',
    });
    expect(summarizeRecipients({ kind: 'users', count: 1, sample: ['ou_a'] })).toEqual({
      kind: 'one',
      id: 'ou_a',
    });
  });

  it('counts a list and shows its first id', () => {
    expect(
      summarizeRecipients({ kind: 'users', count: 250, sample: ['ou_a', 'ou_b', 'ou_c'] }),
    ).toEqual({ kind: 'many', count: 250, first: 'ou_a', others: 249 });
  });
});
