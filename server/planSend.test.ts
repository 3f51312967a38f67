import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRequest } from '../src/mind';
import { newId } from './ids';
import { buildWireBody, planSend, planSendInChunks } from './planSend';

const seed = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

describe('planSend', () => {
  it('keeps the first of each id, in order, in batches of the given size', () => {
    expect(planSend({ kind: 'users', ids: ['a', 'b', 'a', 'c', 'b', 'd', 'e'] }, 2)).toEqual({
      recipients: ['a', 'b', 'c', 'd', 'e'],
      batches: [['a', 'b'], ['c', 'd'], ['e']],
    });
  });

  it('sends a broadcast as one batch without ids', () => {
    expect(planSend({ kind: 'all', confirm: 'ALL' }, 100)).toEqual({
      recipients: [],
      batches: [null],
    });
  });

  it('batches the robot’s open_ids the same way, and sends to a group in one request', () => {
    expect(planSend({ kind: 'robot', ids: ['a', 'b', 'a', 'c'] }, 2)).toEqual({
      recipients: ['a', 'b', 'c'],
      batches: [['a', 'b'], ['c']],
    });
    expect(planSend({ kind: 'group', id: 'og_1' }, 2)).toEqual({
      recipients: ['og_1'],
      batches: [null],
    });
  });

  it('gives the same plan a chunk at a time (planSendInChunks) as in one go', async () => {
    // 25,000 ids with repeats across chunks of 10,000: the first of each is kept, in order.
    const ids = Array.from({ length: 25_000 }, (_, index) => `ou_${(index * 7) % 13_000}`);
    for (const kind of ['users', 'robot'] as const) {
      const chunked = await planSendInChunks({ kind, ids }, 100);
      expect(chunked).toEqual(planSend({ kind, ids }, 100));
      expect(chunked.recipients).toHaveLength(13_000);
    }
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }), async (list) => {
        expect(await planSendInChunks({ kind: 'users', ids: list }, 7)).toEqual(
          planSend({ kind: 'users', ids: list }, 7),
        );
      }),
    );
    expect(await planSendInChunks({ kind: 'group', id: 'og_1' }, 2)).toEqual(
      planSend({ kind: 'group', id: 'og_1' }, 2),
    );
  });

  it('covers every distinct id exactly once, no batch over the size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 150 }),
        (ids, size) => {
          const plan = planSend({ kind: 'users', ids }, size);
          const flat = plan.batches.flatMap((batch) => batch ?? []);
          expect(flat).toEqual([...new Set(ids)]);
          expect(
            plan.batches.every(
              (batch) => batch !== null && batch.length > 0 && batch.length <= size,
            ),
          ).toBe(true);
        },
      ),
    );
  });
});

describe('buildWireBody', () => {
  it.each(['markdown.request.json', 'text.request.json', 'interactive-notice.request.json'])(
    'rebuilds the seed request %s',
    (name) => {
      const wire = seed(name);
      const decoded = decodeRequest(wire);
      if (!decoded.ok) throw new Error('seed does not decode');
      const built = buildWireBody({
        msgType: decoded.message.msg_type,
        content: decoded.message.content,
        receiveType: 1,
        audienceKind: 'user',
        receiveIds: [String(wire.receive_id)],
        recipients: [String(wire.receive_id)],
      });
      expect(built).toEqual(wire);
      expect(Object.keys(built)).toEqual(['receive_id', 'receive_type', 'msg_type', 'content']);
    },
  );
});

describe('buildWireBody per channel', () => {
  const base = { msgType: 'text' as const, content: { text: 'hi' }, receiveType: null };
  it('the robot: receive_open_ids, msg_type, content (no receive_type)', () => {
    const body = buildWireBody({
      ...base,
      audienceKind: 'robot',
      receiveIds: ['ou_a', 'ou_b'],
      recipients: ['ou_a', 'ou_b', 'ou_c'],
    });
    expect(JSON.stringify(body)).toBe(
      '{"receive_open_ids":["ou_a","ou_b"],"msg_type":"text","content":"{\\"text\\":\\"hi\\"}"}',
    );
  });
  it('a group: group_id, msg_type, content', () => {
    const body = buildWireBody({
      ...base,
      audienceKind: 'group',
      receiveIds: null,
      recipients: ['og_1'],
    });
    expect(JSON.stringify(body)).toBe(
      '{"group_id":"og_1","msg_type":"text","content":"{\\"text\\":\\"hi\\"}"}',
    );
  });
});

describe('newId', () => {
  it('is a UUID v7 that sorts in creation order, even within one millisecond', () => {
    const ids = Array.from({ length: 50 }, () => newId(1_700_000_000_000));
    ids.forEach((id) =>
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    );
    expect([...ids].sort()).toEqual(ids);
    expect(newId() > ids[49]!).toBe(true);
  });
});
