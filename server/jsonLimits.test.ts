import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, scanJson, scanJsonInTurns } from './jsonLimits';

describe('scanJson', () => {
  it('counts digits in a row outside strings only', () => {
    expect(scanJson('{"id":"ou_1234567890123456789"}').longInteger).toBe(false);
    expect(scanJson('{"value":12345678901234567}').longInteger).toBe(true);
    expect(scanJson('{"value":123456789012345}').longInteger).toBe(false);
  });

  it('finds in turns what it finds at once, over bodies larger than a turn', async () => {
    // Escapes and quotes across the boundaries of the 512 Ki-character turns.
    const ids = Array.from({ length: 60_000 }, (_, index) => `ou_\\"${index}\\\\`);
    const list = `${JSON.stringify({ audience: { ids } }).slice(0, -1)},"value":12345678901234567}`;
    expect(list.length).toBeGreaterThan(1024 * 1024);
    expect(await scanJsonInTurns(list)).toEqual(scanJson(list));
    expect(scanJson(list)).toEqual({ problem: null, longInteger: true });
    const deep = `${' '.repeat(600_000)}${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`;
    expect(await scanJsonInTurns(deep)).toEqual(scanJson(deep));
    expect(scanJson(deep).problem).toMatch(/nested more than/);
    await fc.assert(
      fc.asyncProperty(fc.json(), async (text) => {
        expect(await scanJsonInTurns(text)).toEqual(scanJson(text));
      }),
    );
  });
});
