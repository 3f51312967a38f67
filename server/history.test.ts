import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageDetailSchema, messagesPageSchema } from '../src/api/schemas';
import { leaksOfSecret, startHarness, type Harness } from './testing/harness';

let harness: Harness;
const ids: string[] = [];
beforeAll(async () => {
  harness = await startHarness();
  harness.mock.enqueue({
    fault: { kind: 'code', code: 40001, msg: 'bad receiver' },
    receiveId: 'ou_bad',
  });
  for (let index = 0; index < 5; index += 1) {
    const detail = await harness.sendAndSettle({
      msg_type: index % 2 ? 'markdown' : 'text',
      content: { text: `message ${index}` },
      audience:
        index === 4
          ? { kind: 'user', id: 'ou_bad' }
          : { kind: 'users', ids: ['ou_1', 'ou_2', 'ou_3', 'ou_4'] },
      sender: index === 0 ? '运营 小王' : undefined,
    });
    ids.push(detail.id);
  }
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
});

describe('GET /api/messages', () => {
  it('lists sends newest first, paged, with type, recipients, outcome, counts and sender', async () => {
    const first = messagesPageSchema.parse(
      (await harness.call('/api/messages?page=1&pageSize=2')).body,
    );
    expect(first.total).toBe(5);
    expect(first.items.map((item) => item.id)).toEqual([ids[4], ids[3]]);
    expect(first.items[0]).toMatchObject({
      msgType: 'text',
      outcome: 'failed',
      audience: { kind: 'user', count: 1, sample: ['ou_bad'] },
      counts: { pending: 0, sent: 0, failed: 1, unknown: 0 },
      progress: { done: 1, total: 1 },
      sender: null,
    });
    expect(first.items[1]).toMatchObject({
      msgType: 'markdown',
      outcome: 'sent',
      audience: { kind: 'users', count: 4, sample: ['ou_1', 'ou_2', 'ou_3'] },
    });
    const last = messagesPageSchema.parse(
      (await harness.call('/api/messages?page=3&pageSize=2')).body,
    );
    expect(last.items.map((item) => item.id)).toEqual([ids[0]]);
    expect(last.items[0]?.sender).toBe('运营 小王');
    const beyond = messagesPageSchema.parse((await harness.call('/api/messages?page=9')).body);
    expect(beyond.items).toEqual([]);
  });
});

describe('GET /api/messages/:id', () => {
  it('returns the content and each batch with Mind’s code and msg', async () => {
    const detail = messageDetailSchema.parse((await harness.call(`/api/messages/${ids[4]}`)).body);
    expect(detail.content).toEqual({ text: 'message 4' });
    expect(detail.recipients).toEqual(['ou_bad']);
    expect(detail.batches).toEqual([
      expect.objectContaining({
        index: 0,
        status: 'failed',
        code: 40001,
        msg: 'bad receiver',
        receiveIds: ['ou_bad'],
      }),
    ]);
  });

  it('answers 404 with a message for an unknown id', async () => {
    const response = await harness.call('/api/messages/01234567-89ab-7def-8123-456789abcdef');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not-found');
  });
});
