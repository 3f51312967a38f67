import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiErrorSchema, messageDetailSchema, sendProgressSchema } from '../src/api/schemas';
import {
  APP_ID,
  APP_SECRET,
  leaksOfSecret,
  seen,
  startHarness,
  type Harness,
} from './testing/harness';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8')) as unknown;

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const CONTENTS = {
  text: { text: 'Hello 你好' },
  markdown: { text: '### 这是markdown \n *好主意* \n' },
  rich_text: fixture('rich_text.content.json'),
  interactive: fixture('interactive.card.json'),
} as const;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ MIND_CONCURRENCY: '2' });
});
afterAll(async () => {
  await harness.close();
  expect(seen.logs.some((line) => line.includes('batch finished'))).toBe(true);
  expect(leaksOfSecret()).toEqual([]);
});
beforeEach(() => harness.mock.reset());

describe('sending each msg_type to one person', () => {
  for (const [msgType, content] of Object.entries(CONTENTS)) {
    it(`${msgType}: one request, headers and body as the spec says`, async () => {
      const detail = await harness.sendAndSettle({
        msg_type: msgType,
        content,
        audience: { kind: 'user', id: 'ou_7d8a6e6df7621556ce0d21922b676706' },
      });
      expect(detail.outcome).toBe('sent');
      expect(harness.mock.requests).toHaveLength(1);
      const [request] = harness.mock.requests;
      expect(request?.method).toBe('POST');
      expect(request?.headers['app-id']).toBe(APP_ID);
      expect(request?.headers['app-secret']).toBe(APP_SECRET);
      expect(request?.headers['content-type']).toBe('application/json');
      expect(request?.headers['x-request-id']).toMatch(UUID_V4);
      expect(request?.headers['x-request-id']).toBe(detail.batches[0]?.requestId);
      expect(request?.rawBody).toBe(
        JSON.stringify({
          receive_id: 'ou_7d8a6e6df7621556ce0d21922b676706',
          receive_type: 1,
          msg_type: msgType,
          content: JSON.stringify(content),
        }),
      );
      expect(messageDetailSchema.parse(detail).content).toEqual(content);
    });
  }
});

