import { describe, expect, it } from 'vitest';
import { checkOpenId } from './checkOpenId';

describe('checkOpenId', () => {
  it.each([
    'ou_7d8a6e6df7621556ce0d21922b676706',
    'on_0123456789abcdef0123456789abcdef',
    'oc_5ad573a6411d72b8305fda3a9c15c70e',
    'ou_e2e_run1_0001',
  ])('accepts %s', (id) => {
    expect(checkOpenId(id)).toEqual({ verdict: 'ok' });
  });

  it.each([
    ['zhang.wei@example.com', 'email'],
    ['张伟', 'name'],
    ['José', 'name'],
    ['Emily', 'word'],
    ['open_id', 'word'],
    ['ou_abc/def', 'characters'],
    ['ou_abc•def', 'characters'],
    [`ou_${'a'.repeat(300)}`, 'too-long'],
  ])('refuses %s as %s', (id, reason) => {
    expect(checkOpenId(id)).toMatchObject({ verdict: 'malformed', reason });
  });

  it('names the character that cannot be in an id', () => {
    expect(checkOpenId('ou_a+b123456789')).toEqual({
      verdict: 'malformed',
      reason: 'characters',
      char: '+',
    });
  });

  it.each([
    ['on_xx', 'short'],
    ['ou_7d8a6e', 'short'],
    [`ou_${'a'.repeat(80)}`, 'long'],
    ['OU_7d8a6e6df7621556ce0d21922b676706', 'prefix-case'],
    ['u_123456789', 'unknown-prefix'],
    ['13800138000', 'unknown-prefix'],
  ])('warns about %s (%s) but does not refuse it', (id, reason) => {
    expect(checkOpenId(id)).toEqual({ verdict: 'warning', reason });
  });
});
