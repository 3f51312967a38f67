import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchesPageSchema, messageDetailSchema, type Batch } from '../src/api/schemas';
import { leaksOfSecret, startHarness, type Harness } from './testing/harness';

/*
 * A send's detail stays the size of a small send's, however many recipients it has: its first
 * recipients and first page of batches; the rest of the batches come by page.
 */

const RECIPIENTS = 10_000;
// Open_ids as Mind writes them: `ou_` and 32 hex digits.
const ids = Array.from(
  { length: RECIPIENTS },
  (_, index) => `ou_${index.toString(16).padStart(32, '0')}`,
);
const FAILING = ids[5_750] ?? '';

let harness: Harness;
let sendId = '';
beforeAll(async () => {
  harness = await startHarness();
  harness.mock.enqueue({
    fault: { kind: 'code', code: 40001, msg: 'bad receiver' },
    receiveId: FAILING,
  });
  const detail = await harness.sendAndSettle({
    msg_type: 'text',
    content: { text: 'to ten thousand' },
    audience: { kind: 'users', ids },
  });
  sendId = detail.id;
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
});

const batchesPage = async (query: string) => {
  const { status, body } = await harness.call(`/api/messages/${sendId}/batches${query}`);
  expect(status).toBe(200);
  return batchesPageSchema.parse(body);
};

describe('GET /api/messages/:id of a send of 10,000', () => {
  it('is a summary, the first 100 recipients and the first 20 batches: a small answer', async () => {
    const response = await fetch(`${harness.url}/api/messages/${sendId}`);
    const text = await response.text();
    // Its recipients alone are 380 KB; every batch with its ids as much again.
    expect(JSON.stringify(ids).length).toBeGreaterThan(370_000);
    expect(text.length).toBeLessThan(90_000);
    const detail = messageDetailSchema.parse(JSON.parse(text));
    expect(detail).toMatchObject({
      outcome: 'partial',
      audience: { kind: 'users', count: RECIPIENTS },
      counts: { pending: 0, sent: 99, failed: 1, unknown: 0 },
      progress: { done: 100, total: 100 },
      batchCount: 100,
    });
    expect(detail.recipients).toEqual(ids.slice(0, 100));
    expect(detail.batches.map((batch) => batch.index)).toEqual([...Array(20).keys()]);
    expect(detail.batches[0]?.receiveIds).toEqual(ids.slice(0, 100));
  });

  it('has its batches by page: every batch exactly once, in order, with its receivers', async () => {
    const detail = messageDetailSchema.parse((await harness.call(`/api/messages/${sendId}`)).body);
    const seen: Batch[] = [];
    for (let page = 1; page <= 5; page += 1) {
      const found = await batchesPage(`?page=${page}`);
      expect(found).toMatchObject({ page, pageSize: 20, total: 100 });
      expect(found.items).toHaveLength(20);
      seen.push(...found.items);
    }
    expect((await batchesPage('?page=6')).items).toEqual([]);
    // The detail's batches are the first page.
    expect(seen.slice(0, 20)).toEqual(detail.batches);
    expect(seen.map((batch) => batch.index)).toEqual([...Array(100).keys()]);
    expect(new Set(seen.map((batch) => batch.requestId)).size).toBe(100);
    expect(seen.flatMap((batch) => batch.receiveIds ?? [])).toEqual(ids);
    // Each as Mind got it.
    const byRequest = new Map(
      harness.mock.requests.map((request) => [
        String(request.headers['x-request-id']),
        (request.body as { receive_ids: string[] }).receive_ids,
      ]),
    );
    for (const batch of seen) expect(byRequest.get(batch.requestId)).toEqual(batch.receiveIds);
    // One page of 100 holds them all.
    expect((await batchesPage('?pageSize=100')).items).toEqual(seen);
  });

  it('filters by status: the one failed batch, with Mind’s answer', async () => {
    const failed = await batchesPage('?status=failed,unknown');
    expect(failed.total).toBe(1);
    expect(failed.items).toHaveLength(1);
    expect(failed.items[0]).toMatchObject({ index: 57, status: 'failed', code: 40001 });
    expect(failed.items[0]?.receiveIds).toContain(FAILING);
    expect((await batchesPage('?status=sent&pageSize=100')).total).toBe(99);
    expect((await batchesPage('?status=pending')).items).toEqual([]);
  });

  it('refuses a wrong query and an unknown send', async () => {
    for (const query of ['?page=0', '?pageSize=101', '?status=lost', '?page=x']) {
      const { status, body } = await harness.call(`/api/messages/${sendId}/batches${query}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: { code: 'invalid-query' } });
    }
    const missing = await harness.call(
      '/api/messages/00000000-0000-4000-8000-000000000000/batches',
    );
    expect(missing.status).toBe(404);
  });
});
