import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRequest } from './decodeRequest';
import { detectImport } from './detectImport';
import { encodeRequest } from './encodeRequest';
import { stringifyJson } from './exactJson';
import { cardArbitrary, richTextArbitrary, wireArbitrary } from './testing/arbitraries';

describe('round trips (fast-check)', { timeout: 60_000 }, () => {
  it('random valid cards decode with no errors and re-encode exactly, unknown fields in order', () => {
    fc.assert(
      fc.property(wireArbitrary('interactive', cardArbitrary), (wire) => {
        const result = decodeRequest(wire);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        expect(result.issues.filter((item) => item.severity === 'error')).toEqual([]);
        expect(JSON.stringify(encodeRequest(result.message))).toBe(JSON.stringify(wire));
      }),
      { numRuns: 500 },
    );
  });

  it('random valid rich_text round-trips exactly', () => {
    fc.assert(
      fc.property(wireArbitrary('rich_text', richTextArbitrary), (wire) => {
        const result = decodeRequest(wire);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        expect(result.issues.filter((item) => item.severity === 'error')).toEqual([]);
        expect(JSON.stringify(encodeRequest(result.message))).toBe(JSON.stringify(wire));
      }),
      { numRuns: 300 },
    );
  });

  it('any content that decodes re-encodes exactly, whatever its msg_type', () => {
    const anyWire = fc.record({
      msg_type: fc.constantFrom('text', 'markdown', 'rich_text', 'interactive'),
      content: fc.jsonValue().map((value) => JSON.stringify(value)),
      receive_id: fc.string(),
    });
    fc.assert(
      fc.property(anyWire, (wire) => {
        const result = decodeRequest(wire);
        if (result.ok)
          expect(JSON.stringify(encodeRequest(result.message))).toBe(JSON.stringify(wire));
      }),
      { numRuns: 2000 },
    );
  });

  it('a card imported as pasted JSON keeps its exact text', () => {
    fc.assert(
      fc.property(cardArbitrary, (card) => {
        const text = JSON.stringify(card, null, 2);
        const result = detectImport(text);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        expect(stringifyJson(result.message.content, 2)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bad input never throws (fast-check, 10,000 runs each)', { timeout: 60_000 }, () => {
  const explained = (result: {
    ok: boolean;
    issues: { path: string; message: string }[];
    message?: unknown;
  }) => {
    if (result.ok) {
      expect(result.message).toBeDefined();
    } else {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const item of result.issues) {
        expect(typeof item.path).toBe('string');
        expect(item.message.length).toBeGreaterThan(0);
      }
    }
  };

  it('detectImport on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) =>
        explained(detectImport(text)),
      ),
      { numRuns: 10_000 },
    );
  });

  it('detectImport on random JSON values, as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => explained(detectImport(JSON.stringify(value)))),
      { numRuns: 10_000 },
    );
  });

  it('decodeRequest on anything at all', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (value) =>
        explained(decodeRequest(value)),
      ),
      {
        numRuns: 10_000,
      },
    );
  });

  it('decodeRequest on request-shaped values with random content', () => {
    const wire = fc.record(
      {
        msg_type: fc.oneof(
          fc.constantFrom('text', 'markdown', 'rich_text', 'interactive', 'article'),
          fc.jsonValue(),
        ),
        content: fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string(),
          fc.jsonValue(),
        ),
        articles: fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string(),
          fc.jsonValue(),
        ),
        receive_id: fc.jsonValue(),
        receive_ids: fc.jsonValue(),
        receive_type: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(wire, (value) => explained(decodeRequest(value))),
      { numRuns: 10_000 },
    );
  });

  it('detectImport on mutated seed-like cards', () => {
    fc.assert(
      fc.property(cardArbitrary, fc.jsonValue(), fc.nat(), (card, noise, seed) => {
        const text = JSON.stringify(card);
        const cut = seed % (text.length + 1);
        explained(detectImport(text.slice(0, cut) + JSON.stringify(noise) + text.slice(cut)));
      }),
      { numRuns: 2_000 },
    );
  });
});
