import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MockFault } from '../e2e/support/mockMind';
import { leaksOfSecret, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ MIND_RETRIES: '2', MIND_TIMEOUT_MS: '1000' });
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
});
beforeEach(() => harness.mock.reset());

const toOne = (id = 'ou_fault') => ({
  msg_type: 'text',
  content: { text: 'fault test' },
  audience: { kind: 'user', id },
});

const requestIds = () => harness.mock.requests.map((request) => request.headers['x-request-id']);

describe('transient faults are retried with the same x-request-id', () => {
  const cases: [string, MockFault, RegExp][] = [
    ['a timeout', { kind: 'hang' }, /did not answer within 1000 ms/],
    ['a reset connection', { kind: 'reset' }, /connection to Mind was reset/],
    ['a 5xx', { kind: 'status', status: 503 }, /HTTP 503/],
    ['a body that is not JSON', { kind: 'invalid-json' }, /not JSON/],
  ];
  for (const [label, fault, reason] of cases) {
    it(`${label} then success: one send, sent, same request id twice`, async () => {
      harness.mock.enqueue(fault);
      const detail = await harness.sendAndSettle(toOne());
      expect(detail.outcome).toBe('sent');
      expect(harness.mock.requests).toHaveLength(2);
      const [first, second] = requestIds();
      expect(first).toBe(second);
      expect(first).toBe(detail.batches[0]?.requestId);
      expect(harness.mock.requests[0]?.rawBody).toBe(harness.mock.requests[1]?.rawBody);
      expect(detail.batches[0]?.attempts).toBe(2);
    });

    it(`${label} every time: failed after 3 attempts, with the reason`, async () => {
      harness.mock.enqueue({ fault, times: 3 });
      const detail = await harness.sendAndSettle(toOne());
      expect(detail.outcome).toBe('failed');
      expect(harness.mock.requests).toHaveLength(3);
      expect(new Set(requestIds()).size).toBe(1);
      const [batch] = detail.batches;
      expect(batch?.status).toBe('failed');
      expect(batch?.code).toBeNull();
      expect(batch?.error).toMatch(reason);
      expect(batch?.error).toMatch(/after 3 attempts/);
    });
  }
});

describe('answers with a non-200 code', () => {
  it('fail at once, not retried, with code and msg verbatim', async () => {
    harness.mock.enqueue({ kind: 'code', code: 40003, msg: '接收者不存在: ou_fault' });
    const detail = await harness.sendAndSettle(toOne());
    expect(harness.mock.requests).toHaveLength(1);
    expect(detail.outcome).toBe('failed');
    expect(detail.batches[0]).toMatchObject({
      status: 'failed',
      code: 40003,
      msg: '接收者不存在: ou_fault',
      error: null,
      attempts: 1,
    });
  });

  it('keeps a string code as a string', async () => {
    harness.mock.enqueue({ kind: 'code', code: '500', msg: 'internal' });
    const detail = await harness.sendAndSettle(toOne());
    expect(detail.batches[0]).toMatchObject({ code: '500', msg: 'internal' });
    expect(harness.mock.requests).toHaveLength(1);
  });
});

describe('POST /api/messages/:id/retry', () => {
  it('re-sends only the failed batch, with its original request id', async () => {
    const ids = Array.from({ length: 250 }, (_, index) => `ou_r${index}`);
    harness.mock.enqueue({
      fault: { kind: 'code', code: 429, msg: 'too many' },
      receiveId: 'ou_r150',
    });
    const detail = await harness.sendAndSettle({
      msg_type: 'text',
      content: { text: 'partial' },
      audience: { kind: 'users', ids },
    });
    expect(detail.outcome).toBe('partial');
    expect(detail.counts).toEqual({ pending: 0, sent: 2, failed: 1, unknown: 0 });
    const failed = detail.batches.find((batch) => batch.status === 'failed');
    expect(failed?.index).toBe(1);
    expect(failed).toMatchObject({ code: 429, msg: 'too many' });

    harness.mock.reset();
    const retry = await harness.call(`/api/messages/${detail.id}/retry`, { method: 'POST' });
    expect(retry.status).toBe(202);
    const after = await harness.waitSettled(detail.id);
    expect(after.outcome).toBe('sent');
    expect(harness.mock.requests).toHaveLength(1);
    expect(harness.mock.requests[0]?.headers['x-request-id']).toBe(failed?.requestId);
    expect((harness.mock.requests[0]?.body as { receive_ids: string[] }).receive_ids).toEqual(
      ids.slice(100, 200),
    );
    expect(after.batches[1]?.attempts).toBe(2);

    const again = await harness.call(`/api/messages/${detail.id}/retry`, { method: 'POST' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('nothing-to-retry');
    expect(harness.mock.requests).toHaveLength(1);
  });

  it('is refused while the send is still going out', async () => {
    harness.mock.enqueue({ kind: 'delay', ms: 200 });
    const started = await harness.call('/api/messages', { method: 'POST', json: toOne() });
    const retry = await harness.call(`/api/messages/${started.body.id}/retry`, { method: 'POST' });
    expect(retry.status).toBe(409);
    expect(retry.body.error.code).toBe('in-progress');
    await harness.waitSettled(started.body.id);
    expect(harness.mock.requests).toHaveLength(1);
  });

  it('answers 404 for a send that does not exist', async () => {
    const retry = await harness.call('/api/messages/01234567-89ab-7def-8123-456789abcdef/retry', {
      method: 'POST',
    });
    expect(retry.status).toBe(404);
    expect(retry.body.error.message).toMatch(/No send/);
  });
});

describe('progress', () => {
  it('POST answers before Mind does, and the send reports batches done of total', async () => {
    harness.mock.enqueue({ fault: { kind: 'delay', ms: 300 }, times: 3 });
    const ids = Array.from({ length: 201 }, (_, index) => `ou_p${index}`);
    const started = await harness.call('/api/messages', {
      method: 'POST',
      json: { msg_type: 'text', content: { text: 'progress' }, audience: { kind: 'users', ids } },
    });
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/api/messages/${started.body.id}`);
    expect(started.body.outcome).toBe('sending');
    expect(started.body.progress).toEqual({ done: 0, total: 3 });
    const seenProgress = new Set<number>();
    for (;;) {
      const { body } = await harness.call(`/api/messages/${started.body.id}`);
      seenProgress.add(body.progress.done);
      if (body.outcome !== 'sending') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seenProgress.has(0)).toBe(true);
    expect(seenProgress.has(3)).toBe(true);
  });
});

describe('answers that are not Mind’s', () => {
  const cases: [string, MockFault, RegExp][] = [
    [
      'a redirect',
      { kind: 'status', status: 302, body: '' },
      /redirect \(HTTP 302\).*MIND_API_URL/,
    ],
    [
      'a 404 page',
      { kind: 'status', status: 404, body: '<h1>Not Found</h1>' },
      /HTTP 404 .*not JSON.*MIND_API_URL/,
    ],
    ['JSON without a code', { kind: 'status', status: 200, body: '{"ok":true}' }, /without a code/],
  ];
  for (const [label, fault, reason] of cases) {
    it(`${label}: failed at once, not retried, with the reason`, async () => {
      harness.mock.enqueue(fault);
      const detail = await harness.sendAndSettle(toOne());
      expect(harness.mock.requests).toHaveLength(1);
      expect(detail.batches[0]).toMatchObject({
        status: 'failed',
        code: null,
        msg: null,
        attempts: 1,
      });
      expect(detail.batches[0]?.error).toMatch(reason);
    });
  }
});