describe('audiences', () => {
  it('a list of 250 with duplicates: 3 batches of distinct ids, each with its own request id', async () => {
    const distinct = Array.from(
      { length: 250 },
      (_, index) => `ou_${String(index).padStart(4, '0')}`,
    );
    const withDuplicates = [...distinct, ...distinct.slice(0, 40), distinct[7] ?? ''];
    const detail = await harness.sendAndSettle({
      msg_type: 'text',
      content: { text: 'Quarterly notice' },
      audience: { kind: 'users', ids: withDuplicates },
    });
    expect(detail.outcome).toBe('sent');
    expect(detail.audience.count).toBe(250);
    expect(detail.progress).toEqual({ done: 3, total: 3 });
    const bodies = harness.mock.requests.map(
      (request) => request.body as { receive_ids: string[] },
    );
    expect(bodies).toHaveLength(3);
    const sorted = bodies
      .map((body) => body.receive_ids)
      .sort((left, right) => (left[0] ?? '').localeCompare(right[0] ?? ''));
    expect(sorted).toEqual([distinct.slice(0, 100), distinct.slice(100, 200), distinct.slice(200)]);
    const requestIds = harness.mock.requests.map((request) => request.headers['x-request-id']);
    expect(new Set(requestIds).size).toBe(3);
    requestIds.forEach((id) => expect(id).toMatch(UUID_V4));
    expect(detail.batches.map((batch) => batch.receiveIds?.length)).toEqual([100, 100, 50]);
    for (const request of harness.mock.requests) {
      expect(Object.keys(request.body as object)).toEqual([
        'receive_ids',
        'receive_type',
        'msg_type',
        'content',
      ]);
      expect(request.headers['app-secret']).toBe(APP_SECRET);
    }
  });

  it('takes the most a send may have, 100,000 open_ids of their real length, with the default body limit; one more is refused saying so', async () => {
    // ou_ and 32 hex digits, as Mind's open_ids are: 100,000 of them are 3.8 MB of JSON.
    const ids = Array.from(
      { length: 100_001 },
      (_, index) => `ou_${index.toString(16).padStart(32, '0')}`,
    );
    const request = (list: string[]) => ({
      method: 'POST',
      json: {
        msg_type: 'text',
        content: { text: 'To everyone on the list' },
        audience: { kind: 'users', ids: list },
        // Scheduled, so that 1,000 batches are recorded and counted but none goes out here.
        sendAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    const most = await harness.call('/api/messages', request(ids.slice(0, 100_000)));
    expect(most.status).toBe(202);
    expect(messageDetailSchema.parse(most.body)).toMatchObject({
      outcome: 'scheduled',
      audience: { count: 100_000 },
      batchCount: 1000,
    });
    const over = await harness.call('/api/messages', request(ids));
    expect(over.status).toBe(400);
    expect(apiErrorSchema.parse(over.body).error.message).toMatch(
      /At most 100000 recipients per send at \/audience\/ids/,
    );
  });

  it('a list of one still goes as receive_ids', async () => {
    await harness.sendAndSettle({
      msg_type: 'text',
      content: { text: 'x' },
      audience: { kind: 'users', ids: ['ou_a', 'ou_a'] },
    });
    expect(harness.mock.requests[0]?.rawBody).toBe(
      JSON.stringify({
        receive_ids: ['ou_a'],
        receive_type: 1,
        msg_type: 'text',
        content: '{"text":"x"}',
      }),
    );
  });

  it('all subscribers, confirmed: one request with neither receive_id nor receive_ids', async () => {
    const detail = await harness.sendAndSettle({
      msg_type: 'markdown',
      content: { text: '**all hands**' },
      audience: { kind: 'all', confirm: 'ALL' },
    });
    expect(detail.outcome).toBe('sent');
    expect(detail.batches).toHaveLength(1);
    expect(detail.batches[0]?.receiveIds).toBeNull();
    expect(harness.mock.requests).toHaveLength(1);
    expect(harness.mock.requests[0]?.rawBody).toBe(
      JSON.stringify({
        receive_type: 1,
        msg_type: 'markdown',
        content: '{"text":"**all hands**"}',
      }),
    );
  });

  it('keeps an explicit receive_type', async () => {
    await harness.sendAndSettle({
      msg_type: 'text',
      content: { text: 'x' },
      receive_type: 2,
      audience: { kind: 'user', id: 'ou_b' },
    });
    expect((harness.mock.requests[0]?.body as { receive_type: number }).receive_type).toBe(2);
  });

  it.each([
    ['an empty list', { kind: 'users', ids: [] }],
    ['no audience', undefined],
    ['all without confirmation', { kind: 'all' }],
    ['all with a lower-case confirmation', { kind: 'all', confirm: 'all' }],
    ['a list of blanks', { kind: 'users', ids: ['', '  '] }],
  ])('%s: 400 and nothing reaches Mind', async (_label, audience) => {
    const before = await harness.call('/api/messages');
    const response = await harness.call('/api/messages', {
      method: 'POST',
      json: { msg_type: 'text', content: { text: 'hello' }, audience },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/Nothing was sent/);
    expect(response.body.error.issues[0].path).toMatch(/^\/audience/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(harness.mock.requests).toHaveLength(0);
    const after = await harness.call('/api/messages');
    expect(after.body.total).toBe(before.body.total);
  });
});

describe('bounded concurrency and idempotence', () => {
  it('never has more batches in flight than MIND_CONCURRENCY', async () => {
    harness.mock.enqueue({ fault: { kind: 'delay', ms: 80 }, times: 6 });
    const ids = Array.from({ length: 600 }, (_, index) => `ou_c${index}`);
    const detail = await harness.sendAndSettle({
      msg_type: 'text',
      content: { text: 'x' },
      audience: { kind: 'users', ids },
    });
    expect(detail.batches).toHaveLength(6);
    expect(harness.mock.maxConcurrent).toBe(2);
  });

  it('the same clientId twice sends once and returns the first send', async () => {
    harness.mock.enqueue({ kind: 'delay', ms: 100 });
    const body = {
      msg_type: 'text',
      content: { text: 'once' },
      audience: { kind: 'user', id: 'ou_once' },
      clientId: 'click-42',
    };
    const [first, second] = await Promise.all([
      harness.call('/api/messages', { method: 'POST', json: body }),
      harness.call('/api/messages', { method: 'POST', json: body }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 202]);
    expect(first.body.id).toBe(second.body.id);
    await harness.waitSettled(first.body.id);
    const third = await harness.call('/api/messages', { method: 'POST', json: body });
    expect(third.status).toBe(200);
    expect(third.body.outcome).toBe('sent');
    expect(harness.mock.requests).toHaveLength(1);
  });

  it('a clientId reused for a different message is refused', async () => {
    const body = {
      msg_type: 'text',
      content: { text: 'first' },
      audience: { kind: 'user', id: 'ou_r' },
      clientId: 'reuse-1',
    };
    const first = await harness.call('/api/messages', { method: 'POST', json: body });
    expect(first.status).toBe(202);
    const second = await harness.call('/api/messages', {
      method: 'POST',
      json: { ...body, content: { text: 'second' } },
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('client-id-reused');
    await harness.waitSettled(first.body.id);
    expect(harness.mock.requests).toHaveLength(1);
  });
});

describe('following a send by its progress', () => {
  it('GET /api/messages/:id/progress: a few hundred bytes while it goes out, the detail’s counts at the end', async () => {
    const ids = Array.from({ length: 2000 }, (_, index) => `ou_progress_${index}`);
    harness.mock.enqueue({ fault: { kind: 'delay', ms: 150 }, times: 20 });
    const started = await harness.call('/api/messages', {
      method: 'POST',
      json: { msg_type: 'text', content: { text: 'progress' }, audience: { kind: 'users', ids } },
    });
    expect(started.status).toBe(202);
    const id = started.body.id as string;
    const during = await fetch(`${harness.url}/api/messages/${id}/progress`);
    const text = await during.text();
    expect(during.status).toBe(200);
    expect(text.length).toBeLessThan(400);
    const progress = sendProgressSchema.parse(JSON.parse(text));
    expect(progress).toMatchObject({ id, outcome: 'sending', sendAt: null });
    expect(progress.progress.total).toBe(20);
    expect(progress.progress.done).toBeLessThan(20);
    const detailBytes = (await (await fetch(`${harness.url}/api/messages/${id}`)).text()).length;
    expect(detailBytes).toBeGreaterThan(40_000);

    const settled = await harness.waitSettled(id);
    const after = await harness.call(`/api/messages/${id}/progress`);
    expect(after.body).toEqual({
      id,
      outcome: settled.outcome,
      counts: settled.counts,
      progress: settled.progress,
      sendAt: null,
      updatedAt: settled.updatedAt,
    });
    const missing = await harness.call(
      '/api/messages/00000000-0000-4000-8000-000000000000/progress',
    );
    expect(missing.status).toBe(404);
    expect((await harness.call('/api/messages/nope/progress')).status).toBe(404);
  });
});
