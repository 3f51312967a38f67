import { describe, expect, it } from 'vitest';
import { countLines } from './countLines';

describe('countLines', () => {
  it('counts the lines of a list as a text area shows them', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('ou_a')).toBe(1);
    expect(countLines('ou_a\n')).toBe(1);
    expect(countLines('ou_a\nou_b')).toBe(2);
    expect(countLines('ou_a\r\nou_b\r\n')).toBe(2);
    expect(countLines('\n\n')).toBe(2);
    expect(
      countLines(Array.from({ length: 100_001 }, (_, index) => `ou_${index}`).join('\n')),
    ).toBe(100_001);
  });
});
