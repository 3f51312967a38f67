import { describe, expect, it } from 'vitest';
import { AUDIENCE_KINDS } from './schemas';
import { firstPerson, summarizeRecipients } from './summarizeRecipients';

describe('summarizeRecipients', () => {
  it('names everyone for a broadcast', () => {
    expect(summarizeRecipients({ kind: 'all', count: 0, sample: [] })).toEqual({ kind: 'all' });
  });

  it('names the group of a group post, not every subscriber nor one person', () => {
    expect(
      summarizeRecipients({ kind: 'group', count: 1, sample: ['og_3f9a1c2e7b5d4e8f'] }),
    ).toEqual({ kind: 'group', id: 'og_3f9a1c2e7b5d4e8f' });
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
    expect(summarizeRecipients({ kind: 'robot', count: 1, sample: ['ou_a'] })).toEqual({
      kind: 'one',
      id: 'ou_a',
    });
  });

  it('counts a list and shows its first id', () => {
    expect(
      summarizeRecipients({ kind: 'users', count: 250, sample: ['ou_a', 'ou_b', 'ou_c'] }),
    ).toEqual({ kind: 'many', count: 250, first: 'ou_a', others: 249 });
    expect(summarizeRecipients({ kind: 'robot', count: 3, sample: ['ou_a', 'ou_b'] })).toEqual({
      kind: 'many',
      count: 3,
      first: 'ou_a',
      others: 2,
    });
  });

  it('describes every audience kind', () => {
    for (const kind of AUDIENCE_KINDS) {
      expect(summarizeRecipients({ kind, count: 1, sample: ['x'] })).toBeDefined();
    }
  });
});

describe('firstPerson', () => {
  it('is the first id of a send to people, and nobody for a group or everyone', () => {
    expect(firstPerson({ kind: 'users', count: 250, sample: ['ou_a', 'ou_b'] })).toBe('ou_a');
    expect(firstPerson({ kind: 'user', count: 1, sample: ['ou_a'] })).toBe('ou_a');
    expect(firstPerson({ kind: 'robot', count: 2, sample: ['ou_a', 'ou_b'] })).toBe('ou_a');
    expect(firstPerson({ kind: 'group', count: 1, sample: ['og_3f9a'] })).toBeUndefined();
    expect(firstPerson({ kind: 'all', count: 0, sample: [] })).toBeUndefined();
  });
});
