import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stringifyJson } from '../src/mind';
import { fingerprintOf } from './prepareSend';

// The fingerprint before it was hashed a piece at a time: a replay of a clientId recorded then
// must still be recognised.
const inOneGo = (request: Record<string, unknown>) =>
  createHash('sha256').update(stringifyJson(request)).digest('hex');

describe('fingerprintOf', () => {
  it('is the digest of the whole request written at once, for lists across many chunks', async () => {
    const ids = Array.from({ length: 25_001 }, (_, index) => `ou_${index.toString(16)}`);
    const request = {
      msg_type: 'text',
      content: { text: 'hello', big: 12345678901234567890n },
      audience: { kind: 'users', ids },
      receive_type: 1,
    };
    expect(await fingerprintOf(request)).toBe(inOneGo(request));
    const other = { ...request, audience: { kind: 'users', ids: [...ids.slice(0, -1), 'ou_x'] } };
    expect(await fingerprintOf(other)).not.toBe(await fingerprintOf(request));
  });

  it('is that digest for any request, with or without a list, undefined keys left out', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            msg_type: fc.constantFrom('text', 'markdown', 'interactive'),
            content: fc.jsonValue(),
            audience: fc.oneof(
              fc.record({ kind: fc.constantFrom('users', 'robot'), ids: fc.array(fc.string()) }),
              fc.record({ kind: fc.constant('group'), id: fc.string() }),
              fc.record({ kind: fc.constant('all'), confirm: fc.constant('ALL') }),
            ),
            receive_type: fc.option(fc.integer(), { nil: undefined }),
            fields: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: undefined }),
          },
          { requiredKeys: ['msg_type', 'content', 'audience'] },
        ),
        async (request) => {
          expect(await fingerprintOf(request)).toBe(inOneGo(request));
        },
      ),
    );
  });
});
