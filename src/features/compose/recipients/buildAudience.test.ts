import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAudience, type RecipientsInput } from './buildAudience';
import { countBatches } from './countBatches';
import { parseRecipients } from './parseRecipients';

const input = (overrides: Partial<RecipientsInput>): RecipientsInput => ({
  mode: 'list',
  one: '',
  list: parseRecipients(''),
  confirmation: '',
  phrase: 'ALL',
  ...overrides,
});

describe('buildAudience: the robot’s channels', () => {
  it('the robot to people takes the list, in batches like subscribers', () => {
    const three = parseRecipients('ou_aaaaaaaa0001\nou_bbbbbbbb0002, ou_cccccccc0003');
    const result = buildAudience(input({ channel: 'robot', list: three, mode: 'all' }));
    expect(result).toEqual({
      ok: true,
      audience: { kind: 'robot', ids: ['ou_aaaaaaaa0001', 'ou_bbbbbbbb0002', 'ou_cccccccc0003'] },
      count: 3,
    });
    expect(result.ok && countBatches(result.audience, 2)).toBe(2);
    expect(buildAudience(input({ channel: 'robot' }))).toEqual({ ok: false, block: 'list-empty' });
  });

  it('a group needs its id; everyone mentioned needs the typed phrase', () => {
    expect(buildAudience(input({ channel: 'group', groupId: ' ' }))).toEqual({
      ok: false,
      block: 'group-empty',
    });
    expect(buildAudience(input({ channel: 'group', groupId: 'og 1' }))).toEqual({
      ok: false,
      block: 'group-malformed',
    });
    expect(buildAudience(input({ channel: 'group', groupId: ' og_1 ' }))).toEqual({
      ok: true,
      audience: { kind: 'group', id: 'og_1' },
      count: 1,
    });
    const everyone = { channel: 'group' as const, groupId: 'og_1', mentionsEveryone: true };
    expect(buildAudience(input({ ...everyone, confirmation: 'all' }))).toEqual({
      ok: false,
      block: 'confirm-everyone',
    });
    expect(buildAudience(input({ ...everyone, confirmation: 'ALL' }))).toEqual({
      ok: true,
      audience: { kind: 'group', id: 'og_1', confirm: 'ALL' },
      count: 1,
    });
  });
});

describe('buildAudience: the most a send may have', () => {
  const ids = Array.from(
    { length: 100_001 },
    (_, index) => `ou_${index.toString(16).padStart(32, '0')}`,
  );
  const most = parseRecipients(ids.slice(0, 100_000).join('\n'));
  const over = parseRecipients(ids.join('\n'));

  it('takes 100,000 recipients, and blocks one more with the count, to people or by the robot', () => {
    expect(buildAudience(input({ list: most }))).toMatchObject({ ok: true, count: 100_000 });
    expect(buildAudience(input({ channel: 'robot', list: most }))).toMatchObject({
      ok: true,
      count: 100_000,
    });
    for (const channel of [undefined, 'robot' as const])
      expect(buildAudience(input({ channel, list: over }))).toEqual({
        ok: false,
        block: 'list-too-long',
        count: 100_001,
      });
  });
});

describe('buildAudience', () => {
  it('sends to one person by open_id', () => {
    expect(buildAudience(input({ mode: 'one', one: ' ou_aaaaaaaa0001 ' }))).toEqual({
      ok: true,
      audience: { kind: 'user', id: 'ou_aaaaaaaa0001' },
      count: 1,
    });
  });

  it('blocks one person with no id or a malformed one', () => {
    expect(buildAudience(input({ mode: 'one', one: '  ' }))).toEqual({
      ok: false,
      block: 'one-empty',
    });
    expect(buildAudience(input({ mode: 'one', one: '张伟' }))).toEqual({
      ok: false,
      block: 'one-malformed',
    });
  });

  it('sends to a list, each id once', () => {
    const list = parseRecipients('ou_aaaaaaaa0001\nou_bbbbbbbb0002\nou_aaaaaaaa0001');
    expect(buildAudience(input({ list }))).toEqual({
      ok: true,
      audience: { kind: 'users', ids: ['ou_aaaaaaaa0001', 'ou_bbbbbbbb0002'] },
      count: 2,
    });
  });

  it('blocks a list with a malformed id until it is removed', () => {
    const list = parseRecipients('ou_aaaaaaaa0001\nzhang.wei@example.com');
    expect(buildAudience(input({ list }))).toEqual({ ok: false, block: 'list-malformed' });
  });

  it('never turns an empty list into a send to everyone', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[\s,;，；、\t"'[\]]*$/),
        fc.string(),
        (text, confirmation) => {
          const result = buildAudience(
            input({ list: parseRecipients(text), confirmation: `${confirmation}ALL` }),
          );
          expect(result).toEqual({ ok: false, block: 'list-empty' });
        },
      ),
    );
  });

  it('sends to every subscriber only after the exact phrase', () => {
    for (const confirmation of ['', 'all', 'AL', 'ALL!', '全部订阅用户']) {
      expect(buildAudience(input({ mode: 'all', confirmation }))).toEqual({
        ok: false,
        block: 'confirm-all',
      });
    }
    expect(buildAudience(input({ mode: 'all', confirmation: ' ALL ' }))).toEqual({
      ok: true,
      audience: { kind: 'all', confirm: 'ALL' },
      count: null,
    });
    expect(
      buildAudience(input({ mode: 'all', phrase: '全部订阅用户', confirmation: '全部订阅用户' })),
    ).toMatchObject({ ok: true, audience: { kind: 'all', confirm: 'ALL' } });
  });

  it('does not accept an empty phrase as confirmed', () => {
    expect(buildAudience(input({ mode: 'all', phrase: '', confirmation: '' }))).toEqual({
      ok: false,
      block: 'confirm-all',
    });
  });
});

describe('countBatches', () => {
  const ids = (count: number) => Array.from({ length: count }, (_, index) => `ou_user${index}`);

  it('counts one request per batch of ids', () => {
    expect(countBatches({ kind: 'users', ids: ids(250) }, 100)).toBe(3);
    expect(countBatches({ kind: 'users', ids: ids(200) }, 100)).toBe(2);
    expect(countBatches({ kind: 'users', ids: ids(1) }, 100)).toBe(1);
  });

  it('counts one request for one person and for everyone', () => {
    expect(countBatches({ kind: 'user', id: 'ou_a' }, 100)).toBe(1);
    expect(countBatches({ kind: 'all', confirm: 'ALL' }, 100)).toBe(1);
  });
});
