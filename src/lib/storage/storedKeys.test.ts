import { describe, expect, it } from 'vitest';
import { STORED } from './storedKeys';

describe('the table of stored keys', () => {
  it('names each key once', () => {
    const keys = Object.values(STORED).map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
