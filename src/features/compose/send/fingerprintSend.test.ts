import { describe, expect, it } from 'vitest';
import { fingerprintSend } from './fingerprintSend';

const text = (value: string) => ({ msg_type: 'text' as const, content: { text: value } });

describe('fingerprintSend', () => {
  it('is the same for the same message to the same people, in any order', () => {
    expect(fingerprintSend(text('hi'), { kind: 'users', ids: ['ou_a', 'ou_b'] })).toBe(
      fingerprintSend(text('hi'), { kind: 'users', ids: ['ou_b', 'ou_a', 'ou_b'] }),
    );
    expect(fingerprintSend(text('hi'), { kind: 'user', id: 'ou_a' })).toBe(
      fingerprintSend(text('hi'), { kind: 'users', ids: ['ou_a'] }),
    );
  });

  it('differs when the message, its type or the people differ', () => {
    const base = fingerprintSend(text('hi'), { kind: 'users', ids: ['ou_a'] });
    expect(fingerprintSend(text('hi!'), { kind: 'users', ids: ['ou_a'] })).not.toBe(base);
    expect(
      fingerprintSend(
        { msg_type: 'markdown', content: { text: 'hi' } },
        { kind: 'users', ids: ['ou_a'] },
      ),
    ).not.toBe(base);
    expect(fingerprintSend(text('hi'), { kind: 'users', ids: ['ou_a', 'ou_c'] })).not.toBe(base);
    expect(fingerprintSend(text('hi'), { kind: 'all', confirm: 'ALL' })).not.toBe(base);
  });
});
