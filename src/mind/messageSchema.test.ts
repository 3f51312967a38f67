import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRequest } from './decodeRequest';
import { messageSchema } from './messageSchema';
import { cardArbitrary, richTextArbitrary, wireArbitrary } from './testing/arbitraries';

/* `MindMessage` is `messageSchema`'s type: what decodes from well-formed requests fits it. */

const fitsWhenDecoded = (wire: unknown) => {
  const result = decodeRequest(wire);
  if (result.ok) expect(messageSchema.safeParse(result.message).error).toBeUndefined();
  return result.ok;
};

describe('messageSchema describes every decoded message', () => {
  it('the seed and channel requests', () => {
    const files = [
      ...readdirSync('fixtures/seed')
        .filter((name) => name.endsWith('.request.json'))
        .map((name) => `fixtures/seed/${name}`),
      ...readdirSync('fixtures/channels').map((name) => `fixtures/channels/${name}`),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files)
      expect(fitsWhenDecoded(JSON.parse(readFileSync(file, 'utf8'))), file).toBe(true);
  });

  it('random cards and rich text', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        wireArbitrary('interactive', cardArbitrary),
        (wire) => void fitsWhenDecoded(wire),
      ),
      {
        numRuns: 300,
      },
    );
    fc.assert(
      fc.property(
        wireArbitrary('rich_text', richTextArbitrary),
        (wire) => void fitsWhenDecoded(wire),
      ),
      {
        numRuns: 300,
      },
    );
  });
});
